/**
 * Numbers written in words, as specifications write day counts ("binnen dertig dagen",
 * "quarante-cinq jours", "nonante jours", "sixty days"). Built from the ordinary rules of Dutch,
 * French (with the Belgian septante / huitante / nonante) and English number words, 1 to 120.
 */

const nlUnits = ['', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const nlTeens = ['tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
const nlTens = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];

const frUnits = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
const frTeens = ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const frTens = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'septante', 'huitante', 'nonante'];

const enUnits = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const enTeens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const enTens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function build(): Map<string, number> {
  const m = new Map<string, number>();
  const add = (word: string, n: number) => {
    if (!m.has(word)) m.set(word, n);
  };
  for (let u = 1; u <= 9; u++) {
    add(nlUnits[u]!, u);
    add(frUnits[u]!, u);
    add(enUnits[u]!, u);
  }
  add('één', 1);
  add('une', 1);
  for (let t = 0; t <= 9; t++) {
    add(nlTeens[t]!, 10 + t);
    add(frTeens[t]!, 10 + t);
    add(enTeens[t]!, 10 + t);
  }
  for (let t = 2; t <= 9; t++) {
    add(nlTens[t]!, t * 10);
    add(frTens[t]!, t * 10);
    add(enTens[t]!, t * 10);
    for (let u = 1; u <= 9; u++) {
      const nlUnit = u === 1 ? 'een' : nlUnits[u]!;
      // Dutch joins with "en", written "ën" after a unit ending in e (tweeëntwintig, drieëndertig).
      add(`${nlUnit}${nlUnit.endsWith('e') ? 'ën' : 'en'}${nlTens[t]}`, t * 10 + u);
      add(`${enTens[t]}-${enUnits[u]}`, t * 10 + u);
      add(`${enTens[t]} ${enUnits[u]}`, t * 10 + u);
      add(u === 1 ? `${frTens[t]} et un` : `${frTens[t]}-${frUnits[u]}`, t * 10 + u);
    }
  }
  // French of France: soixante-dix, quatre-vingt(s), quatre-vingt-dix.
  for (let u = 0; u <= 9; u++) {
    add(`soixante-${frTeens[u]}`, 70 + u);
    add(u === 0 ? 'quatre-vingts' : `quatre-vingt-${frUnits[u]}`, 80 + u);
    add(`quatre-vingt-${frTeens[u]}`, 90 + u);
  }
  add('soixante et onze', 71);
  add('quatre-vingt', 80);
  for (const w of ['honderd', 'cent', 'hundred', 'one hundred', 'a hundred']) add(w, 100);
  add('honderdtwintig', 120);
  add('cent vingt', 120);
  add('one hundred and twenty', 120);
  add('hundred and twenty', 120);
  return m;
}

/** Number words (lower case) with their value. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = build();

/** Alternation of every number word, longest first, for use inside a larger pattern. */
export const NUMBER_WORD_SOURCE = [...NUMBER_WORDS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[-\s]/g, (c) => (c === '-' ? '[-\\s]' : '\\s+')))
  .join('|');

/** The value of a number written in digits or words, or undefined. */
export function numberValue(raw: string): number | undefined {
  const t = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(t)) return Number(t);
  return NUMBER_WORDS.get(t) ?? NUMBER_WORDS.get(t.replace(/ /g, '-')) ?? NUMBER_WORDS.get(t.replace(/-/g, ' '));
}
