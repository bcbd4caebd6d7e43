/** Which lot a requirement is about, and the value it is compared with. */
import { euroValueOf, type Facts } from '@tenderlint/core';

export { lotOfHeadings } from '@tenderlint/core';
import { LOT_NUMBER } from '../data/cues.js';
import { findAmounts } from '../text/money.js';

/** The single lot number named in a text ("voor perceel 2"), or null when none or several. */
export function lotNamedIn(text: string): number | null {
  const found = new Set<number>();
  LOT_NUMBER.lastIndex = 0;
  for (let m = LOT_NUMBER.exec(text); m; m = LOT_NUMBER.exec(text)) found.add(Number(m[1]));
  return found.size === 1 ? [...found][0]! : null;
}

/** The estimated value in euro of a lot, or of the whole contract for `null`; undefined when unknown. */
export function valueFor(facts: Facts, lot: number | null): number | undefined {
  return euroValueOf(facts, lot);
}

/** Amounts of one sentence, each with the lot named nearest to it. */
export function amountsWithLots(text: string, fallbackLot: number | null): { amount: number; lot: number | null }[] {
  const amounts = findAmounts(text);
  return amounts.map((a, i) => {
    const before = text.slice(i === 0 ? 0 : amounts[i - 1]!.end, a.start);
    const after = text.slice(a.end, i + 1 < amounts.length ? amounts[i + 1]!.start : text.length);
    return { amount: a.amount, lot: lotNamedIn(after) ?? lotNamedIn(before) ?? fallbackLot };
  });
}

