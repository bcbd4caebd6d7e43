import type { Block, RuleContext } from '@tenderlint/core';
import { CONVENTION_NUMBER, CONVENTION_WORD, CORE_CONVENTIONS } from './data/clause-cues.js';

/** A sentence of the clause that lists ILO convention numbers. */
export interface ConventionList {
  block: Block;
  start: number;
  end: number;
  numbers: Set<number>;
}

/** The convention numbers the clause lists, sentence by sentence ("nrs. 29, 87", "n° 29", "C029"). */
export function conventionLists(context: RuleContext, blocks: Block[]): ConventionList[] {
  const out: ConventionList[] = [];
  for (const block of blocks) {
    if (!/\d/.test(block.text)) continue;
    for (const s of context.sentences(block)) {
      if (!CONVENTION_WORD.test(s.text)) continue;
      const numbers = new Set<number>();
      for (const m of s.text.matchAll(CONVENTION_NUMBER)) numbers.add(Number(m[1]));
      if (CORE_CONVENTIONS.some((n) => numbers.has(n))) out.push({ block, start: s.start, end: s.end, numbers });
    }
  }
  return out;
}
