import type { Lang } from '../document.js';

// Frequent function words that tell the three languages apart.
const markers: Record<Lang, Set<string>> = {
  nl: new Set('de het een en van in is op te voor met zijn niet dat die wordt worden aan bij door of ook als naar moet moeten dient deze dit uit zal'.split(' ')),
  fr: new Set('le la les des du un une et est dans pour par sur au aux que qui ne pas sont être doit ou avec ce cette il sera'.split(' ')),
  en: new Set('the and of to a in is for be on that with by are as this shall must will or an from which not at'.split(' ')),
};

/** The language of a text by counting function words; `fallback` when nothing tells. */
export function detectLanguage(text: string, fallback: Lang = 'nl'): Lang {
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
