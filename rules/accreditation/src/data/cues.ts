/**
 * Words of the Belgian accreditation of works contractors (wet 20 maart 1991, KB 26 september 1991)
 * in Dutch, French and English (rule-catalogue.md sections 1-4, November 2026).
 */
import { factored, unicodeWords } from '@tenderlint/core';


export const ACCREDITATION = unicodeWords(/\b(?:erkenning(?:en)?|erkend(?:e)?|erkenningsvoorwaarden|agréation|agréée?s?|agréments?|accreditation|accredited|registration\s+class)\b/iu);

/** "categorie D, klasse 5", "ondercategorie D18 klasse 4", "catégorie C classe 3", "category D class 4". */
export const CATEGORY_CLASS =
  unicodeWords(/\b(?:onder)?(?:categorie|catégorie|category|sous-catégorie|subcategory|sub-category)\s*:?\s*([A-Z]\d{0,2})\b[^.;\n]{0,40}?\b(?:klasse|classe|class)\s*:?\s*([1-8])\b/gu);

/** "klasse 4 in categorie D" (class first). */
export const CLASS_CATEGORY =
  unicodeWords(/\b(?:klasse|classe|class)\s*:?\s*([1-8])\b[^.;\n]{0,25}?\b(?:onder)?(?:categorie|catégorie|category|sous-catégorie|subcategory)\s*:?\s*([A-Z]\d{0,2})\b/gu);

/** The compact form with class first: "erkenning 5D", "agréation 3P1" (only next to an accreditation word). */
export const COMPACT = unicodeWords(/\b([1-8])\s?([A-HJ-Z]\d{0,2})\b/gu);

/** A lone class next to an accreditation word: "erkend in klasse 4". */
export const CLASS_ONLY = unicodeWords(/\b(?:klasse|classe|class)\s+([1-8])\b/gu);

export const SUBCONTRACTOR = unicodeWords(/\b(?:onderaannem\w+|onderaanneming\w*|sous-trait\w+|sous-traitance|subcontract\w+|sub-contract\w+)\b/iu);

/** Every subcontractor, wherever in the chain. */
export const WHOLE_CHAIN =
  unicodeWords(/\b(?:ongeacht\s+(?:hun|zijn|de)\s+(?:plaats|positie|rang|niveau)|op\s+(?:elk|welk|ieder)\s+niveau|(?:in|doorheen)\s+de\s+(?:hele|volledige|gehele)?\s*(?:onderaannemings)?keten|onderaanne\w*keten|in\s+(?:enig|elk|ieder|welk)\s+stadium|al\s+de\s+(?:personen|ondernemingen)\s+die\s+[^.;]{0,40}onderaannemer|à\s+(?:quelque\s+stade|tout\s+stade|tous\s+les\s+stades)|toute\s+personne\s+(?:qui\s+)?intervenant\s+[^.;]{0,30}sous-traitant|alle\s+(?:onder)?aannemers\s+in\s+de\s+keten|elke\s+onderaannemer|iedere\s+onderaannemer|alle\s+onderaannemers|quel(?:le)?\s+que\s+soit\s+(?:sa|leur)\s+(?:place|position|rang)|à\s+tous\s+les\s+(?:niveaux|échelons)|(?:toute\s+la|dans\s+la)\s+chaîne|chaque\s+sous-traitant|tous\s+les\s+sous-traitants|every\s+subcontractor|all\s+subcontractors|each\s+subcontractor|at\s+any\s+(?:level|tier)|(?:throughout|in)\s+the\s+(?:whole\s+)?(?:subcontracting\s+)?chain|whatever\s+(?:their|its)\s+(?:place|position|tier))\b/iu);

/** Only the contractor's own direct subcontractors. */
export const DIRECT_ONLY = unicodeWords(/\b(?:rechtstreeks(?:e)?|directe|eerstelijns|eerste\s+lijn|directs?|de\s+premier\s+rang|direct|first[-\s]tier)\b/iu);

/** The share of the works: class and category matching the part each one carries out. */
export const MATCHING_SHARE =
  unicodeWords(/\b(?:(?:onder)?categorie|klasse|classe|catégorie|class|category)\b/iu);

/** Cheap tests without Unicode boundaries, run on every block before the cue lists above. */
export const HINTS = {
  accreditation: factored(/klasse|classe|class|erken|agré|accredit/iu),
  subcontractor: factored(/onderaann|sous-trait|subcontract|sub-contract/iu),
};
