/**
 * Small counts written as digits or as words in Dutch, French and English ("drie", "vijfenveertig",
 * "trente-cinq", "forty-five"): numbers of lots, references, years and days.
 */

const nlUnits = ['', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const nlTeens = ['tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
const nlTens = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];
const frUnits = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
const frTeens = ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const frTens = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'septante', 'quatre-vingt', 'nonante'];
const enUnits = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const enTeens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const enTens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function buildWords(): Map<string, number> {
  const words = new Map<string, number>();
  const add = (w: string, n: number) => {
    if (!words.has(w)) words.set(w, n);
  };
  for (let n = 1; n < 10; n++) {
    add(nlUnits[n]!, n);
    add(frUnits[n]!, n);
    add(enUnits[n]!, n);
  }
  for (let n = 0; n < 10; n++) {
    add(nlTeens[n]!, 10 + n);
    add(frTeens[n]!, 10 + n);
    add(enTeens[n]!, 10 + n);
  }
  for (let t = 2; t < 10; t++) {
    add(nlTens[t]!, t * 10);
    add(frTens[t]!, t * 10);
    add(enTens[t]!, t * 10);
    if (t === 8) add('quatre-vingts', 80);
    for (let u = 1; u < 10; u++) {
      const n = t * 10 + u;
      // Dutch writes the unit first, joined by "en" (ë after an e): vijfenveertig, tweeëntwintig.
      const nlUnit = u === 1 ? 'een' : nlUnits[u]!;
      add(`${nlUnit}${nlUnit.endsWith('e') ? 'ën' : 'en'}${nlTens[t]}`, n);
      add(`${nlUnit}en${nlTens[t]}`, n);
      add(u === 1 && t < 8 ? `${frTens[t]}-et-un` : `${frTens[t]}-${frUnits[u]}`, n);
      add(`${frTens[t]}-${frUnits[u]}`, n);
      if (u === 1 && t < 8) add(`${frTens[t]} et un`, n);
      add(`${enTens[t]}-${enUnits[u]}`, n);
      add(`${enTens[t]} ${enUnits[u]}`, n);
      // Swiss French: huitante for 80.
      if (t === 8) add(`huitante-${frUnits[u]}`, n);
      if (t === 8) add(`quatre-vingt-${frUnits[u]}`, n);
    }
  }
  add('huitante', 80);
  add('soixante et onze', 71);
  // French 70-79 and 90-99 in the France style.
  for (let u = 0; u < 10; u++) {
    add(u === 1 ? 'soixante-et-onze' : `soixante-${frTeens[u]}`, 70 + u);
    add(`quatre-vingt-${frTeens[u]}`, 90 + u);
  }
  for (const [w, n] of [
    ['één', 1], ['eén', 1], ['une', 1], ['honderd', 100], ['cent', 100], ['hundred', 100], ['a hundred', 100],
    ['honderdtwintig', 120], ['cent vingt', 120], ['cent-vingt', 120], ['honderdtachtig', 180], ['cent quatre-vingts', 180],
    ['cent quatre-vingt', 180], ['zero', 0], ['nul', 0], ['zéro', 0], ['one hundred', 100],
    ['one hundred and twenty', 120], ['hundred and twenty', 120],
  ] as const) add(w, n);
  return words;
}

const WORDS = buildWords();

/** Lower-case and unify hyphens and apostrophes so "Vijfenveertig" and "trente‑cinq" parse. */
function normalise(token: string): string {
  return token.toLowerCase().replace(/[\u2010-\u2015\u2212]/g, '-').trim();
}

/**
 * A whole count written as digits ("45") or as one number word ("vijfenveertig", "trente-cinq",
 * "forty-five"); null for anything else.
 */
export function parseCount(token: string): number | null {
  const t = normalise(token).replace(/\s+/g, ' ');
  if (/^\d{1,6}$/.test(t)) return Number(t);
  return WORDS.get(t) ?? WORDS.get(t.replace(/ /g, '-')) ?? WORDS.get(t.replace(/-/g, ' ')) ?? null;
}

/** Every number word as one alternation, longest first, hyphens and spaces interchangeable: for use inside a larger pattern. */
export const NUMBER_WORD_SOURCE = [...WORDS.keys()]
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .map((w) => w.replace(/[-\s]/g, (c) => (c === '-' ? '[-\\s]' : '\\s+')))
  .join('|');

/** Word-character class used to cut number tokens out of text (letters, digits, hyphen inside a word). */
export const COUNT_TOKEN = String.raw`(?:\d{1,4}|[\p{L}]+(?:[-\u2010\u2011][\p{L}]+){0,3})`;

/** Whether a word is a number word (so "een" counts only where a count is expected). */
export function isNumberWord(token: string): boolean {
  return WORDS.has(normalise(token));
}
