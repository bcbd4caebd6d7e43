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

/** An amount as a procurement officer writes it in each language: € 400.000 / 400 000 € / €400,000. */
export function formatEuro(amount: number, lang: 'nl' | 'fr' | 'en'): string {
  const digits = String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : lang === 'fr' ? '\u00a0' : '.');
  return lang === 'fr' ? `${digits} €` : lang === 'en' ? `€${digits}` : `€ ${digits}`;
}
