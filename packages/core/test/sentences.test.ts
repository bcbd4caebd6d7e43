import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/text/sentences.js';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('splits at a period before a capital', () => {
    expect(texts('De opdracht is één geheel. Ze wordt niet verdeeld.')).toEqual(['De opdracht is één geheel.', 'Ze wordt niet verdeeld.']);
  });
  it('keeps amounts, dates and abbreviations inside a sentence', () => {
    const s = 'De waarde is € 1.250.000,00 excl. btw, zie art. 5 en bv. bijlage A. Op 21.04.2026 om 10.00 uur sluit de termijn.';
    expect(texts(s)).toEqual(['De waarde is € 1.250.000,00 excl. btw, zie art. 5 en bv. bijlage A.', 'Op 21.04.2026 om 10.00 uur sluit de termijn.']);
  });
  it('keeps offsets into the original text', () => {
    const s = '  Eerste zin.  Tweede zin!';
    for (const x of splitSentences(s)) expect(s.slice(x.start, x.end)).toBe(x.text);
  });
  it('splits list-like items at semicolons', () => {
    expect(texts('een attest van de RSZ; een uittreksel uit het strafregister.')).toHaveLength(2);
  });
});
