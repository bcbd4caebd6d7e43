/**
 * Finds the words that name a brand, trade name, model or specific origin in a sentence: names of
 * the gazetteer, names marked ® or ™, and names introduced by "merk", "fabrikaat", "type", "model",
 * "marque", "brand", ... Generic classes ("type II", "type 2", "type B", "type soepele rotswol")
 * and labels or certification marks (FSC®, BENOR) are not references.
 */
import { BRANDS, NOT_BRANDS, NOT_NAMES } from '../data/brands.js';

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

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}&-]*/gu;
const isNameChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);

/** Gazetteer names in the text: [start, end, needsModel]. */
function findKnownNames(text: string): [number, number, boolean][] {
  const out: [number, number, boolean][] = [];
  wordPattern.lastIndex = 0;
  for (const m of text.matchAll(wordPattern)) {
    const prev = text[m.index - 1];
    if (prev !== undefined && /[@/.]/u.test(prev)) continue;
    // Hyphenated words ("SikaGrout-312") are looked up by their first part too.
    const candidates = [m[0], m[0].split('-')[0]!];
    for (const word of candidates) {
      const list = byFirstWord.get(word);
      if (!list) continue;
      const hit = list.find((e) => text.startsWith(e.name, m.index) && !isNameChar(text[m.index + e.name.length]) && !/^\.[a-z]/u.test(text.slice(m.index + e.name.length, m.index + e.name.length + 2)));
      if (hit) {
        out.push([m.index, m.index + hit.name.length, hit.needsModel]);
        break;
      }
    }
  }
  return out;
}

const symbolPattern = /[®™]|\((?:R|TM)\)(?!\w)/gu;

// Cue words after which any proper name is a trade name ("merk: Sigma", "Voorkeursmerk Eribel").
const strongCue =
  /(?<![\p{L}-])(?:voorkeursmerk(?:en)?|referentiemerk(?:en)?|merk(?:en|naam)?|fabrikaat|handelsnaam|marques?|nom\s+commercial|brand\s+name|(?:the|a|of)\s+brand|brand:|trade\s+name|make:)(?![\p{L}-])\s*:?\s*/giu;
// Cue words after which only a name shaped like a trade name counts ("type GERFLOR", "modèle PantoSwing").
const weakCue = /(?<![\p{L}-])(?:type|types|model|modèle|modele|reeks|gamma|gamme|série|range)(?![\p{L}-])\s*:?\s*|(?<![\p{L}-])(?:fabrikant|fabricant|manufacturer)\s+/giu;

const tokenPattern = /[\p{L}\p{N}][\p{L}\p{N}&+'’-]*(?:\.\d+)?[®™]?/uy;

const isRoman = (w: string) => /^[IVXLC]+$/.test(w);
const isCamel = (w: string) => /^\p{Lu}\p{Ll}+\p{Lu}/u.test(w) || /^\p{Ll}+\p{Lu}/u.test(w);
const isAllCaps = (w: string) => /^\p{Lu}[\p{Lu}\p{N}-]{2,}$/u.test(w) && /\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(w);
const isModelCode = (w: string) => /^(?=.*\p{L}.*\p{L})(?=.*\d.*\d)[\p{L}\p{N}-]{5,}$/u.test(w) && !/^(?:EN|ISO|NBN|EI|RF|IP|DIN|NF|IEC|REI|RAL|NCS)/u.test(w);
const clean = (w: string) => w.replace(/[®™]$/u, '');

/** A word shaped like a trade name rather than a class, a material or an ordinary word. */
function looksLikeTradeName(word: string): boolean {
  const w = clean(word);
  if (NOT_NAMES.has(w) || NOT_BRANDS.has(w) || isRoman(w)) return false;
  if (knownNames.has(w)) return true;
  return isCamel(w) || isAllCaps(w) || isModelCode(w);
}

/** A proper name after a strong cue: capitalised, not an article or instruction. */
function looksLikeName(word: string): boolean {
  const w = clean(word);
  if (NOT_NAMES.has(w) || NOT_BRANDS.has(w) || isRoman(w)) return false;
  if (/^\d/.test(w)) return false;
  return /^\p{Lu}/u.test(w) || isCamel(w);
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
    if (!(/^\p{Lu}/u.test(w) || /\d/.test(w)) || NOT_NAMES.has(w) || NOT_BRANDS.has(w)) break;
    pos = m.index + m[0].length;
  }
  const sym = /^\s?[®™]/u.exec(text.slice(pos));
  return sym ? pos + sym[0].length : pos;
}

/** Whether a name follows at `pos` (for names that count only with a model designation). */
function modelFollows(text: string, pos: number): boolean {
  const m = /^[®™]?[ \t\u00a0]+([\p{L}\p{N}][\p{L}\p{N}-]*)/u.exec(text.slice(pos));
  if (!m) return false;
  const w = m[1]!;
  if (NOT_NAMES.has(w)) return false;
  return /\d/.test(w) || /^\p{Lu}/u.test(w) || knownNames.has(w);
}

/** Whether the text before `start` names a label or certification mark ("ENERGY STAR", "FSC"). */
function endsWithNonBrand(before: string): boolean {
  const m = /([\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?)\s*$/u.exec(before);
  if (!m) return false;
  const words = m[1]!.split(/\s+/);
  return NOT_BRANDS.has(m[1]!) || NOT_BRANDS.has(words[words.length - 1]!);
}

export function findBrandReferences(text: string): BrandReference[] {
  const found: BrandReference[] = [];
  const add = (start: number, end: number) => found.push({ start, end, text: text.slice(start, end) });

  for (const [start, end, needsModel] of findKnownNames(text)) {
    if (!needsModel || modelFollows(text, end)) add(start, extendProduct(text, end));
  }
  for (const m of text.matchAll(symbolPattern)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const word = /([\p{L}\p{N}][\p{L}\p{N}+.-]*)\s?$/u.exec(before);
    if (!word || endsWithNonBrand(before)) continue;
    const start = m.index - word[0].length;
    add(start, extendProduct(text, m.index + m[0].length));
  }
  if (!cueWords.test(text)) return merge(text, found);
  for (const [cue, accept] of [
    [strongCue, looksLikeName],
    [weakCue, looksLikeTradeName],
  ] as const) {
    cue.lastIndex = 0;
    for (const m of text.matchAll(cue)) {
      const after = m.index + m[0].length;
      tokenPattern.lastIndex = after;
      const t = tokenPattern.exec(text);
      if (!t || t.index !== after || !accept(t[0])) continue;
      add(m.index, extendProduct(text, after + t[0].length));
    }
  }
  return merge(text, found);
}

// A cheap test before the cue patterns run.
const cueWords = /merk|fabri|typ|mod[eè]l|marque|brand|make|handelsnaam|reeks|gamma|gamme|série|range|nom commercial|trade/iu;

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
