import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/facts/types.js';
import { factsOf } from './helpers.js';

const table = (rows: string[]) => `| Gegeven | Inhoud |\n|---|---|\n${rows.join('\n')}\n`;
const lotValues = (f: Facts) => f.lots.lots.map((l) => [l.number, l.value?.amount ?? null]);
const scoped = (f: Facts) => f.values.map((v) => [v.scope, v.lot ?? null, v.value.amount]);

describe('lots listed inside one table cell, their values in brackets after the name', () => {
  it.each([
    ['| Lots | Lot 1 — manned guarding and control room (EUR 800,000); Lot 2 — front-desk reception (EUR 250,000) |', [[1, 800_000], [2, 250_000]]],
    ['| Percelen | Perceel 1 – onderhoud van de blustoestellen (€ 120.000); Perceel 2 – keuring van de brandhaspels (€ 40.000 excl. btw) |', [[1, 120_000], [2, 40_000]]],
    ['| Lots | Lot 1 : chaudières à condensation (520 000 € HTVA) ; Lot 2 : isolation de la toiture (260 000 €) |', [[1, 520_000], [2, 260_000]]],
    ['| Verdeling in percelen | Perceel 1: huur van linnen (raming € 450.000); perceel 2: wassen van bewonerskledij (raming € 190.000) |', [[1, 450_000], [2, 190_000]]],
  ])('reads %s', (row, lots) => {
    const f = factsOf(table(['| Raming, alle percelen samen | € 1.050.000 excl. btw |', row]));
    expect(f.lots.divided).toBe(true);
    expect(f.lots.count).toBe(2);
    expect(lotValues(f)).toEqual(lots);
    expect(f.estimatedValue?.value.amount).toBe(1_050_000);
  });

  it('reads lots listed one per line in a paragraph, an insurance lot name being no liability amount', () => {
    const f = factsOf('## Percelen\n\nPerceel 1 - brand voor alle gebouwen (raming € 92.000);\nPerceel 2 - burgerlijke aansprakelijkheid (raming € 38.000);\nPerceel 3 - arbeidsongevallen (raming € 56.000).\n');
    expect(lotValues(f)).toEqual([[1, 92_000], [2, 38_000], [3, 56_000]]);
  });

  it.each([
    // Turnover, a penalty or a unit price in brackets after a lot name is not the lot's value.
    '| Lots | Lot 1 — minimum annual turnover (EUR 1,200,000); Lot 2 — minimum annual turnover (EUR 2,500,000) |',
    '| Lots | Lot 1 — guarding (EUR 45 per hour); Lot 2 — reception (EUR 38 per hour) |',
    '| Lots | Lot 1 — penalty for late arrival (EUR 250); Lot 2 — penalty for absence (EUR 500) |',
  ])('does not take %s for lot values', (row) => {
    const f = factsOf(table([row]));
    expect(f.values.filter((v) => v.scope === 'lot')).toEqual([]);
  });

  it('does not read a single lot named in an unrelated cell as a division into lots', () => {
    const f = factsOf(table(['| Contact | Lot 1 — questions to the buyer |']));
    expect(f.lots.lots).toEqual([]);
    expect(f.lots.divided).toBe(false);
  });
});

describe('the lot of a value named in the row label or the column header', () => {
  it.each([
    [['| Estimated value of Lot 1 | EUR 800,000 |', '| Estimated value of Lot 2 | EUR 250,000 |'], [['lot', 1, 800_000], ['lot', 2, 250_000]]],
    [['| Raming perceel 1 | € 560.000 excl. btw |', '| Raming perceel 2 | € 340.000 excl. btw |'], [['lot', 1, 560_000], ['lot', 2, 340_000]]],
    [['| Montant estimé du lot 1 | 300 000 € HTVA |'], [['lot', 1, 300_000]]],
    // Several lots in the label: the value of both together.
    [['| Estimated value, lots 1 and 2 | EUR 1,050,000 |'], [['total', null, 1_050_000]]],
    [['| Raming percelen 1 tot 3 | € 900.000 |'], [['total', null, 900_000]]],
    [['| Estimated value, all lots | EUR 1,050,000 |'], [['total', null, 1_050_000]]],
  ])('reads %j', (rows, values) => {
    expect(scoped(factsOf(table(rows)))).toEqual(values);
  });

  it('reads the lot from the column header', () => {
    const f = factsOf('| | Perceel 1 | Perceel 2 |\n|---|---|---|\n| Raming (excl. btw) | € 560.000 | € 340.000 |\n');
    expect(scoped(f)).toEqual([['lot', 1, 560_000], ['lot', 2, 340_000]]);
  });
});

describe('a bare number of lots in a table cell', () => {
  it.each([
    ['| Lots | two lots |', 2],
    ['| Percelen | twee percelen |', 2],
    ['| Lots | deux lots |', 2],
    ['| Verdeling in percelen | Ja, drie percelen |', 3],
    ['| Aantal percelen | 3 |', 3],
    ['| Number of lots | 4 |', 4],
  ])('reads %s', (row, n) => {
    const f = factsOf(table([row]));
    expect(f.lots.countStatements.map((c) => c.value)).toEqual([n]);
    expect(f.lots.count).toBe(n);
    expect(f.lots.divided).toBe(true);
  });

  it.each([
    '| Percelen per inschrijver | twee percelen |',
    '| Maximum aantal percelen | twee percelen |',
    '| Lots awarded to one tenderer | two lots at most |',
    '| Looptijd | 2 jaar |',
    '| Lots | 2 years for each lot |',
  ])('does not read %s as the number of lots', (row) => {
    expect(factsOf(table([row])).lots.countStatements).toEqual([]);
  });
});
