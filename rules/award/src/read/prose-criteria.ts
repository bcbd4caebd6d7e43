/**
 * Award criteria written in a sentence: "De offertes worden beoordeeld op de prijs, de kwaliteit en
 * de termijn", "Per perceel wordt gegund op basis van prijs (60 punten) en kwaliteit (40 punten)",
 * "Les offres sont évaluées sur la base du prix et de la valeur technique", "Tenders will be
 * evaluated on price (70 %) and quality (30 %)".
 */
import { withUnicodeBoundaries } from '@tenderlint/core';
import { PROSE_AWARD_TRIGGER, PROSE_CRITERION_NOUN, PRICE_CRITERION, LIFE_CYCLE, WEIGHT } from '../data/award-cues.js';

export interface ProseCriterion {
  name: string;
  weight?: number;
  unit?: 'percent' | 'points';
  isPrice: boolean;
  isLifeCycleCost: boolean;
}

const WEIGHTS = new RegExp(WEIGHT.source, `${WEIGHT.flags.replace('g', '')}g`);
// Where a criterion starts: connectors and articles before its noun.
const LEADING = withUnicodeBoundaries(/^(?:\s|,|en\b|and\b|et\b|op\b|on\b|sur\b|aan\b|van\b|of\b|de\b|du\b|des\b|het\b|de\s+la\b|la\b|le\b|les\b|l['’]|the\b|its\b|their\b|hun\b|haar\b|zijn\b|leur\b|leurs\b|sa\b|son\b|ses\b)+/iu);
const CONJUNCTION = withUnicodeBoundaries(/\s(?:en|and|et)\s/giu);
// "op basis van de volgende criteria:", "the following criteria": a list follows, read elsewhere.
const ANNOUNCES_LIST = withUnicodeBoundaries(/^\s*(?:(?:de|het|the|les)\s+)?(?:volgende|onderstaande|following|suivants?|critères\s+suivants)\b|:/iu);

const parseNumber = (s: string) => Number(s.replace(',', '.'));

function make(raw: string, weight?: { weight: number; unit: 'percent' | 'points' }): ProseCriterion | undefined {
  const name = raw.replace(WEIGHTS, '').replace(/[()\s,;:.]+$/u, '').replace(LEADING, '').trim();
  if (name.length < 3 || name.length > 140) return undefined;
  const c: ProseCriterion = { name, isPrice: PRICE_CRITERION.test(name), isLifeCycleCost: LIFE_CYCLE.test(name) };
  if (weight) {
    c.weight = weight.weight;
    c.unit = weight.unit;
  }
  return c;
}

/** Splits "A, B en C" at its commas and at the last conjunction. */
function splitEnumeration(text: string): string[] {
  const parts = text.split(/,\s*/u).filter((p) => p.trim());
  const last = parts[parts.length - 1];
  if (last !== undefined && !/^\s*(?:en|and|et)\s/iu.test(last)) {
    let cut = -1;
    CONJUNCTION.lastIndex = 0;
    for (const m of last.matchAll(CONJUNCTION)) cut = m.index;
    if (cut > 0) parts.splice(parts.length - 1, 1, last.slice(0, cut), last.slice(cut));
  }
  return parts;
}

/** The criteria a sentence lists after an award verb, or undefined when it lists none or only one. */
export function readProseCriteria(sentence: string): { criteria: ProseCriterion[]; start: number } | undefined {
  const trigger = PROSE_AWARD_TRIGGER.exec(sentence);
  if (!trigger) return undefined;
  const from = trigger.index + trigger[0].length;
  const rest = sentence.slice(from).replace(/[.;]\s*$/u, '');
  if (ANNOUNCES_LIST.test(rest)) return undefined;
  const criteria: ProseCriterion[] = [];
  WEIGHTS.lastIndex = 0;
  const weights = [...rest.matchAll(WEIGHTS)];
  if (weights.length) {
    // Each criterion ends at its weight: "de premie (50 %), de dekking en de uitsluitingen (30 %) en ...".
    let pos = 0;
    for (const w of weights) {
      const end = w.index + w[0].length;
      const c = make(rest.slice(pos, end), { weight: parseNumber(w[1]!), unit: /^(?:%|procent|pour|per|percent)/i.test(w[2]!) ? 'percent' : 'points' });
      if (c) criteria.push(c);
      pos = end;
    }
    const tail = rest.slice(pos).replace(/^[\s)]+/u, '');
    if (/^(?:,|en\b|and\b|et\b)/iu.test(tail)) {
      const c = make(tail);
      if (c && PROSE_CRITERION_NOUN.test(c.name)) criteria.push(c);
    }
  } else {
    for (const part of splitEnumeration(rest)) {
      const c = make(part);
      if (c) criteria.push(c);
    }
  }
  if (criteria.length < 2 || !criteria.some((c) => c.isPrice || PROSE_CRITERION_NOUN.test(c.name))) return undefined;
  return { criteria, start: trigger.index };
}
