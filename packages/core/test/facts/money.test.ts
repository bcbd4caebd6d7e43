import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountExclVat, findMoney, parseAmount } from '../../src/text/money.js';

const one = (text: string) => {
  const found = findMoney(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

function group(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

describe('findMoney: the phrasings of the catalogue', () => {
  it.each([
    ['€ 1.250.000,00', 1_250_000],
    ['1 250 000,00 €', 1_250_000],
    ['1\u00A0250\u00A0000 EUR', 1_250_000],
    ['1\u202F250\u202F000 EUR', 1_250_000],
    ['€1,250,000.00', 1_250_000],
    ['1,25 miljoen euro', 1_250_000],
    ['1,25 mio €', 1_250_000],
    ['250 k€', 250_000],
    ['1.250 KEUR', 1_250_000],
    ['EUR 4 800 000', 4_800_000],
    ['480.000,00 EUR', 480_000],
    ['€ 0,25 per kWh', 0.25],
    ['2,5 millions d’euros', 2_500_000],
    ['EUR 4.8 million', 4_800_000],
    ['€ 75', 75],
  ])('reads %s as %d', (text, amount) => {
    expect(one(`De waarde bedraagt ${text} voor de opdracht.`).written).toBe(amount);
  });

  it('reads the VAT marker after the amount', () => {
    expect(one('geraamd op € 540.000,00 exclusief btw').vat).toBe('excl');
    expect(one('480.000,00 EUR HTVA pour la durée').vat).toBe('excl');
    expect(one('EUR 4 800 000 (excluding VAT) for four years').vat).toBe('excl');
    expect(one('1.210.000 EUR TVAC').vat).toBe('incl');
    expect(one('€ 1.210.000 btw inbegrepen').vat).toBe('incl');
    expect(one('1.000.000 € hors TVA').vat).toBe('excl');
    expect(one('een bedrag van € 100.000 zonder meer').vat).toBeNull();
  });

  it('converts an amount incl. 21 % VAT to excl. VAT', () => {
    const [excl, incl] = findMoney('€ 1.120.000,00 excl. btw (€ 1.355.200,00 incl. 21 % btw)');
    expect(excl!.vat).toBe('excl');
    expect(incl!.vat).toBe('incl');
    expect(incl!.vatRate).toBe(21);
    expect(amountExclVat(incl!)).toBe(1_120_000);
    expect(amountExclVat(one('€ 106.000 incl. 6 % btw'))).toBe(100_000);
  });

  it('reads a marker written before the amount', () => {
    expect(one('Raming (excl. btw): € 500.000').vat).toBe('excl');
  });

  it('ignores numbers without a currency: article numbers, dates, phone numbers, postal codes, surfaces', () => {
    expect(findMoney('artikel 67 tot 69 van de wet van 17 juni 2016, tel. 09 999 12 40, 9299 Bossegem, 3.850 m²')).toEqual([]);
  });

  it('rejects mixed thousands separators', () => {
    expect(parseAmount('1.250,000', undefined)).toBeNull();
    expect(parseAmount('1,250', ',50')).toBeNull();
  });
});

describe('findMoney: property tests', () => {
  const cents = fc.integer({ min: 0, max: 99_999_999_999 });
  const styles: ((amount: number) => string)[] = [
    (a) => `€ ${group(Math.trunc(a), '.')},${String(Math.round((a % 1) * 100)).padStart(2, '0')}`,
    (a) => `${group(Math.trunc(a), ' ')},${String(Math.round((a % 1) * 100)).padStart(2, '0')} €`,
    (a) => `${group(Math.trunc(a), '\u00A0')},${String(Math.round((a % 1) * 100)).padStart(2, '0')} EUR`,
    (a) => `${group(Math.trunc(a), '\u202F')},${String(Math.round((a % 1) * 100)).padStart(2, '0')} EUR`,
    (a) => `€${group(Math.trunc(a), ',')}.${String(Math.round((a % 1) * 100)).padStart(2, '0')}`,
    (a) => `EUR ${Math.trunc(a)}.${String(Math.round((a % 1) * 100)).padStart(2, '0')}`,
  ];
  it('parses back an amount written in every supported style', () => {
    fc.assert(
      fc.property(cents, fc.integer({ min: 0, max: styles.length - 1 }), (c, style) => {
        const amount = c / 100;
        const text = `De geraamde waarde bedraagt ${styles[style]!(amount)} excl. btw.`;
        const found = findMoney(text);
        expect(found).toHaveLength(1);
        expect(found[0]!.written).toBeCloseTo(amount, 2);
        expect(found[0]!.vat).toBe('excl');
      }),
      { numRuns: 500 },
    );
  });
  it('parses back whole thousands and millions written with a multiplier', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: 9_999 }), (k, m) => {
        expect(one(`raming: ${group(k, '.')} KEUR`).written).toBe(k * 1000);
        expect(one(`raming: ${k} k€`).written).toBe(k * 1000);
        const millions = m / 100;
        expect(one(`raming: ${String(millions).replace('.', ',')} miljoen euro`).written).toBeCloseTo(millions * 1_000_000, 2);
      }),
      { numRuns: 300 },
    );
  });
});
