/**
 * Euro amounts inside a requirement ("minstens € 400.000", "au moins 960.000 EUR"), read with the
 * shared money reader of core; the contract value itself comes from the facts.
 */
import { findMoney } from '@tenderlint/core';

export interface AmountMatch {
  amount: number;
  start: number;
  end: number;
}

/** Every euro amount in the text, as written, in order of appearance. */
export function findAmounts(text: string): AmountMatch[] {
  return findMoney(text).map((m) => ({ amount: m.written, start: m.start, end: m.end }));
}

/** Reads "1,5" or "2" in "1,5 maal de waarde". */
export function parseNumber(raw: string): number {
  return Number(raw.replace(',', '.'));
}

export { formatEuro } from '@tenderlint/core';
