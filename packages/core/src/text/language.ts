import type { Lang } from '../document.js';
import { LATIN_CLASSES, isPlain } from './latin-fast.js';

// Frequent function words that tell the three languages apart.
const markers: Record<Lang, Set<string>> = {
  nl: new Set('de het een en van in is op te voor met zijn niet dat die wordt worden aan bij door of ook als naar moet moeten dient deze dit uit zal'.split(' ')),
  fr: new Set('le la les des du un une et est dans pour par sur au aux que qui ne pas sont être doit ou avec ce cette il sera'.split(' ')),
  en: new Set('the and of to a in is for be on that with by are as this shall must will or an from which not at'.split(' ')),
};

// A word of a language's list standing alone (no letter before or after it): counting these counts
// the text's words that are in the list, without cutting the text into all its words (27 000
// strings for a long specification). A Latin letter class on Latin text (see latin-fast.ts).
const LANGS = Object.keys(markers) as Lang[];
const LATIN_LETTER = LATIN_CLASSES['L']![0];
const standing = (lang: Lang, latin: boolean) => {
  const words = [...markers[lang]].join('|');
  return latin ? new RegExp(`(?<![${LATIN_LETTER}])(?:${words})(?![${LATIN_LETTER}])`, 'g') : new RegExp(`(?<!\\p{L})(?:${words})(?!\\p{L})`, 'gu');
};
const LATIN_MARKERS = Object.fromEntries(LANGS.map((l) => [l, standing(l, true)])) as Record<Lang, RegExp>;
const MARKERS = Object.fromEntries(LANGS.map((l) => [l, standing(l, false)])) as Record<Lang, RegExp>;

/** The language of a text by counting function words; `fallback` when nothing tells. */
export function detectLanguage(text: string, fallback: Lang = 'nl'): Lang {
  const lower = text.slice(0, 200_000).toLowerCase();
  const patterns = isPlain(lower) ? LATIN_MARKERS : MARKERS;
  const counts: Record<Lang, number> = { nl: 0, fr: 0, en: 0 };
  for (const lang of LANGS) counts[lang] = lower.match(patterns[lang])?.length ?? 0;
  const best = (Object.keys(counts) as Lang[]).sort((a, b) => counts[b] - counts[a])[0]!;
  return counts[best] >= 3 ? best : fallback;
}
