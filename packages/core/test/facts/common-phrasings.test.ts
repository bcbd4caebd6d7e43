import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

// Phrasings of the bestek templates that Flemish authorities use most (3P, e-Procurement models).
describe('template phrasings', () => {
  const doc = factsOf(`# Bestek nr. 2025/042

## I. Administratieve bepalingen

### Beschrijving van de opdracht

Het voorwerp van deze opdracht voor diensten bestaat uit: onderhoud van de groenzones.

### Gunningswijze

De opdracht wordt gegund bij vereenvoudigde onderhandelingsprocedure met voorafgaande bekendmaking.

### Raming

De totale uitgave voor deze opdracht wordt geraamd op € 82.644,63 excl. btw of € 100.000,00 incl. 21% btw.

### Percelen

De opdracht bestaat uit één perceel.

### Varianten

Het indienen van varianten is niet toegestaan.

### Kwalitatieve selectie

Erkenningscategorie C, Klasse 3.

### Indiening van de offertes

De offertes moeten ten laatste op 15 mei 2025 om 11.00 uur ingediend worden.

### Betalingstermijn

Het bedrag verschuldigd aan de opdrachtnemer wordt betaald binnen de 30 kalenderdagen vanaf de datum van het einde van de verificatie.

### Gunningscriteria

1. Prijs (weging: 60)
2. Kwaliteit van de planning (weging: 40)
`);

  it('reads the value with its incl.-VAT twin', () => {
    expect(doc.estimatedValue?.value).toEqual({ amount: 82_644.63, currency: 'EUR', vatIncluded: false });
    expect(doc.values.map((v) => v.value.amount)).toEqual([82_644.63, 82_644.63]);
  });
  it('reads type, procedure, lots, variants', () => {
    expect(doc.contractType?.value).toBe('services');
    expect(doc.procedure?.value).toBe('simplified-negotiated');
    expect(doc.lots.divided).toBe(false);
    expect(doc.variants?.value).toBe('forbidden');
  });
  it('reads accreditation written with capitals and "Erkenningscategorie"', () => {
    expect(doc.accreditation.map((a) => [a.category, a.class])).toEqual([['C', 3]]);
  });
  it('reads deadline, payment term and weights without a unit', () => {
    expect(doc.deadline.map((d) => d.value)).toEqual(['2025-05-15T11:00']);
    expect(doc.paymentTerms.map((p) => [p.days, p.kind])).toEqual([[30, 'payment']]);
    expect(doc.award[0]!.criteria.map((c) => [c.name, c.weight])).toEqual([['Prijs', 60], ['Kwaliteit van de planning', 40]]);
    expect(doc.award[0]!.weightSum).toBe(100);
  });
  it('classifies "Gunningswijze" as the procedure section', () => {
    const heading = doc.sectionHeadings.procedure!;
    expect(doc.sections[heading]).toBe('procedure');
  });
});
