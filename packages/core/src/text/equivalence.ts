/**
 * "Of gelijkwaardig": the words that accept equivalents of a brand, standard, label or certificate,
 * and the general clause that applies them to every reference in a document (Dir 2014/24 art. 42-44, 62).
 */
import type { TenderDocument } from '../document.js';
import { sentencesOf } from './sentences.js';
import { withUnicodeBoundaries } from './word-boundary.js';

export type ReferenceKind = 'brand' | 'standard' | 'label' | 'certificate';

/** Words accepting an equivalent, in nl, fr and en. */
export const EQUIVALENT_PATTERN = withUnicodeBoundaries(
  /\bgelijkwaardig(?:e|en|heid)?\b|\bevenwaardig(?:e)?\b|\béquivalen(?:t|te|ts|tes|ce)\b|\bequivalen(?:t|ts|ce)\b|\bgleichwertig/iu,
);

// A cheap test before the patterns run.
const EQUIVALENCE_STEMS = /gelijkwaardig|evenwaardig|quivalen|gleichwertig/i;

const everyReference = withUnicodeBoundaries(
  /\b(?:elke|iedere|alle|eventuele|toute?s?|les|every|any|all|each)\b[^.;]{0,60}?\b(?:verwijzing(?:en)?|vermelding(?:en)?|referentie(?:s)?|références?|mentions?|references?|reference|merken|merknamen|fabrikaten|handelsnamen|marques|brands|brand\s+names|trade\s+names)\b/iu,
);

// "Wanneer in dit bestek een merk wordt vermeld ...", "Lorsqu'une marque est citée ...", "Where a brand is named ...".
const whenReferenced = withUnicodeBoundaries(
  /\b(?:wanneer|indien|als|telkens|waar|lorsqu|lorsque|si|où|chaque\s+fois|whenever|where|when|if)\b[^.;]{0,80}?\b(?:verme?ld|genoemd|verwezen|opgelegd|voorgeschreven|aangehaald|cités?|mentionnée?s?|référencée?s?|imposée?s?|named|mentioned|referred|specified|quoted|cited)\b/iu,
);

// "Where these specifications refer to a trade mark ...", "Waar dit bestek naar een merk verwijst ...",
// "Lorsque le cahier des charges fait référence à une marque ...": the document itself as the subject,
// so that "if the tenderer refers to another brand" is not read as a general clause.
const whenDocumentRefers = withUnicodeBoundaries(
  /\b(?:wanneer|indien|als|telkens|waar|lorsqu|lorsque|si|où|chaque\s+fois|whenever|where|when|if)\b[^.;]{0,40}?\b(?:bestek|lastenboek|opdrachtdocument\p{L}*|document(?:s|en)?|specificaties|cahier\s+(?:spécial\s+)?des\s+charges|documents?\s+du\s+marché|specifications?|spécifications?|tender\s+documents?|contract\s+documents?)\b[^.;]{0,40}?\b(?:verwijs\p{L}*|vermeldt|vermelden|noemt|noemen|fai(?:t|ssent)\s+référence|font\s+référence|citent|cite|mentionnent|mentionne|refers?\s+to|mentions?|names?|specif(?:y|ies))\b/iu,
);

// "Elke vermelding van een merk wordt geacht gevolgd te worden door ...", "une marque est réputée suivie de ...",
// "a trade mark is deemed to be followed by ...": a reference in general (indefinite article) read with "or equivalent".
const deemedFollowed = withUnicodeBoundaries(
  /\b(?:een|a|an|une?|chaque|elk|ieder)\s+(?:merk|merknaam|type|fabrikaat|handelsnaam|handelsmerk|norm|label|keurmerk|marque|norme|brand|trade\s*mark|trade\s+name|standard)\b[^.;]{0,120}?\b(?:geacht|gelezen|beschouwd|gevolgd|aangevuld|deemed|read\s+as|considered|followed|réputée?s?|considérée?s?|suivie?s?|complétée?s?|lue?s?\s+comme)\b/iu,
);

// "De vermelde merken zijn louter indicatief", "les marques citées le sont à titre indicatif", "brand names are for reference only".
const indicativeOnly = withUnicodeBoundaries(
  /\b(?:merken|merknamen|types|fabrikaten|marques|brands|brand\s+names|trade\s+names|makes)\b[^.;]{0,80}?\b(?:indicatief|ter\s+indicatie|ter\s+informatie|informatief|louter\s+ter\s+illustratie|ten\s+titel\s+van\s+voorbeeld|à\s+titre\s+d['’]information|à\s+titre\s+(?:indicatif|d'exemple|d’exemple)|indicative|for\s+(?:reference|guidance|illustration)(?:\s+(?:only|purposes))?|by\s+way\s+of\s+example)\b/iu,
);

const kindWords: Record<ReferenceKind, RegExp> = {
  brand: withUnicodeBoundaries(/\b(?:merk(?:en|naam|namen)?|handelsmerk(?:en)?|fabrikaat|fabrikaten|handelsnaam|handelsnamen|trade\s*marks?|type(?:s)?|oorsprong|herkomst|octrooi|marques?|fabrication|provenance|origine|brevets?|brand(?:s)?|trade\s*names?|makes?|models?|manufacturer|origin|patents?)\b/iu),
  standard: withUnicodeBoundaries(/\b(?:norm(?:en)?|normes?|standaard(?:en)?|standards?|technische\s+specificaties|spécifications\s+techniques|technical\s+specifications|technische\s+goedkeuring|STS|PTV)\b/iu),
  label: withUnicodeBoundaries(/\b(?:label(?:s)?|keurmerk(?:en)?|ecolabel|écolabel)\b/iu),
  certificate: withUnicodeBoundaries(/\b(?:certifica(?:at|ten|tie)|certificats?|certifications?|certificates?|kwaliteitssyste\w*|managementsyste\w*|systèmes?\s+de\s+gestion|management\s+systems?)\b/iu),
};

export interface GeneralEquivalenceClause {
  blockId: number;
  start: number;
  end: number;
  /** The kinds of reference it covers (all four when it names none). */
  covers: Set<ReferenceKind>;
}

/**
 * Finds sentences saying that every reference to a brand / standard / label in the document is to be
 * read with "of gelijkwaardig" ("Elke vermelding van een merk of norm wordt geacht gevolgd te worden
 * door de woorden 'of gelijkwaardig'").
 */
export function findGeneralEquivalenceClauses(document: TenderDocument): GeneralEquivalenceClause[] {
  let found = clausesOf.get(document);
  if (!found) clausesOf.set(document, (found = findClauses(document)));
  return found;
}

// Several rules ask for the same document's clauses; the search was a twentieth of a lint.
const clausesOf = new WeakMap<TenderDocument, GeneralEquivalenceClause[]>();

function findClauses(document: TenderDocument): GeneralEquivalenceClause[] {
  const out: GeneralEquivalenceClause[] = [];
  // Specifications repeat their sentences: each distinct one is read once.
  const equivalent = new Map<string, boolean>();
  const accepts = (text: string) => {
    let yes = equivalent.get(text);
    if (yes === undefined) equivalent.set(text, (yes = EQUIVALENT_PATTERN.test(text)));
    return yes;
  };
  const read = new Map<string, ReferenceKind[] | null>();
  for (const block of document.blocks) {
    if (!EQUIVALENCE_STEMS.test(block.text) || !EQUIVALENT_PATTERN.test(block.text)) continue;
    const sentences = sentencesOf(block);
    for (let i = 0; i < sentences.length; i++) {
      let s = sentences[i]!;
      // "Les marques citées le sont à titre indicatif ; des produits équivalents sont acceptés."
      const next = sentences[i + 1];
      if (!accepts(s.text) && next && accepts(next.text)) s = { start: s.start, end: next.end, text: block.text.slice(s.start, next.end) };
      if (!accepts(s.text)) continue;
      let covers = read.get(s.text);
      if (covers === undefined) read.set(s.text, (covers = generalCovers(s.text)));
      if (covers) out.push({ blockId: block.id, start: s.start, end: s.end, covers: new Set(covers) });
    }
  }
  return out;
}

/** What a sentence that accepts equivalents covers when it is a general clause, or null when it is not one. */
function generalCovers(text: string): ReferenceKind[] | null {
  const every = everyReference.test(text);
  if (!every && !whenReferenced.test(text) && !whenDocumentRefers.test(text) && !indicativeOnly.test(text) && !deemedFollowed.test(text)) return null;
  const kinds = Object.keys(kindWords) as ReferenceKind[];
  const covers = kinds.filter((kind) => kindWords[kind].test(text));
  // A conditional or "indicative" sentence is general only when it names what it covers.
  if (!covers.length && !every) return null;
  return covers.length ? covers : kinds;
}
