import { NUMBER_WORD_SOURCE } from '@tenderlint/core';

/**
 * A number of days, weeks or months, written in digits or words, optionally repeated in brackets
 * ("dertig (30) dagen"): "45 kalenderdagen", "quatre-vingt-dix jours de calendrier", "60 calendar days",
 * "30 werkdagen", "twee maanden".
 */
export const DAY_PHRASE = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,3}|${NUMBER_WORD_SOURCE})\\s*(?:\\(\\s*\\d{1,3}\\s*\\)\\s*)?` +
    `(kalenderdagen|werkdagen|dagen|dag|jours?\\s+ouvrables?|jours?\\s+ouvrés|jours?|(?:calendar\\s+|working\\s+|business\\s+)?days?|maanden|maand|mois|months?)(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Calendar days for an amount and a unit as matched by DAY_PHRASE. */
export function toCalendarDays(amount: number, unit: string): number {
  const u = unit.toLowerCase();
  if (/^(?:maand|maanden|mois|months?)$/.test(u)) return amount * 30;
  // Five working days make a calendar week.
  if (/werk|ouvr|working|business/.test(u)) return Math.round((amount * 7) / 5);
  return amount;
}
