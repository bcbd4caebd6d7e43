/** The lot an accreditation demand applies to, and the value its class is judged against. */
import { euroValueOf, findMoney, lotOfHeadings, type Block, type RuleContext } from '@tenderlint/core';

export { formatEuro } from '@tenderlint/core';

const LOT = /\b(?:perceel|lot|kavel)\s+(?:nr\.?\s*|n°\s*)?(\d{1,2})\b/giu;

/** The last lot named before the demand in its sentence, else by its headings or its table row. */
export function lotOf(context: RuleContext, block: Block, before: string): number | null {
  let last: number | null = null;
  LOT.lastIndex = 0;
  for (let m = LOT.exec(before); m; m = LOT.exec(before)) last = Number(m[1]);
  if (last !== null) return last;
  const byHeading = lotOfHeadings(block);
  if (byHeading !== null) return byHeading;
  const row = rowCells(context, block);
  if (row.length) {
    const header = context.document.blocks.find((b) => b.table?.index === block.table!.index && b.table.row === 0 && b.table.column === 0);
    const first = row[0]!;
    const named = /\b(?:perceel|lot)\s+(\d{1,2})\b/iu.exec(first.text);
    if (named) return Number(named[1]);
    if (header && /\b(?:perceel|lot)\b/iu.test(header.text) && /^\s*\d{1,2}\s*$/u.test(first.text)) return Number(first.text.trim());
  }
  return null;
}

function rowCells(context: RuleContext, block: Block): Block[] {
  if (!block.table) return [];
  const { index, row } = block.table;
  return context.document.blocks.filter((b) => b.table?.index === index && b.table.row === row).sort((a, b) => a.table!.column - b.table!.column);
}

/** The euro amount in the same table row as the demand ("| 2 | HVAC | € 560.000 | klasse 4 |"). */
export function amountInRow(context: RuleContext, block: Block): number | undefined {
  for (const cell of rowCells(context, block)) {
    if (cell.id === block.id) continue;
    // Only a column of estimated values ("Raming (excl. btw)"), not a guarantee or a price column.
    const header = context.document.blocks.find((b) => b.table?.index === cell.table!.index && b.table.row === 0 && b.table.column === cell.table!.column);
    if (!header || !/raming|geraamd|waarde|estim|value|montant/iu.test(header.text)) continue;
    const m = findMoney(cell.text)[0];
    if (m) return m.written;
  }
  return undefined;
}

/** The estimated value in euro of a lot, or of the whole contract for `null`. */
export function valueFor(context: RuleContext, lot: number | null): number | undefined {
  return euroValueOf(context.facts, lot);
}
