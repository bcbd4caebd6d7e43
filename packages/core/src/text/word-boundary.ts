/**
 * `\b` in JavaScript knows only ASCII letters, even with the `u` flag: `\béquivalent` never matches
 * after a space, and `biodiversité\b` never matches before one. This rewrites every `\b` of a
 * pattern into a boundary between a Unicode letter or digit and anything else.
 */
const BOUNDARY = '(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))';

export function withUnicodeBoundaries(re: RegExp): RegExp {
  // Only a `\b` that is not itself escaped ("\\b" is a backslash then "b").
  const source = re.source.replace(/(?<!\\)((?:\\\\)*)\\b/g, `$1${BOUNDARY}`);
  const flags = re.flags.includes('u') ? re.flags : `${re.flags}u`;
  return new RegExp(source, flags);
}
