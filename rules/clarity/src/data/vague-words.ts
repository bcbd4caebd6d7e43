/**
 * Vague words that soften a requirement, in nl, fr and en: rule-catalogue.md section 1
 * (clarity/vague-requirement), plan 2.3 ("heldere, toegankelijke en transparante bewoordingen").
 * Whole words only: "laattijdig" and "gelijktijdig" are not "tijdig". Checked November 2026.
 */
import { factored, wholeWords as words } from '@tenderlint/core';

export const VAGUE = words(
  [
    // nl
    String.raw`in\s+de\s+mate\s+van\s+het\s+mogelijke`,
    String.raw`zo\s+(?:snel|spoedig|vlug)\s+mogelijk`,
    String.raw`(?:indien|waar|zo)\s+mogelijk`,
    String.raw`zo\s?veel\s+mogelijk`,
    String.raw`bij\s+voorkeur`,
    String.raw`voldoende`,
    String.raw`adequa(?:at|te)`,
    String.raw`redelijke?`,
    String.raw`tijdige?`,
    String.raw`zo\s?nodig`,
    // fr
    String.raw`dans\s+la\s+mesure\s+du\s+possible`,
    String.raw`si\s+possible`,
    String.raw`autant\s+que\s+possible`,
    String.raw`dès\s+que\s+possible`,
    String.raw`de\s+préférence`,
    String.raw`suffisante?s?`,
    String.raw`raisonnables?`,
    // en
    String.raw`as\s+soon\s+as\s+possible`,
    String.raw`where(?:ver)?\s+possible`,
    String.raw`whenever\s+possible`,
    String.raw`if\s+possible`,
    String.raw`as\s+far\s+as\s+possible`,
    String.raw`to\s+the\s+extent\s+(?:possible|practical|practicable)`,
    String.raw`preferabl[ey]`,
    String.raw`sufficient`,
    String.raw`adequate`,
    String.raw`reasonable`,
    String.raw`timely`,
  ].join('|'),
  'g',
);

/** Cheap test (ASCII stems, no Unicode flag, no lookbehind: ten times faster) before the exact patterns. */
export const VAGUE_PREFILTER = factored(/voldoende|mogelijk|extent|voorkeur|adequa|redelijk|tijdig|nodig|possible|f.rence|suffisan|raisonnable|preferabl|sufficient|adequate|reasonable|timely/i);
