/** Reference requirements read from the text: look-back period, "identical", minimum value. */
import { parseCount, type Block, type RuleContext } from '@tenderlint/core';
import { HINTS, IDENTICAL, LOOK_BACK, LOOK_BACK_MONTHS, MINIMUM, MONTH_HINT, NEGATION_BEFORE, NUMBER_WORDS, REFERENCES, REFERENCE_VALUE, TURNOVER } from '../data/cues.js';
import { amountsWithLots, lotNamedIn, lotOfHeadings } from './scope.js';

export interface ReferenceIssue {
  kind: 'shortWindow' | 'identical' | 'valueAboveContract';
  years?: number;
  /** The look-back period as written in months ("de afgelopen twaalf maanden"). */
  months?: number;
  amount?: number;
  lot: number | null;
  block: Block;
  start: number;
  end: number;
}

const EXECUTED = /\b(?:uitgevoerd|uitvoerde|geleverd|gerealiseerd|exécuté(?:e|s|es)?|réalisé(?:e|s|es)?|fourni(?:e|s|es)?|performed|delivered|completed|carried\s+out|provided)\b/iu;

function lookBackYears(text: string): { years: number; index: number; length: number; months?: number } | undefined {
  for (const re of LOOK_BACK) {
    const m = re.exec(text);
    if (!m) continue;
    const word = m[1]!.toLowerCase();
    const years = word === 'jaar' || word === 'year' ? 1 : NUMBER_WORDS[word] ?? Number(word);
    if (Number.isFinite(years)) return { years, index: m.index, length: m[0].length };
  }
  const months = MONTH_HINT.test(text) ? LOOK_BACK_MONTHS.exec(text) : null;
  const count = months ? parseCount(months.slice(1).find((g) => g !== undefined)!) : null;
  if (months && count !== null) return { years: count / 12, index: months.index, length: months[0].length, months: count };
  return undefined;
}

/** Look-back periods, identical-work demands and reference values that go beyond what the law allows. */
export function findReferenceIssues(context: RuleContext, minimumYears: number, valueOf: (lot: number | null) => number | undefined): ReferenceIssue[] {
  const out: ReferenceIssue[] = [];
  // Most blocks share their headings with others: test each heading once.
  const headingHints = new Map<string, boolean>();
  const hintedHeading = (h: string) => {
    let hit = headingHints.get(h);
    if (hit === undefined) headingHints.set(h, (hit = HINTS.references.test(h)));
    return hit;
  };
  for (const block of context.document.blocks) {
    if (block.kind === 'heading' || !(HINTS.references.test(block.text) || block.headingPath.some(hintedHeading))) continue;
    const blockHasRefs = REFERENCES.test(block.text);
    if (!blockHasRefs && !(block.headingPath.length && REFERENCES.test(block.headingPath[block.headingPath.length - 1]!))) continue;
    const blockLot = lotNamedIn(block.text) ?? lotOfHeadings(block);
    for (const s of context.sentences(block)) {
      const aboutRefs = REFERENCES.test(s.text);
      if (TURNOVER.test(s.text)) continue;
      const window = lookBackYears(s.text);
      if (window && window.years < minimumYears && (aboutRefs || EXECUTED.test(s.text))) {
        out.push({ kind: 'shortWindow', years: window.years, ...(window.months !== undefined ? { months: window.months } : {}), lot: blockLot, block, start: s.start, end: s.end });
      }
      const identical = aboutRefs ? IDENTICAL.exec(s.text) : null;
      if (identical && !NEGATION_BEFORE.test(s.text.slice(0, identical.index))) {
        out.push({ kind: 'identical', lot: blockLot, block, start: s.start, end: s.end });
      }
      if (REFERENCE_VALUE.test(s.text) && MINIMUM.test(s.text)) {
        for (const a of amountsWithLots(s.text, lotNamedIn(s.text) ?? blockLot)) {
          const value = valueOf(a.lot);
          if (value === undefined || a.amount <= value) continue;
          out.push({ kind: 'valueAboveContract', amount: a.amount, lot: a.lot, block, start: s.start, end: s.end });
        }
      }
    }
  }
  return out;
}
