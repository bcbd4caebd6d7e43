import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/text/word-boundary.js';

// The rewrite as it was when it looked at every character: cutting the source into pieces must give
// the same pattern for any source, balanced or not.
const LETTER = 'A-Za-zÀ-ÖØ-öø-ÿĀ-ſ';
const ACCENTED = 'À-ÖØ-öø-ÿĀ-ſ';
const CLASSES: Record<string, string> = { '\\p{L}': LETTER, '\\p{Lu}': 'A-ZÀ-ÖØ-ÞĀ-ſ', '\\p{Ll}': 'a-zß-öø-ÿĀ-ſ', '\\p{N}': '0-9' };
const BOUNDARY = `(?:\\b|(?<![${LETTER}0-9_])(?=[${ACCENTED}])|(?<=[${ACCENTED}])(?![${LETTER}0-9_]))`;
function reference(source: string): { source: string; needsUnicode: boolean } {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const prop = /^\\p\{(?:L|Lu|Ll|N)\}/u.exec(source.slice(i));
      if (prop) {
        const cls = CLASSES[prop[0]]!;
        out += inClass ? cls : `[${cls}]`;
        i += prop[0].length - 1;
        continue;
      }
      if (!inClass && source[i + 1] === 'b') {
        out += BOUNDARY;
        i++;
        continue;
      }
      out += ch + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return { source: out, needsUnicode: /\\p\{|\\u\{|\(\?<[A-Za-z]/u.test(out) };
}

const pieces = ['\\p{L}', '\\p{Lu}', '\\p{Ll}', '\\p{N}', '\\p{Lx}', '\\p{', '\\P{L}', '\\b', '\\B', '\\', '\\\\', '[', ']', '[^', 'a', 'b', 'p', '{L}', 'é', 'ſ', '😀', '\ud83d', '(?:', ')', '|', '\\s', '\\[', '\\]', '(?<!', '(?<n>', '\\u{41}', 'constructor', 'toString', '__proto__', '\n'];

describe('rewrite of word boundaries and letter classes', () => {
  it('gives what the character-by-character rewrite gave', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const source = parts.join('');
        expect(rewrite(source)).toEqual(reference(source));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (source) => {
        expect(rewrite(source)).toEqual(reference(source));
      }),
      { numRuns: 2000 },
    );
  });
});
