/**
 * Finds the words that name a brand, trade name, model or specific origin in a sentence: names of
 * the gazetteer, names marked ® or ™, and names introduced by "merk", "fabrikaat", "type", "model",
 * "marque", "brand", ... Generic classes ("type II", "type 2", "type B", "type soepele rotswol")
 * and labels or certification marks (FSC®, BENOR) are not references.
 */
import { escapeRegExp, withUnicodeBoundaries } from '@tenderlint/core';
import { BRANDS, NOT_BRANDS, NOT_NAMES } from '../data/brands.js';

// Patterns of the helpers below, compiled once.
const NAME_CHAR = withUnicodeBoundaries(/[\p{L}\p{N}_]/u);
const CAMEL = withUnicodeBoundaries(/^\p{Lu}\p{Ll}+\p{Lu}/u);
const LOWER_CAMEL = withUnicodeBoundaries(/^\p{Ll}+\p{Lu}/u);
const ALL_CAPS = withUnicodeBoundaries(/^\p{Lu}[\p{Lu}\p{N}-]{2,}$/u);
const FOUR_CAPITALS = withUnicodeBoundaries(/\p{Lu}.*\p{Lu}.*\p{Lu}.*\p{Lu}/u);
const MODEL_CODE = withUnicodeBoundaries(/^(?=.*\p{L}.*\p{L})(?=.*\d.*\d)[\p{L}\p{N}-]{5,}$/u);
const UPPER_START = withUnicodeBoundaries(/^\p{Lu}/u);
const NEXT_WORD = withUnicodeBoundaries(/^[®™]?[ \t\u00a0]+([\p{L}\p{N}][\p{L}\p{N}-]*)/u);
const WORD_BEFORE_SYMBOL = withUnicodeBoundaries(/([\p{L}\p{N}][\p{L}\p{N}+.-]*)\s?$/u);

export interface BrandReference {
  start: number;
  end: number;
  /** The words as written. */
  text: string;
}

const plainNames: string[] = [];
const modelNames: string[] = [];
for (const b of BRANDS) {
  (b.needsModel ? modelNames : plainNames).push(b.name);
  if (!b.needsModel && b.name.length >= 4 && b.name.toUpperCase() !== b.name) plainNames.push(b.name.toUpperCase());
}
const knownNames = new Set([...plainNames, ...modelNames]);

// Names by their first word, longest first, so that one pass over the words finds them all.
const byFirstWord = new Map<string, { name: string; needsModel: boolean }[]>();
for (const [names, needsModel] of [
  [plainNames, false],
  [modelNames, true],
] as const) {
  for (const name of names) {
    const first = /^[^\s]+/u.exec(name)![0];
    const list = byFirstWord.get(first) ?? [];
    list.push({ name, needsModel });
    byFirstWord.set(first, list);
  }
}
for (const list of byFirstWord.values()) list.sort((a, b) => b.name.length - a.name.length);

const isNameChar = (ch: string | undefined) => ch !== undefined && NAME_CHAR.test(ch);

// The words of a text are runs of [\p{L}\p{N}&-] that start with a letter or digit (Latin letters,
// as NAME_CHAR). Only words that start with a first word of the gazetteer can name one, so one scan
// for those first words finds the candidates, and each is then read as a whole word.
const WORD_START = /[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ0-9]/;
const wordAt = /[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ0-9][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ0-9&-]*/y;
// Not grouped by first letters (factored): most start with a capital, which V8 already skips on.
const firstWords = new RegExp([...byFirstWord.keys()].map(escapeRegExp).join('|'), 'g');

/** Whether a word starts at `index`: a letter or digit not joined to an earlier one by & or -. */
function wordStartsAt(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === '&' || text[i] === '-')) i--;
  return i < 0 || !WORD_START.test(text[i]!);
}

/** Gazetteer names in the text: [start, end, needsModel]. */
export function findKnownNames(text: string): [number, number, boolean][] {
  const out: [number, number, boolean][] = [];
  firstWords.lastIndex = 0;
  for (let c = firstWords.exec(text); c; c = firstWords.exec(text)) {
    const index = c.index;
    if (!wordStartsAt(text, index)) {
      firstWords.lastIndex = index + 1;
      continue;
    }
    wordAt.lastIndex = index;
    const word = wordAt.exec(text)![0];
    firstWords.lastIndex = index + word.length;
    // Hyphenated words ("SikaGrout-312") are looked up by their first part too.
    let list = byFirstWord.get(word);
    if (!list) {
      const dash = word.indexOf('-');
      if (dash < 0) continue;
      list = byFirstWord.get(word.slice(0, dash));
      if (!list) continue;
    }
    const prev = text[index - 1];
    if (prev === '@' || prev === '/' || prev === '.') continue;
    const hit = list.find((e) => text.startsWith(e.name, index) && !isNameChar(text[index + e.name.length]) && !/^\.[a-z]/.test(text.slice(index + e.name.length, index + e.name.length + 2)));
    if (hit) out.push([index, index + hit.name.length, hit.needsModel]);
  }
  firstWords.lastIndex = 0;
  return out;
}

const symbolPattern = /[®™]|\((?:R|TM)\)(?!\w)/gu;

// Cue words after which any proper name is a trade name ("merk: Sigma", "Voorkeursmerk Eribel",
// "fabricaat Velopa": the Flemish spelling, "fabrikaten/fabricaten" in the plural).
// The start of the word is checked in code: a pattern that opens with a literal is much faster.
const strongCue =
  /(?:^\s*(?:fabrikant|fabricant|manufacturer|producent|producteur)\s*:|referentieproduct(?:en)?|referentietype|produits?\s+de\s+référence|reference\s+products?|voorkeursmerk(?:en)?|referentiemerk(?:en)?|merk(?:en|naam)?|fabri[kc]a(?:at|ten)|handelsnaam|marques?|nom\s+commercial|brand\s+name|(?:the|a|of)\s+brand|brand:|trade\s+name|make:)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ-])\s*:?\s*/gi;
// Cue words after which only a name shaped like a trade name counts ("type GERFLOR", "modèle PantoSwing").
const weakCue =
  /(?:type|types|model|modèle|modele|reeks|gamma|gamme|série|range)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ-])\s*:?\s*|(?:fabrikant|fabricant|manufacturer)\s+/gi;
const startsWord = (text: string, index: number) => index === 0 || !/[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ-]/.test(text[index - 1]!);

const tokenPattern = withUnicodeBoundaries(/[\p{L}\p{N}][\p{L}\p{N}&+'’-]*(?:\.\d+)?[®™]?/uy);

const isRoman = (w: string) => /^[IVXLC]+$/.test(w);
const isCamel = (w: string) => CAMEL.test(w) || LOWER_CAMEL.test(w);
// Codes of three or four capitals (XVB cable, HEA profile, PVC) are classes; a name in capitals is longer.
const isAllCaps = (w: string) => w.length >= 5 && ALL_CAPS.test(w) && FOUR_CAPITALS.test(w);
const isModelCode = (w: string) => MODEL_CODE.test(w) && !/^(?:EN|ISO|NBN|EI|RF|IP|DIN|NF|IEC|REI|RAL|NCS)/u.test(w);
const clean = (w: string) => w.replace(/[®™]$/u, '');
// A hyphenated name in title case ("Stand-Up", "Bike-Port", "Euro-Rack"), not a place ("Oost-Vlaams", "Saint-Gilles").
const TITLE_HYPHENATED = withUnicodeBoundaries(/^\p{Lu}\p{Ll}+(?:-\p{Lu}[\p{L}\p{N}]*)+$/u);
const PLACE_PART = /^(?:Noord|Zuid|Oost|West|Midden|Sint|Nord|Sud|Est|Ouest|Saint|Sainte|North|South|East)-/;
const isHyphenatedName = (w: string) => w.includes('-') && TITLE_HYPHENATED.test(w) && !PLACE_PART.test(w);

/** A word shaped like a trade name rather than a class, a material or an ordinary word. */
function looksLikeTradeName(word: string): boolean {
  const w = clean(word);
  if (NOT_NAMES.has(w) || NOT_BRANDS.has(w) || isRoman(w)) return false;
  if (w.includes('-') && w.split('-').some((part) => NOT_NAMES.has(part))) return false;
  if (knownNames.has(w)) return true;
  return isCamel(w) || isAllCaps(w) || isModelCode(w) || isHyphenatedName(w);
}

/** A proper name after a strong cue: capitalised, not an article or instruction. */
function looksLikeName(word: string): boolean {
  const w = clean(word);
  if (NOT_NAMES.has(w) || NOT_BRANDS.has(w) || isRoman(w)) return false;
  if (/^\d/.test(w)) return false;
  return UPPER_START.test(w) || isCamel(w);
}

/** Product words that follow a name: capitalised words, codes and numbers, at most four. */
function extendProduct(text: string, end: number): number {
  let pos = end;
  for (let n = 0; n < 4; n++) {
    const space = /^[ \t\u00a0]?[®™]?[ \t\u00a0]*/u.exec(text.slice(pos))!;
    tokenPattern.lastIndex = pos + space[0].length;
    const m = tokenPattern.exec(text);
    if (!m) break;
    const w = clean(m[0]);
    if (!(UPPER_START.test(w) || /\d/.test(w)) || NOT_NAMES.has(w) || NOT_BRANDS.has(w)) break;
    pos = m.index + m[0].length;
  }
  const sym = /^\s?[®™]/u.exec(text.slice(pos));
  return sym ? pos + sym[0].length : pos;
}

// Names that are also common words ("Office Manager", "Word Document"): only a number, a known
// product or a code-like name after them makes them a product.
const STRICT_MODEL = new Set('Windows|Office|Word|Excel|Outlook|Android|iOS|SAP|Core|Surface|Galaxy|Interface|Atlantic|Rational|Thorn|Regent|Mini|Toro|Atlas|Poly|Sharp|Brother|Apple'.split('|'));

/** Whether a model designation follows at `pos` (for names that count only with one). */
function modelFollows(text: string, pos: number, name: string): boolean {
  const m = NEXT_WORD.exec(text.slice(pos));
  if (!m) return false;
  const w = m[1]!;
  if (NOT_NAMES.has(w)) return false;
  if (/\d/.test(w) || knownNames.has(w) || isCamel(w) || isAllCaps(w)) return true;
  return !STRICT_MODEL.has(name) && UPPER_START.test(w);
}

// A name in title case after "type/model/modèle/reeks" ("Safeline", "Zenith", "Atlas"), not a class word that
// numbers a kind ("type Klasse 3", "modèle Euro 6000") nor a document ("Type Bestek 104", "type Lastenboek 250").
const TITLE_WORD = withUnicodeBoundaries(/^\p{Lu}\p{Ll}{2,}$/u);
const CLASS_WORDS = new Set(
  'Klasse|Classe|Class|Categorie|Catégorie|Category|Niveau|Level|Norm|Norme|Standard|Euro|Type|Model|Modèle|Serie|Série|Series|Reeks|Groep|Groupe|Group|Zone|Fase|Phase|Stage|Tier|Grade|Graad|Lot|Lots|Perceel|Bijlage|Annexe|Annex|Artikel|Article|Post|Poste|Item|Figuur|Figure|Tabel|Tableau|Table|Plan|Versie|Version|Editie|Édition|Edition|Nummer|Numéro|Number|Code|Formaat|Format|Maat|Taille|Size|Afmeting|Dimension|Volume|Vermogen|Puissance|Power|Capaciteit|Capacité|Capacity|Blok|Bloc|Block|Module|Kabel|Câble|Cable|Profiel|Profil|Profile|Bestek|Typebestek|Standaardbestek|Lastenboek|Cahier|Omzendbrief|Circulaire|Decreet|Décret|Wet|Loi|Law|Richtlijn|Directive|Reglement|Règlement|Regulation|Hoofdstuk|Chapitre|Chapter|Deel|Partie|Part|Paragraaf|Section|Afdeling|Rubriek|Rubrique'.split('|'),
);
// A model code: letters and digits together ("MX3+", "LX-200", "X8"), or a number of three digits or more ("3000"), not a year.
const MODEL_DESIGNATION = withUnicodeBoundaries(/^(?:(?=[\p{L}\p{N}+-]*\p{L})(?=[\p{L}\p{N}+-]*\d)[\p{L}\p{N}]{1,}(?:[-+][\p{L}\p{N}]*)*\+?|\d{3,}(?:[-+][\p{L}\p{N}]*)?)$/u);
const YEAR = /^(?:19|20)\d\d$/;
const UNIT = /^(?:mm|cm|dm|m|km|m²|m³|kg|g|t|l|W|kW|V|A|N|kN|Pa|kPa|MPa|°|lm|lux|lx|K|Hz|dB|uur|heures?|hours?|stuks?|pi[eè]ces?|pieces?|jaar|ans?|years?)$/u;

/** Whether a title-case name is followed by a model code: "Safeline MX3+", "Zenith LX-200", "Atlas 3000". */
function namedModel(text: string, name: string, pos: number): boolean {
  const w = clean(name);
  if (!TITLE_WORD.test(w) || NOT_NAMES.has(w) || NOT_BRANDS.has(w) || CLASS_WORDS.has(w)) return false;
  const m = /^[ \t\u00a0]+([\p{L}\p{N}][\p{L}\p{N}+-]*)(?:[ \t\u00a0]*(\p{L}+|°))?/u.exec(text.slice(pos, pos + 40));
  if (!m) return false;
  const code = m[1]!.replace(/-+$/u, '');
  if (code.length < 3 || !MODEL_DESIGNATION.test(code) || YEAR.test(code) || /^(?:EN|ISO|NBN|DIN|NF|IEC|IP|RAL|NCS|CE)\b/u.test(code)) return false;
  // A bare number is a quantity or a property, not a model, when it opens with 0 ("Rotswol 035") or a unit follows ("3000 mm").
  if (/^\d+$/u.test(code) && (code.startsWith('0') || (m[2] !== undefined && UNIT.test(m[2])))) return false;
  return true;
}

/** Whether the text before `start` names a label or certification mark ("ENERGY STAR", "FSC"). */
function endsWithNonBrand(before: string): boolean {
  const words = before.split(/[^\p{L}\p{N}-]+/u).filter(Boolean).slice(-3);
  if (!words.length) return false;
  // "ENERGY STAR®", "Wi-Fi CERTIFIED™", "TCO Certified™": a label name among the last words.
  for (let k = 1; k <= words.length; k++) if (NOT_BRANDS.has(words.slice(-k).join(' '))) return true;
  return words.some((w) => NOT_BRANDS.has(w) || NOT_BRANDS.has(w.split('-')[0]!));
}

export function findBrandReferences(text: string): BrandReference[] {
  const found: BrandReference[] = [];
  const add = (start: number, end: number) => found.push({ start, end, text: text.slice(start, end) });

  for (const [start, end, needsModel] of findKnownNames(text)) {
    if (!needsModel || modelFollows(text, end, text.slice(start, end))) add(start, extendProduct(text, end));
  }
  for (const m of text.matchAll(symbolPattern)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const word = WORD_BEFORE_SYMBOL.exec(before);
    if (!word || endsWithNonBrand(before)) continue;
    const start = m.index - word[0].length;
    add(start, extendProduct(text, m.index + m[0].length));
  }
  if (PRODUCT_NOUN_HINT.test(text)) findLicensedProducts(text, add);
  if (!cueWords.test(text)) return merge(text, found);
  // In text written in capitals ("SCHRIJNWERK TYPE SCHUIFRAAM") capitals do not mark a name.
  const letters = text.replace(/[^A-Za-zÀ-ÖØ-öø-ÿ]/g, '');
  const shouting = letters.length > 8 && letters.replace(/[^A-ZÀ-ÖØ-Þ]/g, '').length / letters.length > 0.6;
  const shoutedName = (w: string) => looksLikeTradeName(w) && (knownNames.has(clean(w)) || isModelCode(clean(w)));
  for (const [cue, normal] of [
    [strongCue, looksLikeName],
    [weakCue, looksLikeTradeName],
  ] as const) {
    cue.lastIndex = 0;
    for (const m of text.matchAll(cue)) {
      if (!startsWord(text, m.index)) continue;
      const accept = shouting && m[0].trim() === m[0].trim().toUpperCase() ? shoutedName : normal;
      const after = m.index + m[0].length;
      tokenPattern.lastIndex = after;
      const t = tokenPattern.exec(text);
      if (!t || t.index !== after) continue;
      // "type Safeline MX3+", "modèle Zenith LX-200", "model Atlas 3000": an ordinary-looking name with a model code after it.
      if (!accept(t[0]) && !(cue === weakCue && namedModel(text, t[0], after + t[0].length))) continue;
      add(m.index, extendProduct(text, after + t[0].length));
    }
  }
  return merge(text, found);
}

// What is delivered as a licence, software or subscription: the trade name before or after it is the product.
const PRODUCT_NOUN_HINT = /licen[ct]|software|abonnement|subscription/i;
const PRODUCT_NOUN = withUnicodeBoundaries(/(?<![\p{L}\p{N}])(?:licenties?|licentierechten|gebruikerslicenties?|licences?|licenses?|software|abonnement(?:en|s)?|subscriptions?)(?![\p{L}\p{N}])/giu);
const NOUN_THEN_NAME = withUnicodeBoundaries(/^[ \t\u00a0]+(?:(?:voor|van|op|for|of|to|pour|de|d['’])[ \t\u00a0]*)?(?=[\p{L}\p{N}])/iu);
const WORD = withUnicodeBoundaries(/[\p{L}\p{N}][\p{L}\p{N}+&]*/gu);
// CamelCase words that are no product: the Belgian identity card and interface names.
const NOT_PRODUCTS = new Set(['eID', 'eHealth', 'eBox', 'eTendering', 'ePortal']);

/** A word shaped like a product name, not a class or an acronym: "PaperCut", "LibreOffice", "XR500". */
function productShaped(word: string): boolean {
  const w = clean(word);
  if (NOT_NAMES.has(w) || NOT_BRANDS.has(w) || NOT_PRODUCTS.has(w) || isRoman(w)) return false;
  return isCamel(w) || isModelCode(w);
}

/**
 * A product-shaped trade name used as what is delivered: "PaperCut MF-licenties", "Moodle Workplace
 * (de leverancier) ...", "licences PaperCut MF", "subscriptions to SurveyMonkey Enterprise". Capitals
 * and codes right before the licence word belong to the name ("PaperCut MF").
 */
function findLicensedProducts(text: string, add: (start: number, end: number) => void): void {
  PRODUCT_NOUN.lastIndex = 0;
  for (const m of text.matchAll(PRODUCT_NOUN)) {
    // Name first: "PaperCut MF-licenties", "ArcGIS Pro licences".
    const from = Math.max(0, m.index - 60);
    const words = [...text.slice(from, m.index).matchAll(WORD)].map((w) => ({ start: from + w.index, end: from + w.index + w[0].length, text: w[0] }));
    let start = -1;
    let end = -1;
    for (let k = words.length - 1, next = m.index; k >= 0 && k >= words.length - 4; k--) {
      const w = words[k]!;
      // Words of one name follow each other with one space or hyphen between them.
      if (!/^[ \t\u00a0-]?$/u.test(text.slice(w.end, next))) break;
      if (productShaped(w.text)) {
        start = w.start;
        if (end < 0) end = words[words.length - 1]!.end;
      } else if (!(UPPER_START.test(w.text) || /\d/.test(w.text)) || NOT_NAMES.has(w.text) || NOT_BRANDS.has(w.text)) break;
      next = w.start;
    }
    if (start >= 0) {
      add(start, end);
      continue;
    }
    // Name after: "licenties voor PaperCut MF", "licences for ArcGIS Pro".
    const after = NOUN_THEN_NAME.exec(text.slice(m.index + m[0].length));
    if (!after) continue;
    const at = m.index + m[0].length + after[0].length;
    tokenPattern.lastIndex = at;
    const t = tokenPattern.exec(text);
    if (t && t.index === at && productShaped(t[0])) add(at, extendProduct(text, at + t[0].length));
  }
}

// A cheap test before the cue patterns run.
const cueWords = /merk|fabri|produ|référence|reference|referentie|typ|mod[eè]l|marque|brand|make|handelsnaam|reeks|gamma|gamme|série|range|nom commercial|trade/i;

/** Overlapping finds are one reference. */
function merge(text: string, found: BrandReference[]): BrandReference[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: BrandReference[] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r.start < last.end) {
      if (r.end > last.end) merged[merged.length - 1] = { start: last.start, end: r.end, text: text.slice(last.start, r.end) };
    } else merged.push(r);
  }
  return merged;
}

const SYMBOL = /[®™]|\((?:R|TM)\)/;
// What mayHoldBrand looks for before the gazetteer, and, as one pattern, the rule's block prefilter.
const BLOCK_CUES = [SYMBOL, cueWords, PRODUCT_NOUN_HINT];

/** A cheap test on a whole block before it is split into sentences. */
export function mayHoldBrand(text: string): boolean {
  return BLOCK_CUES.some((re) => re.test(text)) || hasKnownName(text);
}

/** Whether a gazetteer name occurs in the text. */
export function hasKnownName(text: string): boolean {
  return findKnownNames(text).length > 0;
}

/** Matches wherever mayHoldBrand's cues do (and a little more: "(tm)"), case ignored. */
export const BRAND_CUE_SOURCE = BLOCK_CUES.map((re) => re.source).join('|');
