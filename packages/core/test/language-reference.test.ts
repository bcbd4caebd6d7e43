import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/document.js';
import { detectLanguage } from '../src/text/language.js';

// The detector as it was when it cut the text into all its words: counting the list words that
// stand alone must decide the same, on Latin text and on any other.
const markers: Record<Lang, Set<string>> = {
  nl: new Set('de het een en van in is op te voor met zijn niet dat die wordt worden aan bij door of ook als naar moet moeten dient deze dit uit zal'.split(' ')),
  fr: new Set('le la les des du un une et est dans pour par sur au aux que qui ne pas sont être doit ou avec ce cette il sera'.split(' ')),
  en: new Set('the and of to a in is for be on that with by are as this shall must will or an from which not at'.split(' ')),
};
function reference(text: string, fallback: Lang = 'nl'): Lang {
  const counts: Record<Lang, number> = { nl: 0, fr: 0, en: 0 };
  const words = text.slice(0, 200_000).toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const w of words) {
    if (markers.nl.has(w)) counts.nl++;
    if (markers.fr.has(w)) counts.fr++;
    if (markers.en.has(w)) counts.en++;
  }
  const best = (Object.keys(counts) as Lang[]).sort((a, b) => counts[b] - counts[a])[0]!;
  return counts[best] >= 3 ? best : fallback;
}

const pieces = ['de', 'De', 'DE', 'het', 'the', 'The', 'le', 'être', 'ÊTRE', 'in', 'is', 'a', 'an', 'and', 'ou', 'et', 'deze', 'dé', 'ade', 'x', 'é', 'ß', 'İ', 'ǅ', 'μ', 'Ω', '😀', '\u0301', '1', '_', ' ', '  ', '\n', '.', ',', "'", '’', '-', '–', '€'];

describe('detectLanguage', () => {
  it('decides as counting every word did', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), fc.constantFrom<Lang>('nl', 'fr', 'en'), (parts, fallback) => {
        const text = parts.join('');
        expect(detectLanguage(text, fallback)).toBe(reference(text, fallback));
      }),
      { numRuns: 3000 },
    );
  });
});
