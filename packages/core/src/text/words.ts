/**
 * JavaScript's `\b` only knows ASCII letters, so `/\bétant donné/` never matches after a space and
 * `/\bprivé\b/` never matches at all. Kept as a name for the cue lists that use it; the rewriting
 * itself lives in one place, word-boundary.ts.
 */
import { unicodeBoundaryPattern, withUnicodeBoundaries } from './word-boundary.js';

/** A literal as a pattern source: every character that means something in a pattern is escaped. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The same pattern with word boundaries that know accented Latin letters. */
export function unicodeWords(pattern: RegExp): RegExp {
  return withUnicodeBoundaries(pattern);
}

/**
 * A case-insensitive pattern that matches the alternatives of `source` as whole words only: not
 * inside a longer word ("tijdig" is not found in "laattijdig"), accented letters included.
 */
export function wholeWords(source: string, flags = ''): RegExp {
  return unicodeBoundaryPattern(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, `iu${flags}`);
}
