/**
 * V8 compiles every pattern to machine code on its first use, and a pattern with `\p{L}` and the
 * flags `iu` is costly to compile: the lot count pattern, with twelve letter classes, took 20 ms,
 * more than running it over a 225-page specification. On a text of Latin letters, digits,
 * punctuation and caseless symbols (nearly every specification), the same pattern with those
 * classes written out as their Latin ranges and without the `u` flag matches exactly the same, and
 * compiles in well under a millisecond. `latinFast` runs that copy on such texts and the original
 * pattern on any other; each is compiled only when first needed.
 *
 * The character sets were computed from V8's own matching (test/latin-fast.test.ts checks them):
 * - PLAIN: U+0000-U+024F except ſ (U+017F, which the `u` flag folds to "s"), and blocks of
 *   punctuation and symbols without letters, digits or case. On these characters the `i` flag
 *   with and without `u` treats every letter the same, and `\w`, `\b` and `.` match the same.
 * - the classes: what `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\p{N}` match of PLAIN, with and without `i`.
 */
const PLAIN = '\\u0000-\\u017e\\u0180-\\u024f\\u2000-\\u206f\\u20a0-\\u20cf\\u2190-\\u245f\\u2500-\\u2775\\u2794-\\u2bff\\u3000\\ufeff\\ufffd';
const NOT_PLAIN = new RegExp(`[^${PLAIN}]`);

const LETTERS = 'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u017e\\u0180-\\u024f';
const NUMBERS = '0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be';
// With `i`, `\p{Lu}` and `\p{Ll}` match every letter that has a case.
const CASED = 'A-Za-z\\u00b5\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u0130\\u0132-\\u0137\\u0139-\\u0148\\u014a-\\u017e\\u0180-\\u018c\\u018e-\\u01a9\\u01ac-\\u01b9\\u01bc\\u01bd\\u01bf\\u01c4-\\u01ef\\u01f1-\\u0220\\u0222-\\u0233\\u023a-\\u024f';
const CASED_LL = 'A-Za-z\\u00b5\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u012f\\u0131-\\u017e\\u0180-\\u01ba\\u01bc-\\u01bf\\u01c4-\\u024f';
const UPPER =
  'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de\\u0100\\u0102\\u0104\\u0106\\u0108\\u010a\\u010c\\u010e\\u0110\\u0112\\u0114\\u0116\\u0118\\u011a\\u011c\\u011e\\u0120\\u0122\\u0124\\u0126\\u0128\\u012a\\u012c\\u012e\\u0130\\u0132\\u0134\\u0136\\u0139\\u013b\\u013d\\u013f\\u0141\\u0143\\u0145\\u0147\\u014a\\u014c\\u014e\\u0150\\u0152\\u0154\\u0156\\u0158\\u015a\\u015c\\u015e\\u0160\\u0162\\u0164\\u0166\\u0168\\u016a\\u016c\\u016e\\u0170\\u0172\\u0174\\u0176\\u0178\\u0179\\u017b\\u017d\\u0181\\u0182\\u0184\\u0186\\u0187\\u0189-\\u018b\\u018e-\\u0191\\u0193\\u0194\\u0196-\\u0198\\u019c\\u019d\\u019f\\u01a0\\u01a2\\u01a4\\u01a6\\u01a7\\u01a9\\u01ac\\u01ae\\u01af\\u01b1-\\u01b3\\u01b5\\u01b7\\u01b8\\u01bc\\u01c4\\u01c7\\u01ca\\u01cd\\u01cf\\u01d1\\u01d3\\u01d5\\u01d7\\u01d9\\u01db\\u01de\\u01e0\\u01e2\\u01e4\\u01e6\\u01e8\\u01ea\\u01ec\\u01ee\\u01f1\\u01f4\\u01f6-\\u01f8\\u01fa\\u01fc\\u01fe\\u0200\\u0202\\u0204\\u0206\\u0208\\u020a\\u020c\\u020e\\u0210\\u0212\\u0214\\u0216\\u0218\\u021a\\u021c\\u021e\\u0220\\u0222\\u0224\\u0226\\u0228\\u022a\\u022c\\u022e\\u0230\\u0232\\u023a\\u023b\\u023d\\u023e\\u0241\\u0243-\\u0246\\u0248\\u024a\\u024c\\u024e';
const LOWER =
  'a-z\\u00b5\\u00df-\\u00f6\\u00f8-\\u00ff\\u0101\\u0103\\u0105\\u0107\\u0109\\u010b\\u010d\\u010f\\u0111\\u0113\\u0115\\u0117\\u0119\\u011b\\u011d\\u011f\\u0121\\u0123\\u0125\\u0127\\u0129\\u012b\\u012d\\u012f\\u0131\\u0133\\u0135\\u0137\\u0138\\u013a\\u013c\\u013e\\u0140\\u0142\\u0144\\u0146\\u0148\\u0149\\u014b\\u014d\\u014f\\u0151\\u0153\\u0155\\u0157\\u0159\\u015b\\u015d\\u015f\\u0161\\u0163\\u0165\\u0167\\u0169\\u016b\\u016d\\u016f\\u0171\\u0173\\u0175\\u0177\\u017a\\u017c\\u017e\\u0180\\u0183\\u0185\\u0188\\u018c\\u018d\\u0192\\u0195\\u0199-\\u019b\\u019e\\u01a1\\u01a3\\u01a5\\u01a8\\u01aa\\u01ab\\u01ad\\u01b0\\u01b4\\u01b6\\u01b9\\u01ba\\u01bd-\\u01bf\\u01c6\\u01c9\\u01cc\\u01ce\\u01d0\\u01d2\\u01d4\\u01d6\\u01d8\\u01da\\u01dc\\u01dd\\u01df\\u01e1\\u01e3\\u01e5\\u01e7\\u01e9\\u01eb\\u01ed\\u01ef\\u01f0\\u01f3\\u01f5\\u01f9\\u01fb\\u01fd\\u01ff\\u0201\\u0203\\u0205\\u0207\\u0209\\u020b\\u020d\\u020f\\u0211\\u0213\\u0215\\u0217\\u0219\\u021b\\u021d\\u021f\\u0221\\u0223\\u0225\\u0227\\u0229\\u022b\\u022d\\u022f\\u0231\\u0233-\\u0239\\u023c\\u023f\\u0240\\u0242\\u0247\\u0249\\u024b\\u024d\\u024f';

/** The PLAIN part of each property class, for patterns without and with the `i` flag. */
export const LATIN_CLASSES: Record<string, [exact: string, ignoreCase: string]> = {
  L: [LETTERS, LETTERS],
  N: [NUMBERS, NUMBERS],
  Lu: [UPPER, CASED],
  Ll: [LOWER, CASED_LL],
};
export const PLAIN_CHARACTERS = PLAIN;

// The pieces of a source: a letter or number class, what only the u flag reads, an escaped code
// unit, any other escape, a bracket, runs of anything else (cut natively, not character by character).
const PIECE = /\\p\{(L|Lu|Ll|N)\}|(\\[pP]|\\u\{)|\\u([0-9a-fA-F]{4})|\\[^]?|\[|\]|[^\\[\]]+/g;
const BEYOND_LATIN = /[^\u0000-\u017e\u0180-\u024f]/;

/** Whether a character of a pattern matches the same under both flag sets: PLAIN, or outside it and without case. */
function safeLiteral(code: number): boolean {
  if (code <= 0x24f) return code !== 0x17f;
  const ch = String.fromCharCode(code);
  return ch.toLowerCase() === ch && ch.toUpperCase() === ch && !/[\p{L}\p{N}]/u.test(ch);
}

/** The Latin copy of a `u` pattern's source, or null when it uses what only the `u` flag reads. */
export function latinSource(source: string, ignoreCase: boolean): string | null {
  let out = '';
  let inClass = false;
  for (const [piece, prop, unicodeOnly, code] of source.matchAll(PIECE)) {
    if (prop !== undefined) {
      const cls = LATIN_CLASSES[prop]![ignoreCase ? 1 : 0];
      out += inClass ? cls : `[${cls}]`;
      continue;
    }
    if (unicodeOnly !== undefined) return null;
    if (code !== undefined && !safeLiteral(parseInt(code, 16))) return null;
    if (piece[0] !== '\\') {
      if (BEYOND_LATIN.test(piece)) for (let i = 0; i < piece.length; i++) if (!safeLiteral(piece.charCodeAt(i))) return null;
      if (piece === '[') inClass = true;
      else if (piece === ']') inClass = false;
    }
    out += piece;
  }
  return out;
}

// The last text checked: the extractors run many patterns over the same block or sentence in a row.
let lastText = '';
let lastPlain = true;
/** Whether every character of the text is one on which the Latin copies match exactly as the originals. */
export function isPlain(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastPlain = !NOT_PLAIN.test(text);
  }
  return lastPlain;
}

class LatinFastRegExp extends RegExp {
  // String.prototype.split copies a pattern through its species: a plain copy keeps the meaning.
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }
  // The Latin copy, made on first use (null: the pattern has none).
  #latin: RegExp | null | undefined;
  override exec(input: string): RegExpExecArray | null {
    const text = String(input);
    if (this.#latin === undefined) {
      const source = latinSource(this.source, this.ignoreCase);
      this.#latin = source === null ? null : new RegExp(source, this.flags.replace('u', ''));
    }
    const latin = this.#latin;
    if (!latin || !isPlain(text)) return super.exec(text);
    const keepsIndex = this.global || this.sticky;
    if (keepsIndex) latin.lastIndex = this.lastIndex;
    const m = latin.exec(text);
    if (keepsIndex) this.lastIndex = latin.lastIndex;
    return m;
  }
}

/** The same pattern, compiled and run in its cheap Latin form on texts that allow it. */
export function latinFast(re: RegExp): RegExp {
  return re.unicode ? new LatinFastRegExp(re) : re;
}
