/** Sentence splitting for Dutch, French and English specification prose. */

export interface Sentence {
  /** Offsets in the block's text; end exclusive. */
  start: number;
  end: number;
  text: string;
}

// Abbreviations that end with a period but do not end a sentence (lower-cased, without the final period).
const abbreviations = new Set(
  (
    'art arts nr nrs nos no bv b.v bijv o.a e.a m.a.w d.w.z i.p.v m.b.t t.a.v t.o.v incl excl min max ca resp evt ev enz etc ' +
    'vb zgn z.g.n cf vgl blz p pp al par hfdst hoofdst afd dhr mevr mr mw st prof dr ir ing lic ' +
    'e.g i.e vs approx fig no cat kl bijl reg k.b kb b.s bs m.b o.l.v n.v.t p.m tel fax ' +
    'mme mlle m c.-à-d cf env ex réf éd ann'
  ).split(/\s+/),
);

const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

const wordChar = /^[\p{L}.\-]$/u;
/** wordChar on text[start..end), decided without a regular expression for ASCII (most of a specification). */
function isWordChar(text: string, start: number, end: number, code: number): boolean {
  if (end - start === 1 && code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46 || code === 45;
  return wordChar.test(text.slice(start, end));
}

/**
 * The run of letters, periods and hyphens that ends at `end`, looking back at most 12 code units:
 * what `/([\p{L}.\-]+)$/u` finds in `text.slice(end - 12, end)`, without trying every start (that
 * regular expression was the costliest step of splitting a long specification).
 */
function wordBefore(text: string, end: number): string | null {
  const from = Math.max(0, end - 12);
  let p = end;
  while (p > from) {
    const low = text.charCodeAt(p - 1);
    // A surrogate pair inside the window is one code point, as the `u` flag reads it.
    const pair = low >= 0xdc00 && low <= 0xdfff && p - 2 >= from && text.charCodeAt(p - 2) >= 0xd800 && text.charCodeAt(p - 2) <= 0xdbff;
    const width = pair ? 2 : 1;
    if (!isWordChar(text, p - width, p, low)) break;
    p -= width;
  }
  return p < end ? text.slice(p, end) : null;
}

// `\s` of a regular expression, without running one per character (this loop ran for every
// character of a specification, most of it before the JIT had compiled it).
const SPACE = /\s/;
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i]!);
}

// Characters that can end a sentence or a line; the text between them is skipped in one search.
const MARK = /[\n.!?;]/g;
// Closing quotes and brackets after the mark, and what may open the next sentence besides a capital.
const CLOSING = /["'”’)\]»]/;
const OPENING = /[\d"'“‘(«\[•\-–]/;

/**
 * Splits text into sentences at `.`, `!`, `?`, `;` followed by space and a capital, digit, quote
 * or bracket, and at line breaks. Periods inside numbers, dates and known abbreviations do not split.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text, s)) s++;
    while (e > s && isSpace(text, e - 1)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  const n = text.length;
  // Nothing in the loop calls out, so the shared pattern's lastIndex is this call's own.
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) {
    const i = m.index;
    const ch = text[i]!;
    if (ch === '\n') {
      push(i + 1);
      continue;
    }
    // Consume closing quotes and brackets after the mark.
    let j = i + 1;
    while (j < n && CLOSING.test(text[j]!)) j++;
    if (j >= n) continue;
    if (!isSpace(text, j)) continue;
    let k = j;
    while (k < n && isSpace(text, k) && text[k] !== '\n') k++;
    if (k >= n) continue;
    const next = text[k]!;
    if (ch === '.') {
      const word = wordBefore(text, i);
      if (word && abbreviations.has(word.toLowerCase())) continue;
    }
    if (ch === ';' || isUpper(next) || OPENING.test(next)) push(j);
  }
  push(n);
  return out;
}

// The sentences of a block, shared by the readers of one lint (the facts' scan, the equivalence
// clauses, the segments); kept with the text they were split from.
const byBlock = new WeakMap<object, { text: string; sentences: Sentence[] }>();

/** splitSentences of a block's text, split once per block. Callers must not change the array. */
export function sentencesOf(block: { text: string }): Sentence[] {
  const cached = byBlock.get(block);
  if (cached && cached.text === block.text) return cached.sentences;
  const sentences = splitSentences(block.text);
  byBlock.set(block, { text: block.text, sentences });
  return sentences;
}

/** The sentence that holds the offset, or undefined. */
export function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  for (const s of sentences) if (offset >= s.start && offset < s.end) return s;
  return undefined;
}
