/** Which lot a requirement is about, and the value it is compared with. */
import type { Block, Facts } from '@tenderlint/core';
import { LOT_NUMBER } from '../data/cues.js';
import { findAmounts } from '../text/money.js';

/** The single lot number named in a text ("voor perceel 2"), or null when none or several. */
export function lotNamedIn(text: string): number | null {
  const found = new Set<number>();
  LOT_NUMBER.lastIndex = 0;
  for (let m = LOT_NUMBER.exec(text); m; m = LOT_NUMBER.exec(text)) found.add(Number(m[1]));
  return found.size === 1 ? [...found][0]! : null;
}

/** The lot a block belongs to by its headings ("Perceel 2 - HVAC"), or null. */
export function lotOfHeadings(block: Block): number | null {
  for (let i = block.headingPath.length - 1; i >= 0; i--) {
    const m = /^\s*(?:perceel|lot)\s+(\d{1,2})\b/iu.exec(block.headingPath[i]!);
    if (m) return Number(m[1]);
  }
  return null;
}

/** The estimated value in euro of a lot, or of the whole contract for `null`; undefined when unknown. */
export function valueFor(facts: Facts, lot: number | null): number | undefined {
  if (lot === null) {
    const v = facts.estimatedValue?.value;
    return v && v.currency === 'EUR' ? v.amount : undefined;
  }
  const fromLots = facts.lots.lots.find((l) => l.number === lot)?.value;
  if (fromLots) return fromLots.currency === 'EUR' ? fromLots.amount : undefined;
  const stated = facts.values.find((v) => v.scope === 'lot' && v.lot === lot);
  return stated && stated.value.currency === 'EUR' ? stated.value.amount : undefined;
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

