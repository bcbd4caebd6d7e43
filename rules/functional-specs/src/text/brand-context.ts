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
const COMPATIBILITY_SOURCE = String.raw`\b(?:compatib\w*|interoperab\w*|interopérab\w*|aansluit\w*|koppel\w*|integr\w*|intégr\w*|aansturen|communicate|communiquer|communique)\b`;
const compatibility = withUnicodeBoundaries(new RegExp(COMPATIBILITY_SOURCE, 'iu'));

// Who the authority is: its kind (by type of body or by role) and "we / our / nous".
const AUTHORITY_WORDS =
  '(?:\\p{L}*(?:stad|stadsbestuur|gemeente|gemeentebestuur|agentschap|bestuur|overheid|provincie|ocmw|intercommunale|politiezone|hulpverleningszone|brandweerzone|scholengroep|polder|havenbedrijf|waterbedrijf|vereniging|ziekenhuis|school|dienst)|opdrachtgever|aanbestedende\\s+(?:overheid|dienst|entiteit)|bouwheer|council|authority|agency|department|ministry|port|hospital|buyer|commune|ville|province|cpas|zone\\s+de\\s+police|pouvoir\\s+adjudicateur|administration|maître\\s+de\\s+l[\'’]ouvrage|région|onze|wij|we|our|nous|nos|notre)';

// Verbs by which the authority has or uses something. "Heeft/has" is not ownership when a decision follows.
const OWNING_VERBS =
  '(?:gebruikt|gebruiken|werkt\\s+met|werken\\s+met|beschikt\\s+over|beschikken\\s+over|beheert|bezit|heeft|hebben|draait\\s+op|draaien\\s+op|is\\s+uitgerust\\s+met|zijn\\s+uitgerust\\s+met|uses|use|operates|operate|runs|run\\s+on|has|have|owns|own|utilise|utilisons|utilisent|dispose\\s+de|disposons\\s+de|possède|possédons|exploite|dispose|disposent|disposons|est\\s+équipée?\\s+de|sont\\s+équipée?s\\s+de)(?!\\s+(?:\\p{L}+\\s+){0,2}(?:gekozen|beslist|besloten|geopteerd|bepaald|vastgelegd|decided|chosen|opted|selected|choisi|décidé|opté))';

// What an existing installation is, does or has: "De bestaande sporthal heeft ...", "nos serveurs actuels tournent sous ...".
const DESCRIBING_VERBS =
  '(?:heeft|hebben|is|zijn|draait\\s+op|draaien\\s+op|werkt\\s+met|werken\\s+met|wordt\\s+beheerd\\s+met|worden\\s+beheerd\\s+met|is\\s+uitgerust\\s+met|zijn\\s+uitgerust\\s+met|bestaat\\s+uit|has|have|is|are|runs\\s+on|run\\s+on|consists\\s+of|is\\s+equipped\\s+with|are\\s+equipped\\s+with|a|ont|est|sont|tourne(?:nt)?\\s+sous|fonctionne(?:nt)?\\s+(?:sous|avec)|est\\s+équipée?\\s+de|sont\\s+équipée?s\\s+de)';

// English "current" only as an adjective of ownership, not the electric current ("the rated current is 16 A").
const EXISTING_WORDS = '(?:bestaande?|huidige?|existing|(?:our|its|their|the)\\s+current(?!\\s+(?:is|of|draw|rating)\\b)|existante?s?|actuel(?:le)?s?)';

// A clause that asks for something, buys something new, or states a choice or a future use: not a
// description of what the authority has.
const prescribing = withUnicodeBoundaries(
  /\b(?:moet|moeten|dient|dienen|zal|zullen|vereist|verplicht|nieuwe?|te\s+leveren|geleverd\w*|vervang\w*|nodig|wenst|wensen|wil|voorkeur|gekozen|beslist|besloten|geopteerd|voortaan|toekomst|shall|must|required|requires|new|supplied|to\s+be\s+(?:supplied|delivered)|replac\w*|needs?|wish(?:es)?|wants?|prefer\w*|decided|chosen|opted|selected|will|future|henceforth|doit|doivent|exigée?s?|nouve(?:au|aux|lle|lles)|à\s+fournir|fourni(?:e|s|es)?|remplac\w*|besoin|souhaite\w*|veut|préf[éè]r\w*|choisi|décidé|opté|désormais|avenir)\b/iu,
);

const AUTHORITY_HEAD_STOP = new Set(['EUR', 'BTW', 'TVA', 'VAT', 'CPV', 'NUTS', 'UEA', 'ESPD', 'DUME', 'EU', 'EN', 'ISO', 'NV', 'BV', 'SA', 'VZW', 'ASBL']);

/** The authority's own acronyms, from the document's head: "Intercommunale X (IWDS)", "Opdrachtgever: IWDS". */
export function authorityAcronyms(headTexts: string[]): string[] {
  const out = new Set<string>();
  for (const text of headTexts) {
    for (const m of text.matchAll(/\(([A-Z][A-Za-z]{1,7})\)/g)) if (/^[A-Z]{2,}[a-z]?[A-Z]*$/.test(m[1]!)) out.add(m[1]!);
    const role = /\b(?:opdrachtgever|aanbestedende\s+(?:overheid|dienst|entiteit)|bouwheer|pouvoir\s+adjudicateur|maître\s+de\s+l['’]ouvrage|contracting\s+authority|buyer)\s*:\s*([A-Z][A-Z0-9-]{1,7})\b/iu.exec(text);
    if (role && /^[A-Z][A-Z0-9-]+$/.test(role[1]!)) out.add(role[1]!);
  }
  return [...out].filter((a) => !AUTHORITY_HEAD_STOP.has(a)).sort();
}

export interface OwnershipCues {
  /** The clause (between semicolons) holding the brand describes equipment the authority owns or uses. */
  describesOwned(sentence: string, brandStart: number): boolean;
  /** A paragraph that asks for compatibility with what the authority has and says why. */
  requiresCompatibilityWithExisting(paragraph: string): boolean;
}

/** Ownership cues for one document, knowing the authority's own acronyms. */
export function ownershipCues(acronyms: string[]): OwnershipCues {
  const escaped = acronyms.map((a) => a.replace(/[-]/g, '\\-'));
  const authority = AUTHORITY_WORDS;
  const authorityUses = withUnicodeBoundaries(new RegExp(`\\b${authority}\\b[^.;]{0,60}?\\b${OWNING_VERBS}\\b`, 'iu'));
  const acronymUses = escaped.length ? withUnicodeBoundaries(new RegExp(`\\b(?:${escaped.join('|')})\\b[^.;]{0,60}?\\b${OWNING_VERBS}\\b`, 'iu')) : null;
  const existingHas = withUnicodeBoundaries(new RegExp(`\\b${EXISTING_WORDS}\\b[^.;]{0,60}?\\b${DESCRIBING_VERBS}\\b`, 'iu'));
  const relative = withUnicodeBoundaries(
    new RegExp(`\\b(?:dat|die|waarover|that|which|que|qu['’]|dont)\\s+(?:(?:de|het|la|le|les|the)\\s+|l['’])?(?:${authority}${escaped.length ? `|${escaped.join('|')}` : ''})\\b[^.;]{0,60}?\\b${OWNING_VERBS}\\b`, 'iu'),
  );
  // Acronyms count only as written in capitals ("IWDS", not the word "iwds").
  const acronymSet = new Set(acronyms);
  const byAcronym = (text: string) => {
    if (!acronymUses) return false;
    const m = acronymUses.exec(text);
    return m !== null && acronymSet.has(/^[\p{L}\p{N}-]+/u.exec(m[0])![0]);
  };
  const ownedByAuthority = (text: string) => authorityUses.test(text) || byAcronym(text);
  // Ownership by a possessive next to what must stay compatible: "compatibel met het systeem Siemens
  // Desigo van de gemeente", "compatible avec la GTC de la commune", "with the Council's BMS", "met onze ...".
  const possessive = `(?:\\b(?:van\\s+(?:de|het)|de\\s+la|du|de\\s+l['’]|of\\s+the)\\s+${authority}\\b|\\b(?:council|authority|agency|department|ministry|city|municipality|board|trust|port|hospital|school|university|college)['’]s\\b|\\b(?:onze|ons|our|notre|nos)\\s)`;
  const compatibilityOfPossessed = withUnicodeBoundaries(new RegExp(`${COMPATIBILITY_SOURCE}[^.;]{0,100}?${possessive}|${possessive}[^.;]{0,100}?${COMPATIBILITY_SOURCE}`, 'iu'));

  return {
    describesOwned(sentence, brandStart) {
      if (owned.test(sentence)) return true;
      const from = sentence.lastIndexOf(';', brandStart) + 1;
      const semi = sentence.indexOf(';', brandStart);
      const clause = sentence.slice(from, semi < 0 ? sentence.length : semi);
      const at = brandStart - from;
      // "... van het merk Hach dat IWDS op al haar pompstations gebruikt": owned, whatever the clause asks.
      const rel = relative.exec(clause);
      if (rel && rel.index >= at) return true;
      if (prescribing.test(clause)) return false;
      if (ownedByAuthority(clause)) return true;
      const has = existingHas.exec(clause);
      return has !== null && has.index + has[0].length <= at;
    },
    requiresCompatibilityWithExisting(paragraph) {
      // The cheap tests first: compatibility and a reason, then whose the system is.
      if (!(compatibility.test(paragraph) || workWith.test(paragraph)) || !(owned.test(paragraph) || reason.test(paragraph))) return false;
      return existing.test(paragraph) || ownedByAuthority(paragraph) || compatibilityOfPossessed.test(paragraph);
    },
  };
}

// "moet met die omgeving werken", "work with these systems", "travailler avec cet environnement".
const workWith = withUnicodeBoundaries(
  /\b(?:met\s+(?:die|deze|dat|dit)\s+(?:\p{L}+\s+)?(?:werken|werkt|samenwerken)|(?:werken|werkt|work|works|working|travailler|travaille)\s+(?:met|with|avec)\s+(?:die|deze|dat|dit|that|this|these|those|cette|ces|cet|ce|het\s+bestaande|the\s+existing|l['’]environnement\s+existant))\b/iu,
);
const reason = withUnicodeBoundaries(/\b(?:om|omdat|daarom|zodat|want|gelet\s+op|afin|car|parce|because|since|so\s+that|to\s+(?:keep|ensure|allow|avoid))\b/iu);

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
