import type { Lang } from '../document.js';
import { LATIN_CLASSES, isPlain } from './latin-fast.js';

// Frequent function words that tell the three languages apart.
const markers: Record<Lang, Set<string>> = {
  nl: new Set('de het een en van in is op te voor met zijn niet dat die wordt worden aan bij door of ook als naar moet moeten dient deze dit uit zal'.split(' ')),
  fr: new Set('le la les des du un une et est dans pour par sur au aux que qui ne pas sont être doit ou avec ce cette il sera'.split(' ')),
  en: new Set('the and of to a in is for be on that with by are as this shall must will or an from which not at'.split(' ')),
};

const WORD = /\p{L}+/gu;
// The same words on a text of Latin letters, for a fraction of the cost (see latin-fast.ts).
const LATIN_WORD = new RegExp(`[${LATIN_CLASSES['L']![0]}]+`, 'g');

/** The language of a text by counting function words; `fallback` when nothing tells. */
export function detectLanguage(text: string, fallback: Lang = 'nl'): Lang {
  const counts: Record<Lang, number> = { nl: 0, fr: 0, en: 0 };
  const lower = text.slice(0, 200_000).toLowerCase();
  const words = lower.match(isPlain(lower) ? LATIN_WORD : WORD) ?? [];
  for (const w of words) {
    if (markers.nl.has(w)) counts.nl++;
    if (markers.fr.has(w)) counts.fr++;
    if (markers.en.has(w)) counts.en++;
  }
  const best = (Object.keys(counts) as Lang[]).sort((a, b) => counts[b] - counts[a])[0]!;
  return counts[best] >= 3 ? best : fallback;
}
