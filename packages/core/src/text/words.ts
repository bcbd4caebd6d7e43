/**
 * JavaScript's `\b` only knows ASCII letters, so `/\bétant donné/` never matches after a space and
 * `/\bprivé\b/` never matches at all. Cue lists in French and Dutch need a boundary that knows every
 * letter: this rewrites each `\b` of a pattern into one.
 */
// Latin letters with their accents are enough for Dutch, French and English, and keep the compiled
// patterns small (a full \\p{L} class under the i flag makes each one slow to compile).
const WORD = String.raw`[\w\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]`;
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;

/** The same pattern with Unicode-aware word boundaries (and the `u` flag). */
export function unicodeWords(pattern: RegExp): RegExp {
  const source = pattern.source.replace(/(?<!\\)\\b/g, BOUNDARY);
  return new RegExp(source, pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`);
}
