import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withUnicodeBoundaries } from '@tenderlint/core';
import { BRANDS } from '../src/data/brands.js';
import { findKnownNames } from '../src/text/brand-references.js';

// The gazetteer lookup as it was first written: every word of the text looked up in turn.
const names: { name: string; needsModel: boolean }[] = [];
for (const b of BRANDS) {
  names.push({ name: b.name, needsModel: !!b.needsModel });
  if (!b.needsModel && b.name.length >= 4 && b.name.toUpperCase() !== b.name) names.push({ name: b.name.toUpperCase(), needsModel: false });
}
const byFirstWord = new Map<string, { name: string; needsModel: boolean }[]>();
for (const [model] of [[false], [true]] as const) {
  for (const e of names.filter((n) => n.needsModel === model)) {
    const first = /^[^\s]+/u.exec(e.name)![0];
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), e]);
  }
}
for (const list of byFirstWord.values()) list.sort((a, b) => b.name.length - a.name.length);
const wordPattern = withUnicodeBoundaries(/[\p{L}\p{N}][\p{L}\p{N}&-]*/gu);
const nameChar = withUnicodeBoundaries(/[\p{L}\p{N}_]/u);

function reference(text: string): [number, number, boolean][] {
  const out: [number, number, boolean][] = [];
  for (const m of text.matchAll(wordPattern)) {
    const word = m[0];
    let list = byFirstWord.get(word);
    if (!list) {
      const dash = word.indexOf('-');
      if (dash < 0) continue;
      list = byFirstWord.get(word.slice(0, dash));
      if (!list) continue;
    }
    const prev = text[m.index - 1];
    if (prev === '@' || prev === '/' || prev === '.') continue;
    const end = (e: { name: string }) => m.index + e.name.length;
    const hit = list.find((e) => text.startsWith(e.name, m.index) && !(text[end(e)] !== undefined && nameChar.test(text[end(e)]!)) && !/^\.[a-z]/.test(text.slice(end(e), end(e) + 2)));
    if (hit) out.push([m.index, m.index + hit.name.length, hit.needsModel]);
  }
  return out;
}

describe('findKnownNames', () => {
  it('finds what a lookup of every word finds', () => {
    const texts = [
      'Laptops van Dell, type Latitude 7450; HP EliteBook en Microsoft 365.',
      'x-Dell, -Dell, a&Dell, &Dell, Dell-achtig, SikaGrout-312, Mercedes-Benz-Sprinter, Mercedes-Benz.',
      'info@Dell.com, www.Dell.be, /Dell, Dell.x, Dell.X, DELL_x, Dellx, ÉDell, éDell, 2Dell, Škoda Octavia, Citroën.',
      'Wordt, Word 2016, Office Manager, Core i7, Bene, Beneden, iPad, iPhone 15, iOS 17, dormakaba, Riese & Müller, Villeroy & Boch.',
      '',
    ];
    for (const text of texts) expect(findKnownNames(text)).toEqual(reference(text));
  });

  it('finds what a lookup of every word finds (property)', () => {
    const firsts = [...byFirstWord.keys()];
    const piece = fc.oneof(fc.constantFrom(...firsts), fc.constantFrom(' ', '-', '&', '.', '@', '/', 'a', 'É', 'é', '1', '_', 'x', 'Z', '\u00a0', '.a', '.B'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(findKnownNames(text)).toEqual(reference(text));
      }),
      { numRuns: 5000 },
    );
  });
});
