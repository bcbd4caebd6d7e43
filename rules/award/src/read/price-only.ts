import type { RuleContext } from '@tenderlint/core';
import { readAwardCriteria, type CriteriaGroup, type Place } from './award-criteria.js';

export interface PriceOnlyClause {
  lot: number | null;
  /** Where price is made the only criterion: the sentence, the price row or the notice field. */
  at: Place;
  /** Running costs or life-cycle cost are part of the compared price. */
  lifeCycle: boolean;
}

/**
 * The award clauses where price is the only criterion, for the whole contract or one lot. A
 * price-only sentence is set aside when criteria with quality for the same lot (or for the whole
 * contract) are given too.
 */
export function priceOnlyClauses(context: RuleContext): PriceOnlyClause[] {
  const groups = readAwardCriteria(context);
  const multi = groups.filter((g) => g.criteria.length >= 2 && g.criteria.some((c) => !c.isPrice || c.isLifeCycleCost));
  const out: PriceOnlyClause[] = [];
  const seenBlocks = new Set<number>();
  for (const g of groups) {
    if (!g.priceOnly) continue;
    if (multi.some((m) => m.lot === g.lot) || (g.lot === null && multi.length)) continue;
    const at = place(g);
    if (!at || seenBlocks.has(at.blockId)) continue;
    seenBlocks.add(at.blockId);
    out.push({ lot: g.lot, at, lifeCycle: g.lifeCycle });
  }
  return out;
}

function place(g: CriteriaGroup): Place | undefined {
  if (!g.criteria.length) return g.intro;
  const c = g.criteria[0]!;
  return { blockId: c.blockId, start: c.start, end: c.end };
}
