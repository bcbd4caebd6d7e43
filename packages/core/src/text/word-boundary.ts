/**
 * `\b` in JavaScript knows only ASCII letters, even with the `u` flag: `\béquivalent` never matches
 * after a space, and `biodiversité\b` never matches before one. This rewrites every `\b` of a
 * pattern into a boundary between a letter of the Latin alphabets (with their accents) and anything
 * else. Measured on a 300 kB specification, V8 runs a case-insensitive pattern with the `u` flag
 * and `\p{L}` about 40 times slower than the same pattern with plain Latin classes, so `\p{L}`,
 * `\p{Lu}`, `\p{Ll}` and `\p{N}` become Latin classes and the `u` flag is dropped when nothing
 * else needs it.
 */
const LETTER = 'A-Za-zÀ-ÖØ-öø-ÿĀ-ſ';
const ACCENTED = 'À-ÖØ-öø-ÿĀ-ſ';
const CLASSES: Record<string, string> = {
  '\\p{L}': LETTER,
  '\\p{Lu}': 'A-ZÀ-ÖØ-ÞĀ-ſ',
  '\\p{Ll}': 'a-zß-öø-ÿĀ-ſ',
  '\\p{N}': '0-9',
};
const BOUNDARY = `(?:\\b|(?<![${LETTER}0-9_])(?=[${ACCENTED}])|(?<=[${ACCENTED}])(?![${LETTER}0-9_]))`;

// The pieces of a pattern the rewrite tells apart: a letter or number class, any other escape (with
// the code unit it escapes, if any), a bracket, and runs of everything else, copied as they are.
// Cutting the source into these natively made loading the rules' cue lists several times cheaper
// than looking at every character in JavaScript.
const PIECE = /\\p\{(?:L|Lu|Ll|N)\}|\\[^]?|\[|\]|[^\\[\]]+/g;
const NEEDS_UNICODE = /\\p\{|\\u\{|\(\?<[A-Za-z]/u;

/** Rewrites `\b` and the Unicode letter classes of a pattern (outside and inside character classes). */
export function rewrite(source: string): { source: string; needsUnicode: boolean } {
  let out = '';
  let inClass = false;
  for (const [piece] of source.matchAll(PIECE)) {
    // Escapes are two code units long; longer pieces starting with a backslash are the classes.
    const cls = piece.length > 2 && piece[0] === '\\' ? CLASSES[piece] : undefined;
    if (cls !== undefined) out += inClass ? cls : `[${cls}]`;
    else if (piece === '\\b' && !inClass) out += BOUNDARY;
    else {
      if (piece === '[') inClass = true;
      else if (piece === ']') inClass = false;
      out += piece;
    }
  }
  return { source: out, needsUnicode: NEEDS_UNICODE.test(out) };
}

/**
 * V8 cannot skip ahead to a literal behind the lookarounds of a rewritten `\b`, so it tries the
 * boundary at every position: a 20-word cue list ran 7-10 times slower than the same list without
 * boundaries. This runs that boundary-free pattern first, which matches wherever the full one can
 * (removing an assertion only widens a pattern), and the full one only from the first candidate on.
 * Not done when a boundary sits in a negative lookaround, where removing it would narrow.
 */
class PrefilteredRegExp extends RegExp {
  #loose: RegExp | undefined;
  #full: RegExp | undefined;
  override exec(input: string): RegExpExecArray | null {
    // A sticky pattern (String.prototype.split makes one) matches at one position only: scanning
    // ahead from every position would cost more than it saves.
    if (this.sticky) return super.exec(input);
    const text = String(input);
    const from = this.global ? this.lastIndex : 0;
    if (from > text.length) return super.exec(text);
    // Both are made on first use: most cue lists of a lint are never run on a document.
    const loose = (this.#loose ??= new RegExp(this.source.split(BOUNDARY).join(''), `${this.flags.replace(/[gyd]/g, '')}g`));
    loose.lastIndex = from;
    const candidate = loose.exec(text);
    if (!candidate) {
      if (this.global) this.lastIndex = 0;
      return null;
    }
    // No match of the full pattern starts before the first candidate: search from there on.
    const full = (this.#full ??= new RegExp(this.source, `${this.flags.replace(/[gy]/g, '')}g`));
    full.lastIndex = candidate.index;
    const m = full.exec(text);
    if (this.global) this.lastIndex = m ? full.lastIndex : 0;
    return m;
  }
}

export function withUnicodeBoundaries(re: RegExp): RegExp {
  return unicodeBoundaryPattern(re.source, re.flags);
}

/**
 * withUnicodeBoundaries from a pattern's source and flags, without making the RegExp first: with the
 * `iu` flags and `\p{L}`, making it costs V8 twenty times more than the Latin pattern that replaces it.
 */
export function unicodeBoundaryPattern(pattern: string, patternFlags: string): RegExp {
  const { source, needsUnicode } = rewrite(pattern);
  const flags = needsUnicode ? (patternFlags.includes('u') ? patternFlags : `${patternFlags}u`) : patternFlags.replace('u', '');
  const loose = source.split(BOUNDARY).join('');
  if (loose === source || /\(\?<?!/.test(loose)) return new RegExp(source, flags);
  return new PrefilteredRegExp(source, flags);
}
