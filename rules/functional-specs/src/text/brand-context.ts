/**
 * The words around a brand reference that decide whether it is prescribed without equivalents:
 * "of gelijkwaardig" about it, existing equipment that must stay compatible, items not part of the
 * contract, and examples ("zoals", "such as").
 */
import { withUnicodeBoundaries, EQUIVALENT_PATTERN } from '@tenderlint/core';

// Equivalence words, plus the Belgian "of gelijkaardig" and the British "or approved equal".
const equivalence = new RegExp(
  `${EQUIVALENT_PATTERN.source}|\\bof\\s+(?:een\\s+)?gelijkaardig\\w*|\\bor\\s+(?:an\\s+)?approved\\s+equal\\b|\\bor\\s+equal\\b(?!\\s+to)`,
  'giu',
);
// An equivalence that is about a standard, label or certificate, not about a product.
const otherKindAfter =
  withUnicodeBoundaries(/^\s*(?:\p{L}+\s+)?(?:norm|normen|norme|normes|standaard|standard|standards|label|labels|keurmerk|certificaat|certificate|certificat|bewijs|bewijsmiddel\w*|proof|preuve|moyen\w*|document|specificatie|specification|spécification|indeling|classificatie)\b/iu);

/** Whether the text accepts an equivalent product (not only an equivalent standard or label). */
export function acceptsEquivalent(text: string): boolean {
  if (!/gelijkwaardig|evenwaardig|gelijkaardig|quivalen|gleichwertig|equal/i.test(text)) return false;
  equivalence.lastIndex = 0;
  for (const m of text.matchAll(equivalence)) {
    if (!otherKindAfter.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return true;
  }
  return false;
}

// The authority describes what it owns or already uses.
const owned =
  withUnicodeBoundaries(/\b(?:reeds|al\s+sinds|aangekocht|in\s+gebruik\s+(?:is|zijn|blijft|blijven)|eigendom\s+(?:is\s+)?van|gebruikt\s+sinds|already|owns|owned\s+by|is\s+currently\s+using|déjà|dont\s+(?:dispose|est\s+équipée?)|propriété\s+de)\b/iu);
const existing = withUnicodeBoundaries(/\b(?:bestaande?|huidige?|existing|current|existante?s?|actuel(?:le)?s?|in\s+gebruik|in\s+use|en\s+service)\b/iu);
const compatibility = withUnicodeBoundaries(/\b(?:compatib\w*|interoperab\w*|interopérab\w*|aansluit\w*|koppel\w*|integr\w*|intégr\w*|aansturen|communicate|communiquer)\b/iu);

// "Het stadsbestuur gebruikt ...", "The Council uses ...": the authority describing its own tools.
const authorityUses = withUnicodeBoundaries(
  /\b(?:stad|stadsbestuur|gemeente|gemeentebestuur|agentschap|bestuur|overheid|opdrachtgever|aanbestedende\s+(?:overheid|dienst)|bouwheer|provincie|ocmw|intercommunale|school|ziekenhuis|council|authority|agency|department|ministry|commune|ville|pouvoir\s+adjudicateur|administration)\b[^.;]{0,40}?\b(?:gebruikt|werkt\s+met|beschikt\s+over|beheert|uses|operates|runs|utilise|dispose\s+de)\b/iu,
);

/** A sentence describing equipment the authority owns or uses. */
export function describesOwned(sentence: string): boolean {
  return owned.test(sentence) || authorityUses.test(sentence);
}

/** A paragraph that asks for compatibility with existing equipment and says why. */
export function requiresCompatibilityWithExisting(paragraph: string): boolean {
  return existing.test(paragraph) && compatibility.test(paragraph) && (owned.test(paragraph) || /\b(?:om|omdat|daarom|zodat|want|afin|car|parce|because|so\s+that|to\s+(?:keep|ensure|allow))\b/iu.test(paragraph));
}

// Items that are not part of this contract.
const notIncluded =
  withUnicodeBoundaries(/\b(?:niet\s+inbegrepen|niet\s+(?:in|bij)\s+(?:deze|onderhavige|dit)\s+(?:aanneming|opdracht|perceel|lot)|zit(?:ten)?\s+niet\s+in|geen\s+deel\s+(?:uit|van)|maakt\s+geen\s+deel|niet\s+te\s+leveren|non\s+compris|ne\s+fait\s+pas\s+partie|pas\s+compris|not\s+included|not\s+part\s+of\s+(?:this|the)|excluded\s+from|by\s+others)\b/iu);

export function saysNotIncluded(text: string): boolean {
  return notIncluded.test(text);
}

// An example, not a prescription: "zoals", "bijvoorbeeld", "such as", "par exemple".
const exampleBefore = withUnicodeBoundaries(/(?:\bzoals|\bbijvoorbeeld|\bbv\.?|\bbijv\.?|\bvb\.?|\bsuch\s+as|\bfor\s+example|\bfor\s+instance|\be\.g\.,?|\bpar\s+exemple|\bp\.\s?ex\.|\btel(?:le)?s?\s+que|\bcomme)\s*:?\s*(?:(?:de|het|een|the|a|an|le|la|les|un|une)\s+)?$/iu);

export function isExample(before: string): boolean {
  return exampleBefore.test(before);
}

// "de bestaande Owlet-installatie", "the existing AngularJS front end": what the authority has.
const existingBefore = withUnicodeBoundaries(/\b(?:bestaande?|huidige?|existing|current|existante?s?|actuel(?:le)?s?)\s+(?:[\p{L}-]+\s+)?$/iu);

export function isExistingEquipment(before: string): boolean {
  return existingBefore.test(before);
}

// Specific origin prescribed: "van Belgische oorsprong", "d'origine belge", "made in Belgium".
export const ORIGIN_PATTERN =
  withUnicodeBoundaries(/\b(?:van\s+(?:Belgische|Vlaamse|Waalse|Nederlandse|Franse|Duitse|Italiaanse|Spaanse|Europese|lokale)\s+(?:oorsprong|herkomst|makelij|fabricage)|(?:afkomstig|geproduceerd|vervaardigd|gefabriceerd)\s+(?:uit|in)\s+(?:België|Vlaanderen|Wallonië|Nederland|Frankrijk|Duitsland|Italië|de\s+streek|de\s+regio)|d['’]origine\s+(?:belge|wallonne|flamande|française|allemande|italienne|locale|régionale)|(?:fabriquée?s?|produite?s?)\s+en\s+(?:Belgique|Wallonie|Flandre|France)|made\s+in\s+(?:Belgium|the\s+UK|Britain|Germany|France|the\s+EU)|of\s+(?:Belgian|British|German|French|local)\s+origin)\b/giu);
