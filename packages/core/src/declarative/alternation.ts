/**
 * V8 tries the alternatives of a pattern one after the other at every position of a text, so a
 * list of fifty case-insensitive cue words costs fifty quick checks per character. Grouping the
 * alternatives that begin with the same literal character behind that character ("sociale x|stagiair|
 * kansengroep" → "s(?:ociale x|tagiair)|kansengroep") halved the time of such lists over a 225-page
 * specification.
 *
 * The grouped pattern matches exactly what the original matches, with the same captures and the same
 * backtracking: at any position only alternatives that begin with the character found there can match,
 * all of them sit in one group, and the group keeps their order. An alternative that does not begin
 * with a plain character (a class, a group, an escape, an anchor, a quantified character) is a
 * barrier: nothing moves across it, since it may match where the others do.
 */
import { withUnicodeBoundaries } from '../text/word-boundary.js';

/** The top-level alternatives of a pattern source, or null when it cannot be read with certainty. */
export function topLevelAlternatives(source: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  const n = source.length;
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x5c /* \ */) {
      i++;
    } else if (c === 0x5b /* [ */) {
      i++;
      while (i < n && source.charCodeAt(i) !== 0x5d /* ] */) {
        if (source.charCodeAt(i) === 0x5c) i++;
        i++;
      }
      if (i >= n) return null;
    } else if (c === 0x28 /* ( */) {
      depth++;
    } else if (c === 0x29 /* ) */) {
      if (--depth < 0) return null;
    } else if (c === 0x7c /* | */ && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0) return null;
  out.push(source.slice(from));
  return out;
}

/** \ ^ $ . | ? * + ( ) [ ] { }: not a plain character. */
function isSpecial(c: number): boolean {
  return c === 0x5c || c === 0x5e || c === 0x24 || c === 0x2e || c === 0x7c || c === 0x3f || c === 0x2a || c === 0x2b || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
}

function isQuantifier(c: number): boolean {
  return c === 0x3f || c === 0x2a || c === 0x2b || c === 0x7b;
}

// Letters whose case variants are all in this set (A-Z, a-z, À-Ö, Ø-ö, ø-þ), so that a lower-case key
// groups every alternative that can match at one position when the pattern ignores case.
function isCased(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0xfe && c !== 0xd7 && c !== 0xf7);
}

/** The grouping key of an alternative: its first character when that is plain and not quantified, else -1. */
function keyOf(alternative: string, ignoreCase: boolean): number {
  if (!alternative.length) return -1;
  const c = alternative.charCodeAt(0);
  if (isSpecial(c) || (alternative.length > 1 && isQuantifier(alternative.charCodeAt(1)))) return -1;
  if (c >= 0x80 && !isCased(c)) return -1;
  // Upper case A-Z and À-Þ are 32 below their lower case.
  return ignoreCase && isCased(c) && (c <= 0x5a || (c >= 0xc0 && c <= 0xde)) ? c + 32 : c;
}

/** Whether a pattern has a capturing group, numbered by its place in the pattern. */
function hasCapturingGroup(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x5b) {
      while (i < source.length && source.charCodeAt(i) !== 0x5d) if (source.charCodeAt(i++) === 0x5c) i++;
    } else if (c === 0x28 && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!'))) return true;
  }
  return false;
}

/**
 * `adjacentOnly`: group only alternatives that follow one another, so that no alternative moves
 * (capturing groups are numbered in the order they stand in).
 */
function factorList(alternatives: string[], ignoreCase: boolean, depth: number, adjacentOnly: boolean): string {
  const out: string[] = [];
  let run = new Map<number, string[]>();
  const flush = () => {
    for (const group of run.values()) {
      if (group.length === 1 || depth <= 0) out.push(...group);
      else out.push(group[0]![0] + '(?:' + factorList(group.map((a) => a.slice(1)), ignoreCase, depth - 1, adjacentOnly) + ')');
    }
    run = new Map();
  };
  for (const alternative of alternatives) {
    const key = keyOf(alternative, ignoreCase);
    if (key < 0) {
      if (run.size) flush();
      out.push(alternative);
      continue;
    }
    if (adjacentOnly && run.size && !run.has(key)) flush();
    const group = run.get(key);
    if (group) group.push(alternative);
    else run.set(key, [alternative]);
  }
  flush();
  return out.join('|');
}

/**
 * The same pattern with its top-level alternatives grouped by their first characters, `depth` levels
 * deep. `flags` are those the pattern will be compiled with. Returns the source unchanged when there
 * is nothing to group or it cannot be read with certainty.
 */
export function factorAlternatives(source: string, flags: string, depth = 2): string {
  const alternatives = topLevelAlternatives(source);
  if (!alternatives || alternatives.length < 2) return source;
  return factorList(alternatives, flags.includes('i'), depth, hasCapturingGroup(source));
}

/** A copy of a pattern with its alternatives grouped (see factorAlternatives); same flags. */
export function factored(pattern: RegExp, depth = 2): RegExp {
  const source = factorAlternatives(pattern.source, pattern.flags, depth);
  return source === pattern.source ? pattern : new RegExp(source, pattern.flags);
}

// The word boundary withUnicodeBoundaries writes for `\b`.
const BOUNDARY = withUnicodeBoundaries(/\b/).source;

/** A pattern's source with the word boundaries written by withUnicodeBoundaries removed, when that only widens it. */
function withoutBoundaries(source: string): string {
  const loose = source.split(BOUNDARY).join('');
  // Inside a negative lookaround a boundary removed would narrow the pattern.
  return /\(\?<?!/.test(loose) ? source : loose;
}

/**
 * One quick test that is true wherever one of the patterns matches, for a text that most often holds
 * none of them: their alternatives in one pattern (a test for any match does not depend on their
 * order), without the word boundaries of withUnicodeBoundaries, grouped by first characters. It may
 * also be true where none matches, so run the patterns themselves where it is. Patterns compiled with
 * different flags get one scan each.
 */
export function anyOf(...patterns: RegExp[]): (text: string) => boolean {
  const byFlags = new Map<string, string[]>();
  for (const pattern of patterns) {
    const flags = pattern.flags.replace(/[gyd]/g, '');
    const source = withoutBoundaries(pattern.source);
    // Joining patterns renumbers their groups, which a back-reference would notice.
    const alternatives = /\\[1-9]|\\k</.test(source) ? null : topLevelAlternatives(source);
    const list = byFlags.get(flags) ?? [];
    list.push(...(alternatives ?? [`(?:${source})`]));
    byFlags.set(flags, list);
  }
  const scans = [...byFlags].map(([flags, alternatives]) => new RegExp(factorAlternatives(alternatives.join('|'), flags), flags));
  return scans.length === 1 ? (text) => scans[0]!.test(text) : (text) => scans.some((re) => re.test(text));
}
