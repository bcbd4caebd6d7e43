import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyOf, factorAlternatives, factored, topLevelAlternatives } from '../../src/declarative/alternation.js';
import { withUnicodeBoundaries } from '../../src/text/word-boundary.js';

/** Every match of a global copy: index, text and groups, so any difference in what matched shows. */
function matches(source: string, flags: string, text: string): unknown[] {
  const re = new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
  return [...text.matchAll(re)].map((m) => [m.index, ...m]);
}

describe('factorAlternatives', () => {
  it('groups alternatives by their first character, keeping their order', () => {
    expect(factorAlternatives('sociale x|kansengroep|stagiair', 'i')).toBe('s(?:ociale x|tagiair)|kansengroep');
    expect(factorAlternatives('ab|ac|ad', '', 1)).toBe('a(?:b|c|d)');
    expect(factorAlternatives('abc|abd|x', '', 2)).toBe('a(?:b(?:c|d))|x');
  });

  it('groups upper and lower case together only when case is ignored', () => {
    expect(factorAlternatives('Dell|dorma|Dacia', 'i', 1)).toBe('D(?:ell|orma|acia)');
    expect(factorAlternatives('Dell|dorma|Dacia', '', 1)).toBe('D(?:ell|acia)|dorma');
    expect(factorAlternatives('élan|Écu', 'i', 1)).toBe('é(?:lan|cu)');
  });

  it('moves nothing across an alternative that does not start with a plain character', () => {
    expect(factorAlternatives('sa|[st]b|sc', 'i', 1)).toBe('sa|[st]b|sc');
    expect(factorAlternatives('sa|sb|\\bsc|sd|se', 'i', 1)).toBe('s(?:a|b)|\\bsc|s(?:d|e)');
    expect(factorAlternatives('s?a|sb|sc', '', 1)).toBe('s?a|s(?:b|c)');
    expect(factorAlternatives('ſa|sb|sc', 'iu', 1)).toBe('ſa|s(?:b|c)');
  });

  it('keeps capturing groups in their order (they are numbered by it)', () => {
    expect(factorAlternatives('é|a(a)|É(a)', 'iu', 1)).toBe('é|a(a)|É(a)');
    expect(factorAlternatives('ab|ac(x)|d|de', '', 1)).toBe('a(?:b|c(x))|d(?:|e)');
    expect(factorAlternatives('ab|(?<n>x)|ac', '', 1)).toBe('ab|(?<n>x)|ac');
    expect(factorAlternatives('ab|ad(?<=x)|ae', '', 1)).toBe('a(?:b|d(?<=x)|e)');
  });

  it('leaves a pattern it cannot read as it is', () => {
    expect(factorAlternatives('a(b|c', '')).toBe('a(b|c');
    expect(factorAlternatives('ab', '')).toBe('ab');
    expect(topLevelAlternatives('a[|(]b|c(?:d|e)')).toEqual(['a[|(]b', 'c(?:d|e)']);
    expect(topLevelAlternatives('a\\|b|c')).toEqual(['a\\|b', 'c']);
  });

  it('returns the same RegExp when nothing changes, else a copy with the same flags', () => {
    const re = /abc/giu;
    expect(factored(re)).toBe(re);
    const copy = factored(/ab|ac/gi);
    expect(copy.flags).toBe('gi');
    expect(copy.source).toBe('a(?:b|c)');
  });

  // The alphabet mixes cases, accents and characters that fold to ASCII letters only with the u flag.
  const chars = ['a', 'A', 'b', 's', 'S', 'ſ', 'k', 'K', 'K', 'é', 'É', ' ', '-', '1'];
  const pieces = [...chars, '\\w', '[ab]', '\\b', '?', '*', '(?:a|b)', '(a)', '(?=s)', '(?<!a)', '.', '\\s+', '^', '$'];
  const alternative = fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 5 }).map((p) => p.join(''));
  const valid = (source: string, flags: string) => {
    try {
      new RegExp(source, flags);
      return true;
    } catch {
      return false;
    }
  };

  it('matches exactly what the original matches (property)', () => {
    fc.assert(
      fc.property(
        fc.array(alternative, { minLength: 2, maxLength: 12 }),
        fc.constantFrom('g', 'gi', 'giu', 'gu', 'gim'),
        fc.constantFrom('', '(?![a-z])', '\\b', 'x?'),
        fc.array(fc.constantFrom(...chars, 'x', '\n'), { maxLength: 30 }).map((c) => c.join('')),
        (alternatives, flags, tail, text) => {
          const source = alternatives.join('|');
          if (!valid(source, flags)) return;
          const grouped = factorAlternatives(source, flags, 3);
          expect(valid(grouped, flags)).toBe(true);
          expect(matches(grouped, flags, text)).toEqual(matches(source, flags, text));
          // Inside a larger pattern, backtracking into the alternatives must go the same way.
          expect(matches(`(?:${grouped})${tail}`, flags, text)).toEqual(matches(`(?:${source})${tail}`, flags, text));
        },
      ),
      { numRuns: 6000 },
    );
    // Thousands of runs: under a loaded CI the default 5 s could run out.
  }, 60_000);

  it('anyOf is true wherever one of its patterns matches (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(alternative, { minLength: 1, maxLength: 6 }), fc.constantFrom('', 'i', 'iu', 'u', 'm'), fc.boolean()), { minLength: 1, maxLength: 4 }),
        fc.array(fc.constantFrom(...chars, 'x', 'é', '\n'), { maxLength: 30 }).map((c) => c.join('')),
        (specs, text) => {
          const patterns: RegExp[] = [];
          for (const [alternatives, flags, unicodeWords] of specs) {
            const source = alternatives.join('|');
            if (!valid(source, flags)) return;
            patterns.push(unicodeWords ? withUnicodeBoundaries(new RegExp(source, flags)) : new RegExp(source, flags));
          }
          const test = anyOf(...patterns);
          if (patterns.some((p) => p.test(text))) expect(test(text)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('anyOf finds cue words with accents, in any case, at word edges', () => {
    const test = anyOf(withUnicodeBoundaries(/\bstagiair\w*|\béconomie sociale\b/iu), withUnicodeBoundaries(/\breserved for\b/iu), /[®™]/);
    for (const text of ['De STAGIAIRS werken', 'une Économie sociale.', 'Reserved for', 'Acme™']) expect(test(text)).toBe(true);
    expect(test('geen cue hier')).toBe(false);
  });
});

describe('declarative patterns, grouped or not', () => {
  it('find the same matches whether the term lists are grouped for a long scan or not', async () => {
    const { compilePattern } = await import('../../src/declarative/patterns.js');
    const spec = {
      terms: { nl: ['gelijkwaardig*', 'of gelijkaardig*', 'Europees Ecolabel', 'EU-Ecolabel', 'Milieukeur'], fr: ['équivalent*', "label écologique de l'UE"], en: ['equivalent*', 'or equal', 'EU Ecolabel', 'Ecolabel'] },
      words: ['Blauer Engel', 'BENOR'],
      anyOf: [{ regex: '\\b(?:FSC|PEFC)\\b', caseSensitive: true }],
    };
    const grouped = compilePattern(spec, '/p');
    grouped.expect(1_000_000);
    const plain = compilePattern(spec, '/p');
    plain.expect(0);
    const texts = [
      'Het EU-Ecolabel of een gelijkwaardig label; ECOLABEL, ecolabels, Milieukeurig, milieukeur.',
      "Le label écologique de l’UE ou équivalent; l'Écolabel; non-équivalent; FSC et PEFC, fsc.",
      'An EU Ecolabel or equal product, equivalents, or equality; Blauer Engel, blauer engelen, BENOR.',
      '',
    ];
    for (const text of texts) {
      expect(grouped.find(text)).toEqual(plain.find(text));
      expect(grouped.test(text)).toBe(plain.test(text));
    }
    expect(grouped.find(texts[0]!).length).toBeGreaterThan(2);
  });
});
