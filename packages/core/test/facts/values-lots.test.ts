import { describe, expect, it } from 'vitest';
import { givesNoDivisionReason, isBarePreference } from '../../src/facts/lots.js';
import { factsOf } from './helpers.js';
import { NO_DIVISION_CASES, noDivisionDocument } from './no-division-reasons.js';

describe('estimated value', () => {
  it.each([
    ['De geraamde waarde van de opdracht bedraagt € 1.120.000,00 excl. btw.', 1_120_000, false],
    ['De opdracht is geraamd op 1.450.000 EUR, exclusief btw.', 1_450_000, false],
    ['De uitgave wordt geraamd op 1,25 miljoen euro.', 1_250_000, null],
    ['Le montant total du marché est estimé à 480.000,00 EUR HTVA pour la durée de quatre ans.', 480_000, false],
    ['The maximum value of the framework contracts is EUR 4 800 000 (excluding VAT) for four years.', 4_800_000, false],
    ['De raming bedraagt € 1.210.000 incl. btw.', 1_000_000, true],
    ['Le montant estimé du marché s’élève à 1 210 000 € TVAC.', 1_000_000, true],
  ])('reads "%s"', (sentence, amount, vatIncluded) => {
    const f = factsOf(`# Bestek\n\n## Raming\n\n${sentence}\n`);
    expect(f.estimatedValue?.value.amount).toBe(amount);
    expect(f.estimatedValue?.value.vatIncluded).toBe(vatIncluded);
    expect(f.estimatedValue?.evidence.raw).toMatch(/\d/);
  });

  it('keeps the total, the incl.-VAT form, the yearly amount and the lot values apart', () => {
    const f = factsOf(`## Art. 3 - Percelen

| Perceel | Omschrijving | Raming (excl. btw) |
|---|---|---|
| 1 | Administratief centrum | € 560.000,00 |
| 2 | Bibliotheek | € 340.000,00 |

## Art. 4 - Raming

De geraamde waarde van de opdracht bedraagt € 900.000,00 excl. btw (€ 1.089.000,00 incl. 21 % btw) voor de volledige looptijd. Dat is gemiddeld 225.000 euro per jaar.
`);
    expect(f.values.map((v) => [v.scope, v.lot ?? null, v.value.amount])).toEqual([
      ['lot', 1, 560_000],
      ['lot', 2, 340_000],
      ['total', null, 900_000],
      ['total', null, 900_000],
      ['year', null, 225_000],
    ]);
    expect(f.estimatedValue?.value).toEqual({ amount: 900_000, currency: 'EUR', vatIncluded: false });
    expect(f.lots.lots.map((l) => l.value?.amount)).toEqual([560_000, 340_000]);
  });

  it('keeps two different statements of the value for the consistency rule', () => {
    const f = factsOf(`## Raming\n\nDe uitgave wordt geraamd op € 118.000,00 excl. btw.\n\n## Prijs\n\nDe opdracht is geraamd op 128.000 euro excl. btw, alle fasen inbegrepen.\n`);
    expect(f.values.filter((v) => v.scope === 'total').map((v) => v.value.amount)).toEqual([118_000, 128_000]);
  });

  it('reads lot values written in prose, after and before the lot', () => {
    const f = factsOf(`## Estimated value\n\nThe estimated value is EUR 4 800 000 (excluding VAT): EUR 3 200 000 for Lot 1 and EUR 1 600 000 for Lot 2.\n`);
    expect(f.values.map((v) => [v.scope, v.lot ?? null])).toEqual([['total', null], ['lot', 1], ['lot', 2]]);
  });

  it('does not take a turnover, a reference value, a guarantee, an insurance or a penalty for the value', () => {
    const f = factsOf(`## Selectie

De inschrijver heeft een jaaromzet van minstens € 400.000 excl. btw.

Elke referentie heeft een waarde van minstens € 100.000.

## Uitvoering

De borgtocht bedraagt € 5.000. De verzekering dekt schade tot 2.500.000,00 EUR. Een boete van € 75 per vaststelling.
`);
    expect(f.values).toEqual([]);
    expect(f.estimatedValue).toBeNull();
  });

  it('gives no value when the document says it does not disclose it', () => {
    expect(factsOf('## Raming\n\nDe stad maakt de raming van deze opdracht niet bekend.\n').estimatedValue).toBeNull();
  });
});

describe('lots', () => {
  it.each([
    ['De opdracht is verdeeld in drie percelen:', 3],
    ['Le marché est divisé en deux lots :', 2],
    ['The contract is divided into two lots.', 2],
  ])('counts "%s"', (sentence, count) => {
    const f = factsOf(`## Percelen\n\n${sentence}\n\n- Perceel 1: a\n- Perceel 2: b\n`);
    expect(f.lots.divided).toBe(true);
    expect(f.lots.count).toBe(count);
    expect(f.lots.countStatements[0]?.value).toBe(count);
  });

  it('counts lots from their definitions when no sentence gives the number', () => {
    const f = factsOf('## Voorwerp\n\n- Perceel 1: functionele wegverlichting.\n- Perceel 2: sfeerverlichting.\n');
    expect(f.lots).toMatchObject({ divided: true, count: 2 });
    expect(f.lots.lots.map((l) => l.title)).toEqual(['functionele wegverlichting.', 'sfeerverlichting.']);
  });

  it.each([
    ['De opdracht is niet in percelen verdeeld.', false],
    ['Le présent marché n’est pas divisé en lots.', false],
    ['The contract is not divided into lots.', false],
    ['De opdracht omvat één enkel perceel.', false],
    ['Er wordt geen opsplitsing in percelen voorzien, want de rioleringswerken en de wegenwerken worden in dezelfde sleuf uitgevoerd.', true],
    ['Het agentschap ziet af van een opsplitsing in percelen, omdat de laptops en de dockingstations als één geheel moeten werken.', true],
    ['Een verdeling in percelen is hier niet aangewezen: de veertien terreinen vormen samen één onderhoudsronde.', true],
  ])('reads "%s" as not divided (reason given: %s)', (sentence, reason) => {
    const f = factsOf(`## Percelen\n\n${sentence}\n`);
    expect(f.lots.divided).toBe(false);
    expect(f.lots.count).toBeNull();
    expect(f.lots.notDivided?.raw).toContain(sentence.slice(0, 20));
    expect(f.lots.notDividedReason !== undefined).toBe(reason);
  });

  // The same table drives rules/lots/test/justify-no-division.test.ts: the rule and the facts must agree.
  it.each(NO_DIVISION_CASES.map((c) => [c.sentence, c.reason, c] as const))('"%s" gives a reason for not dividing: %s', (sentence, reason, c) => {
    const f = factsOf(noDivisionDocument(c));
    expect(f.lots.divided).toBe(false);
    expect(f.lots.notDividedReason !== undefined).toBe(reason);
  });

  it('tells a bare preference from a preference with a ground', () => {
    expect(isBarePreference('the Service prefers to work with a single provider for all audits.')).toBe(true);
    expect(isBarePreference('het bestuur verkiest één leverancier als aanspreekpunt.')).toBe(true);
    expect(isBarePreference('le pouvoir adjudicateur souhaite un seul interlocuteur.')).toBe(true);
    expect(isBarePreference('het bestuur wil één aanspreekpunt omdat de coördinatie anders niet haalbaar is.')).toBe(false);
    expect(isBarePreference('splitting would void the manufacturer’s end-to-end support.')).toBe(false);
    expect(givesNoDivisionReason(': the Service prefers to work with a single provider for all audits.')).toBe(false);
    expect(givesNoDivisionReason(': de terreinen liggen binnen een straal van 12 km.')).toBe(true);
  });

  it('says not divided when the document names no lots at all', () => {
    expect(factsOf('## Voorwerp\n\nLevering van laptops.\n').lots.divided).toBe(false);
  });

  it('does not count "één of twee percelen" or a land parcel as a count statement', () => {
    const f = factsOf('## Percelen\n\nDe opdracht is verdeeld in drie percelen. Een inschrijving voor één of twee percelen wordt geweerd. De werf ligt op kadastraal perceel 456.\n');
    expect(f.lots.countStatements.map((c) => c.value)).toEqual([3]);
  });

  it('reads the duty to bid for all lots and the freedom to bid for any', () => {
    expect(factsOf('## Percelen\n\nDe opdracht is verdeeld in twee percelen. Een inschrijver moet op beide percelen inschrijven.\n').lots.mustBidAll).toBeDefined();
    expect(factsOf('## Percelen\n\nDe opdracht is verdeeld in drie percelen. Een offerte is slechts ontvankelijk als zij de drie percelen samen omvat.\n').lots.mustBidAll).toBeDefined();
    const any = factsOf('## Percelen\n\nDe opdracht is verdeeld in drie percelen. Inschrijvers mogen een offerte indienen voor één, voor meerdere of voor alle percelen.\n').lots;
    expect(any.mayBidAny).toBeDefined();
    expect(any.mustBidAll).toBeUndefined();
    expect(factsOf('## Lots\n\nLe soumissionnaire peut remettre offre pour un lot, pour plusieurs lots ou pour tous les lots.\n').lots.mayBidAny).toBeDefined();
    expect(factsOf('## Lots\n\nTenderers may submit a tender for one lot or for both lots. A tenderer may be awarded a maximum of 2 lots.\n').lots.maxLotsPerTenderer?.value).toBe(2);
  });
});

describe('lot count phrasings', () => {
  it.each([
    ['Le marché est constitué de trois lots.', 3],
    ['Le marché comporte 4 lots.', 4],
    ['The contract comprises three lots.', 3],
    ['The contract is split into 2 lots.', 2],
    ['De opdracht bestaat uit vier percelen.', 4],
    ['De opdracht is opgedeeld in 2 percelen.', 2],
  ])('reads "%s"', (sentence, count) => {
    expect(factsOf(`## Lots\n\n${sentence}\n`).lots).toMatchObject({ divided: true, count });
  });
});

describe('bills of quantities', () => {
  it('does not read priced items of a bill of quantities as value statements', () => {
    const f = factsOf(`## Raming\n\nDe opdracht is geraamd op € 100.000 excl. btw.\n\n## Meetstaat\n\n| Post | Omschrijving | Geraamde hoeveelheid | Eenheidsprijs | Totaal |\n|---|---|---|---|---|\n| 1.1 | Kasseien | 120 m² | € 85,00 | € 10.200,00 |\n`);
    expect(f.values.map((v) => v.value.amount)).toEqual([100_000]);
  });
});
