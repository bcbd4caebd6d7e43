import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/text/sentences.js';

// The splitter as it was before it searched for the marks instead of testing every character with a
// regular expression: the faster one must split every text the same way.
const abbreviations = new Set(
  (
    'art arts nr nrs nos no bv b.v bijv o.a e.a m.a.w d.w.z i.p.v m.b.t t.a.v t.o.v incl excl min max ca resp evt ev enz etc ' +
    'vb zgn z.g.n cf vgl blz p pp al par hfdst hoofdst afd dhr mevr mr mw st prof dr ir ing lic ' +
    'e.g i.e vs approx fig no cat kl bijl reg k.b kb b.s bs m.b o.l.v n.v.t p.m tel fax ' +
    'mme mlle m c.-à-d cf env ex réf éd ann'
  ).split(/\s+/),
);
const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
function reference(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i + 1);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== ';') continue;
    let j = i + 1;
    while (j < n && /["'”’)\]»]/.test(text[j]!)) j++;
    if (j >= n) continue;
    if (!/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < n && /\s/.test(text[k]!) && text[k] !== '\n') k++;
    if (k >= n) continue;
    const next = text[k]!;
    if (ch === '.') {
      const m = /([\p{L}.\-]+)$/u.exec(text.slice(Math.max(0, i - 12), i));
      if (m && abbreviations.has(m[1]!.toLowerCase())) continue;
    }
    if (ch === ';' || isUpper(next) || /[\d"'“‘(«\[•\-–]/.test(next)) push(j);
  }
  push(n);
  return out;
}

const pieces = [
  'De', 'opdracht', 'art', 'bv', 'b.v', 'c.-à-d', 'réf', 'Été', 'été', 'A', 'z', '1', '2026', '€', 'İ', 'ß', '𝐀', '😀',
  '.', '. ', '.\n', '!', '?', ';', ':', ',', '"', "'", '”', '’', ')', ']', '»', '“', '‘', '(', '«', '[', '•', '-', '–',
  ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2028', '\u2029', '\u202f', '\u3000', '\ufeff', '\u200b', '\u180e', '\v', '\f',
];

describe('splitSentences', () => {
  it('splits as the character-by-character splitter did', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(splitSentences(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        expect(splitSentences(text)).toEqual(reference(text));
      }),
      { numRuns: 1000 },
    );
  });
});
