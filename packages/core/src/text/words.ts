/**
 * JavaScript's `\b` only knows ASCII letters, so `/\bétant donné/` never matches after a space and
 * `/\bprivé\b/` never matches at all. Cue lists in French and Dutch need a boundary that knows every
 * letter: this rewrites each `\b` of a pattern into one.
 */
const WORD = String.raw`[\p{L}\p{N}_]`;
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;

/** The same pattern with Unicode-aware word boundaries (and the `u` flag). */
export function unicodeWords(pattern: RegExp): RegExp {
  const source = pattern.source.replace(/(?<!\\)\\b/g, BOUNDARY);
  return new RegExp(source, pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`);
}
