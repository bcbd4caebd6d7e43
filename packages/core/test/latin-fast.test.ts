import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LATIN_CLASSES, PLAIN_CHARACTERS, latinFast, latinSource } from '../src/text/latin-fast.js';
import { COUNT_TOKEN } from '../src/text/numbers.js';

const chars = (from: number, to: number) => {
  let s = '';
  for (let c = from; c <= to; c++) if (c < 0xd800 || c > 0xdfff) s += String.fromCharCode(c);
  return s;
};
const bmp = chars(0, 0xffff);
const plain = bmp.match(new RegExp(`[${PLAIN_CHARACTERS}]`, 'g'))!.join('');
const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

describe('the character sets of latinFast', () => {
  it('PLAIN holds no long s, no surrogate and no letter, number or cased character outside U+0000-U+024F', () => {
    expect(plain).not.toContain('ſ');
    for (const c of plain) {
      if (c.charCodeAt(0) <= 0x24f) continue;
      expect(/[\p{L}\p{N}]/u.test(c), hex(c)).toBe(false);
      expect(c.toLowerCase() === c && c.toUpperCase() === c, hex(c)).toBe(true);
      expect(bmp.match(new RegExp(`[${hex(c)}]`, 'giu'))).toEqual([c]);
      expect(bmp.match(new RegExp(`[${hex(c)}]`, 'gi'))).toEqual([c]);
    }
  });

  it('on PLAIN, a Latin letter matches the same characters case-insensitively with and without the u flag', () => {
    for (const c of plain) {
      if (c.charCodeAt(0) > 0x24f) continue;
      const withU = bmp.match(new RegExp(`[${hex(c)}]`, 'giu'))!;
      const withoutU = bmp.match(new RegExp(`[${hex(c)}]`, 'gi'))!;
      expect(withU.filter((x) => plain.includes(x)), hex(c)).toEqual(withoutU.filter((x) => plain.includes(x)));
      // A partner outside PLAIN is a letter or has a case, so a pattern holding it is never rewritten.
      for (const x of [...withU, ...withoutU]) if (!plain.includes(x)) expect(latinSource(x, true), hex(x)).toBeNull();
    }
  });

  it('the Latin classes match what the property classes match of PLAIN', () => {
    for (const [name, [exact, folded]] of Object.entries(LATIN_CLASSES)) {
      for (const ignoreCase of [false, true]) {
        const cls = ignoreCase ? folded : exact;
        const flags = ignoreCase ? 'gi' : 'g';
        expect(plain.match(new RegExp(`[${cls}]`, flags)), name).toEqual(plain.match(new RegExp(`\\p{${name}}`, `${flags}u`)));
        expect(plain.match(new RegExp(`[^${cls}]`, flags)), name).toEqual(plain.match(new RegExp(`[^\\p{${name}}]`, `${flags}u`)));
      }
    }
  });
});

const T = COUNT_TOKEN;
const patterns = [
  new RegExp(String.raw`(?:verdeeld|opgesplitst)\s+in\s+(${T})\s+percelen|divis[ée]e?s?\s+en\s+(${T})\s+lots|\((${T})\s+(?:lots|percelen)\)|(${T})\s+lots\s*:`, 'giu'),
  new RegExp(String.raw`(?:laatste|last)\s+(${T})\s+(?:boekjaren|jaren|years)|(?:(${T})\s+)?(?:derniers?|dernières)\s+(?:exercices|années)`, 'iu'),
  /(?<![\p{L}\p{N}])(?:moet|must|doit)(?![\p{L}\p{N}])/iu,
  /^[\s\d.)(*\-–•]*(?:(?:de|het|la|the)\s+|l['’]\s*)?(?:\p{L}+\s+)?(?:gemeente|\p{L}*zone|\p{L}*school\p{L}*)(?![\p{L}\p{N}])/iu,
  /\b(?:perceel|lot)\s*(\d{1,2})\b|\p{Lu}\p{Ll}+|[^\p{L}\s]+/gu,
  /\p{Lu}{2,}|\p{Ll}+é?/giu,
  /onderaann\p{L}*|sous-trait\p{L}*|sub-?contract\p{L}*|\bIAO\b|\bOIT\b/giu,
];
const pieces = [
  'perceel', 'Perceel', 'PERCEEL', 'lot', 'Lots', 'percelen', 'verdeeld in', 'divisée en', 'laatste', 'derniers', 'exercices', 'années',
  'boekjaren', 'drie', 'vijfenveertig', 'trente-cinq', 'thirty‑five', '3', '12', '(', ')', ':', ' ', '\u00a0', '\n', '-', '–', '’', "'",
  'moet', 'MUST', 'doit', 'de', 'het', 'l’', 'gemeente', 'politiezone', 'basisschoolbestuur', 'onderaannemer', 'sous-traitant', 'subcontractor',
  'IAO', 'oit', 'é', 'É', 'ß', 'ÿ', 'Ÿ', 'ı', 'İ', 'ǅ', 'µ', '²', '½', '€', '\u017f', '\u212a', '\u212b', 'Ω', 'μ', 'ͅ', '𝐀', '😀', '\u0301', '٣', 'x',
];

describe('latinFast', () => {
  it('finds what the pattern finds, on Latin texts and on others', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.integer({ min: 0, max: patterns.length - 1 }), (parts, which) => {
        const text = parts.join('');
        const slow = patterns[which]!;
        const fast = latinFast(slow);
        expect(fast).not.toBe(slow);
        slow.lastIndex = 0;
        fast.lastIndex = 0;
        expect(fast.exec(text)).toEqual(slow.exec(text));
        expect(fast.lastIndex).toBe(slow.lastIndex);
        expect(fast.test(text)).toBe(slow.test(text));
        slow.lastIndex = 0;
        fast.lastIndex = 0;
        expect(text.match(fast)).toEqual(text.match(slow));
        expect(text.replace(fast, '<$&>')).toBe(text.replace(slow, '<$&>'));
        expect(text.split(fast)).toEqual(text.split(slow));
        if (slow.global) expect([...text.matchAll(fast)]).toEqual([...text.matchAll(slow)]);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves alone what it cannot copy', () => {
    const kept = [/\p{Script=Latin}/u, /\P{L}/u, /\u{1F600}/u, /Ω\p{L}/iu, new RegExp('\u017f\\p{L}', 'iu'), new RegExp('\u212a\\p{L}', 'iu')];
    for (const re of kept) expect(latinSource(re.source, re.ignoreCase)).toBeNull();
    const withoutU = /abc/i;
    expect(latinFast(withoutU)).toBe(withoutU);
    const omega = latinFast(/Ω\p{L}+/iu);
    expect(omega.exec('xωab')?.[0]).toBe('ωab');
  });
});
