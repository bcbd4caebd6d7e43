/**
 * Turns the text patterns of a declarative rule into regular expressions, and refuses patterns
 * that can backtrack catastrophically (the measured cost of one such pattern: a 50-rule pass went
 * from 0.2 s to 7.8 s, toolchain.md).
 */
import safeRegex from 'safe-regex2';
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

// Letters and digits on either side make a term part of a longer word; JavaScript's \b only knows ASCII.
const WORD_START = '(?<![\\p{L}\\p{N}_])';
const WORD_END = '(?![\\p{L}\\p{N}_])';

/** Escapes a literal; a straight apostrophe also matches the typographic one. */
function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
}

/** A whole-word term: spaces match any run of white space, a * at the end of a word any ending of it. */
function termSource(term: string): string {
  const words = term.trim().split(/\s+/);
  const source = words
    .map((word) => (word.endsWith('*') && word.length > 1 ? escapeRegex(word.slice(0, -1)) + '[\\p{L}\\p{N}]*' : escapeRegex(word)))
    .join('\\s+');
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const start = /^[\p{L}\p{N}_]/u.test(first) ? WORD_START : '';
  const end = /[\p{L}\p{N}_*]$/u.test(last) ? WORD_END : '';
  return start + source + end;
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
}

function compileSource(spec: PatternSpec, path: string): Compiled[] {
  const out: Compiled[] = [];
  const terms = [...(spec.words ?? []), ...(spec.terms?.nl ?? []), ...(spec.terms?.fr ?? []), ...(spec.terms?.en ?? [])];
  if (terms.length) {
    // Longest first, so that "of een gelijkwaardige norm" wins over "of".
    const sources = [...terms].sort((a, b) => b.length - a.length).map(termSource);
    out.push({ source: sources.join('|'), caseSensitive: false });
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
    out.push({ source: spec.regex, caseSensitive: spec.caseSensitive ?? false });
  }
  spec.anyOf?.forEach((sub, i) => out.push(...compileSource(sub, `${path}/anyOf/${i}`)));
  return out;
}

/** Finds a pattern's matches in a text. */
export interface Matcher {
  /** Every match: [start, end) pairs in text order. */
  find(text: string): [number, number][];
  test(text: string): boolean;
}

function findAll(re: RegExp, text: string, out: [number, number][]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length) out.push([m.index, m.index + m[0].length]);
    else re.lastIndex = m.index + 1;
  }
  re.lastIndex = 0;
}

/**
 * Compiles a pattern. Case-insensitive and case-sensitive parts go into two regular expressions,
 * since JavaScript has no inline (?i).
 */
export function compilePattern(spec: PatternSpec, path: string): Matcher {
  const parts = compileSource(spec, path);
  const res: RegExp[] = [];
  const insensitive = parts.filter((p) => !p.caseSensitive).map((p) => `(?:${p.source})`);
  const sensitive = parts.filter((p) => p.caseSensitive).map((p) => `(?:${p.source})`);
  if (insensitive.length) res.push(new RegExp(insensitive.join('|'), 'giu'));
  if (sensitive.length) res.push(new RegExp(sensitive.join('|'), 'gu'));
  return {
    find(text) {
      const out: [number, number][] = [];
      for (const re of res) findAll(re, text, out);
      return res.length > 1 ? out.sort((a, b) => a[0] - b[0] || b[1] - a[1]) : out;
    },
    test(text) {
      for (const re of res) {
        re.lastIndex = 0;
        const hit = re.test(text);
        re.lastIndex = 0;
        if (hit) return true;
      }
      return false;
    },
  };
}
