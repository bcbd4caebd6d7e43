import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

describe('clauses and guarantee', () => {
  it('finds each clause with the sentence it is in', () => {
    const f = factsOf(`## Onderaanneming

Onderaanneming is toegelaten mits voorafgaande melding.

## Sociale clausule

De opdrachtnemer zet minstens één voltijds equivalent in uit een kansengroep.

## Belangenconflicten

Iedere situatie van belangenconflict wordt gemeld.

## Uitsluitingsgronden

De uitsluitingsgronden van de artikelen 67 tot 69 zijn van toepassing.

## IAO

De opdrachtnemer leeft de IAO-basisconventies na.
`);
    expect(Object.fromEntries(Object.entries(f.clauses!).map(([k, v]) => [k, v.length]))).toEqual({ subcontracting: 1, ilo: 1, social: 1, conflictOfInterest: 1, exclusionGrounds: 1 });
    expect(f.clauses!.social[0]!.raw).toContain('kansengroep');
  });
  it('finds nothing in a document without those clauses', () => {
    const f = factsOf('## Voorwerp\n\nLevering van papier.\n');
    expect(Object.values(f.clauses!).flat()).toEqual([]);
    expect(f.guarantee).toBeNull();
  });
  it.each([
    ['De borgtocht bedraagt 5 % van het oorspronkelijke bedrag.', 5],
    ['Le cautionnement est fixé à 5 % du montant initial du marché.', 5],
    ['Er wordt geen borgtocht gevraagd.', 0],
  ])('reads the guarantee in "%s"', (sentence, value) => {
    expect(factsOf(`## Borgtocht\n\n${sentence}\n`).guarantee?.value).toBe(value);
  });
});
