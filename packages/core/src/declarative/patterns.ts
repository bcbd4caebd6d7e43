/**
 * Turns the text patterns of a declarative rule into regular expressions, and refuses patterns
 * that can backtrack catastrophically (the measured cost of one such pattern: a 50-rule pass went
 * from 0.2 s to 7.8 s, toolchain.md).
 */
import safeRegex from 'safe-regex2';
import { factorAlternatives } from './alternation.js';
import { escapeRegExp } from '../text/words.js';
import type { PatternSpec } from './types.js';

/** A problem found in a pattern, said for the rule's author; `path` is a JSON pointer. */
export class PatternError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

// Letters and digits on either side make a term part of a longer word; JavaScript's \b only knows
// ASCII. The class is spelled out (Latin letters with their accented forms) rather than \p{L}:
// with the i flag V8 builds the case closure of every \p{L} in a pattern, which made compiling a
// 60-term list take some 400 ms.
const LETTER = '0-9A-Za-z_\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF';
const WORD_END = `(?![${LETTER}])`;
const WORD_REST = `[${LETTER}]*`;

/** Escapes a literal; a straight apostrophe also matches the typographic one. */
function escapeRegex(s: string): string {
  return escapeRegExp(s).replace(/['’]/g, "['’]");
}

/** A whole-word term: spaces match any run of white space, a * at the end of a word any ending of it. */
function termSource(term: string): string {
  const words = term.trim().split(/\s+/);
  const source = words
    .map((word) => (word.endsWith('*') && word.length > 1 ? escapeRegex(word.slice(0, -1)) + WORD_REST : escapeRegex(word)))
    .join('\\s+');
  const last = words[words.length - 1]!;
  const end = /[\p{L}\p{N}_*]$/u.test(last) ? WORD_END : '';
  return source + end;
}

/**
 * safe-regex2 measures star height; its parser does not know lookbehind or named groups, which
 * cannot add backtracking of their own, so they are read as plain groups for the check.
 */
function isSafe(source: string): boolean {
  const plain = source.replace(/\(\?<[=!]/g, '(?:').replace(/\(\?<[A-Za-z_$][\w$]*>/g, '(?:');
  return safeRegex(plain, { limit: 25 });
}

interface Compiled {
  source: string;
  caseSensitive: boolean;
  /**
   * Terms must not start inside a word. That is checked on each match rather than with a
   * lookbehind in front of every alternative, which would run at every position of the text and
   * keep V8 from scanning for the terms' first letters.
   */
  wordStart: boolean;
}

const letterAt = new RegExp(`[${LETTER}]`, 'u');

function compileSource(spec: PatternSpec, path: string): Compiled[] {
  const out: Compiled[] = [];
  const terms = [...(spec.words ?? []), ...(spec.terms?.nl ?? []), ...(spec.terms?.fr ?? []), ...(spec.terms?.en ?? [])];
  if (terms.length) {
    // Longest first, so that "of een gelijkwaardige norm" wins over "of".
    const sources = [...terms].sort((a, b) => b.length - a.length).map(termSource);
    out.push({ source: sources.join('|'), caseSensitive: false, wordStart: true });
  }
  if (spec.regex !== undefined) {
    try {
      new RegExp(spec.regex, 'u');
    } catch (error) {
      throw new PatternError(`${path}/regex`, `is not a valid regular expression (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!isSafe(spec.regex)) {
      throw new PatternError(
        `${path}/regex`,
        `pattern ${JSON.stringify(spec.regex)} can backtrack catastrophically (a quantifier inside a repeated group): rewrite it without nested repetition`,
      );
    }
    out.push({ source: spec.regex, caseSensitive: spec.caseSensitive ?? false, wordStart: false });
  }
  spec.anyOf?.forEach((sub, i) => out.push(...compileSource(sub, `${path}/anyOf/${i}`)));
  return out;
}

/** Finds a pattern's matches in a text. */
export interface Matcher {
  /** Every match: [start, end) pairs in text order. */
  find(text: string): [number, number][];
  test(text: string): boolean;
  /**
   * Says how many characters the pattern is about to scan, before its first use: for a long text
   * its term lists are grouped by first characters (factorAlternatives: the same matches, faster).
   */
  expect(chars: number): void;
}

interface Scanner {
  re: RegExp;
  wordStart: boolean;
  /** Builds the same pattern with its term lists grouped by first characters (see Matcher.expect). */
  regroup: (() => RegExp) | null;
}

// Grouping a term list, and compiling the grouped pattern, costs about what grouping saves on a
// few hundred thousand characters of text.
const WORTH_GROUPING = 200_000;

/** A match that starts with a letter must not have a letter before it. */
function startsWord(text: string, index: number): boolean {
  return index === 0 || !letterAt.test(text[index]!) || !letterAt.test(text[index - 1]!);
}

function scan(s: Scanner, text: string, out: [number, number][] | null): boolean {
  const re = s.re;
  re.lastIndex = 0;
  let found = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].length) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (s.wordStart && !startsWord(text, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    found = true;
    if (!out) break;
    out.push([m.index, m.index + m[0].length]);
  }
  re.lastIndex = 0;
  return found;
}

/**
 * Compiles a pattern. Case-insensitive and case-sensitive parts, and terms and regular
 * expressions, go into separate regular expressions, since JavaScript has no inline (?i).
 */
export function compilePattern(spec: PatternSpec, path: string): Matcher {
  const parts = compileSource(spec, path);
  const scanners: Scanner[] = [];
  for (const caseSensitive of [false, true]) {
    for (const wordStart of [true, false]) {
      const group = parts.filter((p) => p.caseSensitive === caseSensitive && p.wordStart === wordStart);
      if (!group.length) continue;
      const flags = caseSensitive ? 'gu' : 'giu';
      const source = (grouped: boolean) => group.map((p) => `(?:${grouped && p.wordStart ? factorAlternatives(p.source, 'iu') : p.source})`).join('|');
      // Compiled now, so that a rule whose patterns do not compile together is refused when it is
      // loaded; grouped (or not) by expect().
      const re = new RegExp(source(false), flags);
      const regroup = () => {
        const grouped = source(true);
        return grouped === re.source ? re : new RegExp(grouped, flags);
      };
      scanners.push({ re, wordStart, regroup: group.some((p) => p.wordStart) ? regroup : null });
    }
  }
  return {
    expect(chars) {
      for (const s of scanners) {
        if (s.regroup && chars > WORTH_GROUPING) s.re = s.regroup();
        s.regroup = null;
      }
    },
    find(text) {
      const out: [number, number][] = [];
      for (const s of scanners) scan(s, text, out);
      return scanners.length > 1 ? out.sort((a, b) => a[0] - b[0] || b[1] - a[1]) : out;
    },
    test(text) {
      return scanners.some((s) => scan(s, text, null));
    },
  };
}
