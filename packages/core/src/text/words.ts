/**
 * JavaScript's `\b` only knows ASCII letters, so `/\bétant donné/` never matches after a space and
 * `/\bprivé\b/` never matches at all. Kept as a name for the cue lists that use it; the rewriting
 * itself lives in one place, word-boundary.ts.
 */
import { withUnicodeBoundaries } from './word-boundary.js';

/** The same pattern with word boundaries that know accented Latin letters. */
export function unicodeWords(pattern: RegExp): RegExp {
  return withUnicodeBoundaries(pattern);
}
