/**
 * Minimum turnover requirements read from the text, with the lot each applies to. The facts give the
 * requirement when the extractor found it; this reader also finds the exact words to point at and
 * the amounts in lists introduced by "minstens:".
 */
import type { Block, RuleContext } from '@tenderlint/core';
import { ENDS_WITH_COLON, HINTS, JUSTIFICATION, MINIMUM, MULTIPLE_OF_VALUE, NUMBER_WORDS, OBLIGATION, TURNOVER } from '../data/cues.js';
import { findAmounts, parseNumber } from '../text/money.js';
import { amountsWithLots, lotNamedIn, lotOfHeadings } from './scope.js';

export interface TurnoverDemand {
  amount?: number;
  multiple?: number;
  lot: number | null;
  justified: boolean;
  block: Block;
  start: number;
  end: number;
}

function multipleIn(text: string): number | undefined {
  const m = MULTIPLE_OF_VALUE.exec(text);
  if (!m) return undefined;
  const word = (m[1] ?? m[2] ?? '').toLowerCase();
  return NUMBER_WORDS[word] ?? parseNumber(word);
}

/** A table row whose label asks a turnover and whose cell gives the amount: "| Minimale jaaromzet | € 2.000.000 |". */
function tableDemand(cell: Block, rowLabel: (cell: Block) => Block | undefined): TurnoverDemand | undefined {
  if (!cell.table || cell.table.column === 0 || !/\d/u.test(cell.text) || TURNOVER.test(cell.text)) return undefined;
  const amount = findAmounts(cell.text)[0];
  if (!amount) return undefined;
  const label = rowLabel(cell);
  if (!label || !TURNOVER.test(label.text) || !(MINIMUM.test(label.text) || MINIMUM.test(cell.text) || OBLIGATION.test(label.text))) return undefined;
  return { amount: amount.amount, lot: lotNamedIn(label.text) ?? lotNamedIn(cell.text) ?? lotOfHeadings(cell), justified: JUSTIFICATION.test(cell.text), block: cell, start: 0, end: cell.text.length };
}

export function readTurnoverDemands(context: RuleContext): TurnoverDemand[] {
  const out: TurnoverDemand[] = [];
  const blocks = context.document.blocks;
  let labels: Map<string, Block> | undefined;
  const rowLabel = (cell: Block) => {
    if (!labels) {
      labels = new Map();
      for (const b of blocks) if (b.table && b.table.column === 0) labels.set(`${b.table.index}:${b.table.row}`, b);
    }
    return labels.get(`${cell.table!.index}:${cell.table!.row}`);
  };
  for (const block of blocks) {
    if (block.kind === 'table-cell') {
      const demand = tableDemand(block, rowLabel);
      if (demand) out.push(demand);
      continue;
    }
    if (block.kind === 'heading' || !HINTS.turnover.test(block.text) || !TURNOVER.test(block.text)) continue;
    const blockLot = lotNamedIn(block.text) ?? lotOfHeadings(block);
    for (const s of context.sentences(block)) {
      if (!TURNOVER.test(s.text) || !(MINIMUM.test(s.text) || OBLIGATION.test(s.text))) continue;
      const justified = JUSTIFICATION.test(block.text);
      const multiple = multipleIn(s.text);
      const amounts = amountsWithLots(s.text, lotNamedIn(s.text) ?? blockLot);
      if (multiple !== undefined) {
        out.push({ multiple, lot: lotNamedIn(s.text) ?? blockLot, justified, block, start: s.start, end: s.end });
      } else if (amounts.length) {
        for (const a of amounts) out.push({ amount: a.amount, lot: a.lot, justified, block, start: s.start, end: s.end });
      } else if (ENDS_WITH_COLON.test(s.text)) {
        // "... een jaaromzet van minstens:" followed by one list item per lot.
        for (let id = block.id + 1; id < blocks.length && blocks[id]!.kind === 'list-item'; id++) {
          const item = blocks[id]!;
          const itemJustified = justified || JUSTIFICATION.test(item.text);
          const itemMultiple = multipleIn(item.text);
          const itemLot = lotNamedIn(item.text) ?? lotOfHeadings(item);
          if (itemMultiple !== undefined) {
            out.push({ multiple: itemMultiple, lot: itemLot, justified: itemJustified, block: item, start: 0, end: item.text.length });
            continue;
          }
          const first = findAmounts(item.text)[0];
          if (!first) continue;
          const sentence = context.sentences(item).find((x) => x.start <= first.start && first.start < x.end);
          out.push({ amount: first.amount, lot: itemLot, justified: itemJustified, block: item, start: sentence?.start ?? 0, end: sentence?.end ?? item.text.length });
        }
      }
    }
  }
  return out;
}
