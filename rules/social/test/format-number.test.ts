import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../src/format-number.js';

const locales = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' } as const;
const intl = (n: number, lang: keyof typeof locales) => new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 2 }).format(n);

describe('formatNumber', () => {
  it('writes what Intl.NumberFormat writes', () => {
    const cases = [0, -0, 5, 999, 1000, 9999, 10_000, 70_000, 990_000, 1234.5, 1.005, 0.005, 0.995, 9.995, 99_999.995, 2.675, 0.004, 1e21, 1e-7, 123_456_789.125, 0.1 + 0.2, -5, -1234.567, NaN, Infinity];
    for (const lang of ['nl', 'fr', 'en'] as const) for (const n of cases) expect(formatNumber(n, lang)).toBe(intl(n, lang));
  });

  it('writes what Intl.NumberFormat writes (property)', () => {
    const amounts = fc.oneof(
      fc.integer({ min: 0, max: 2_000_000_000 }),
      fc.integer({ min: 0, max: 100_000_000 }).map((c) => c / 1000),
      fc.double({ min: 0, max: 1e22, noNaN: true }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    );
    fc.assert(
      fc.property(amounts, fc.constantFrom('nl', 'fr', 'en'), (n, lang) => {
        expect(formatNumber(n, lang)).toBe(intl(n, lang));
      }),
      { numRuns: 5000 },
    );
  });
});
