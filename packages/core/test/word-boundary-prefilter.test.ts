import { describe, expect, it } from 'vitest';
import { withUnicodeBoundaries } from '../src/text/word-boundary.js';

// withUnicodeBoundaries runs a boundary-free version of a pattern before the pattern itself: every
// way of using the result must give what the same pattern without that first pass gives.
const patterns = [
  /\bgelijkwaardig(?:e|en|heid)?\b|\béquivalen(?:t|te|ts|tes|ce)\b/iu,
  /\bsociale clausule\b|\bstagiair\w*|\bclauses? sociales?\b/gi,
  /\b(?:elke|alle|toute?s?)\b[^.;]{0,60}?\b(?:merken|marques)\b/giu,
  /(?<!niet\s)\bopenbare\s+procedure\b/iu,
  /\bbiodiversité\b/u,
  /^\s*\bwerken\b/imu,
];
const texts = [
  'De levering is gelijkwaardig aan het staal.',
  'Un produit équivalent est accepté; une marque équivalente aussi. Équivalence.',
  'ongelijkwaardige voorstellen en gelijkwaardigheid',
  'De sociale clausule geldt: stagiairs en stagiaires, clauses sociales. Sociale clausules.',
  'Alle vermelde merken zijn indicatief; toutes les marques citées aussi.',
  'niet openbare procedure; een openbare procedure; de Openbare Procedure',
  'biodiversitéx en biodiversité.',
  'werken\n  Werken aan de weg\nopenwerken',
  '',
  'geen treffer hier',
];

const plain = (re: RegExp) => new RegExp(re.source, re.flags);

describe('patterns with Unicode boundaries', () => {
  it('test, exec, match, matchAll, replace, search and split as without the first pass', () => {
    for (const source of patterns) {
      const fast = withUnicodeBoundaries(source);
      const slow = plain(fast);
      for (const text of texts) {
        expect(fast.test(text)).toBe(slow.test(text));
        expect(fast.lastIndex).toBe(slow.lastIndex);
        fast.lastIndex = 0;
        slow.lastIndex = 0;
        expect(text.match(fast)).toEqual(text.match(slow));
        expect(text.search(fast)).toBe(slow.global ? text.search(slow) : text.search(slow));
        expect(text.replace(fast, '<$&>')).toBe(text.replace(slow, '<$&>'));
        expect(text.split(fast)).toEqual(text.split(slow));
        if (fast.global) {
          expect([...text.matchAll(fast)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(slow)].map((m) => [m.index, m[0]]));
          // exec from a given lastIndex, as the extractors loop over matches
          for (const from of [0, 3, 10, text.length, text.length + 1]) {
            fast.lastIndex = from;
            slow.lastIndex = from;
            expect(fast.exec(text)?.index).toBe(slow.exec(text)?.index);
            expect(fast.lastIndex).toBe(slow.lastIndex);
          }
        }
      }
    }
  });

  it('a sticky copy matches only where it stands', () => {
    const fast = withUnicodeBoundaries(/\bgelijkwaardig\b/iuy);
    fast.lastIndex = 4;
    expect(fast.test('Het gelijkwaardig product')).toBe(true);
    fast.lastIndex = 3;
    expect(fast.test('Het gelijkwaardig product')).toBe(false);
  });
});
