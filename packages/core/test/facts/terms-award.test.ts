import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

describe('payment terms', () => {
  it.each([
    ['De betaling gebeurt binnen vijfenveertig kalenderdagen na ontvangst van een regelmatig opgestelde factuur.', 45, 'payment'],
    ['De betaling gebeurt binnen een behandelingstermijn van 30 dagen vanaf de ontvangst van de factuur.', 30, 'processing'],
    ['Voor de verificatie van de vorderingsstaat én de betaling samen geldt één behandelingstermijn van 30 dagen.', 30, 'processing'],
    ['Le paiement est effectué dans un délai de 90 jours de calendrier à compter de la réception de la facture.', 90, 'payment'],
    ['Le paiement intervient dans un délai de traitement de 30 jours.', 30, 'processing'],
    ['Payment is made within 30 days from receipt of a compliant invoice.', 30, 'payment'],
  ])('reads "%s"', (sentence, days, kind) => {
    const f = factsOf(`## Facturatie en betaling\n\n${sentence}\n`);
    expect(f.paymentTerms.map((p) => [p.days, p.kind])).toEqual([[days, kind]]);
  });

  it('reads the old split into verification and payment', () => {
    const f = factsOf('## Betaling\n\nHet bestuur beschikt over een verificatietermijn van dertig dagen om de staat na te zien; de betaling gebeurt daarna binnen een betalingstermijn van dertig dagen, die ingaat op het einde van die verificatietermijn.\n');
    expect(f.paymentTerms.map((p) => p.kind)).toEqual(['verification', 'payment']);
  });

  it('sees a justification', () => {
    const f = factsOf('## Betaling\n\nDe behandelingstermijn bedraagt 45 dagen. Deze langere termijn is objectief gerechtvaardigd omdat elke staat eerst op terrein wordt gecontroleerd.\n');
    expect(f.paymentTerms[0]).toMatchObject({ days: 45, justified: true });
  });

  it('does not read delivery, guarantee or validity periods as payment terms', () => {
    const f = factsOf('## Uitvoering\n\nElke bestelling wordt binnen dertig kalenderdagen geleverd. De borgtocht wordt gesteld binnen dertig dagen. De verbintenistermijn bedraagt 150 kalenderdagen.\n');
    expect(f.paymentTerms).toEqual([]);
  });
});

describe('variants', () => {
  it.each([
    ['Varianten zijn niet toegestaan.', 'forbidden'],
    ['Varianten zijn niet toegelaten.', 'forbidden'],
    ['Vrije varianten zijn toegestaan.', 'allowed'],
    ['Les variantes libres sont autorisées pour chacun des lots.', 'allowed'],
    ['Les variantes ne sont pas autorisées.', 'forbidden'],
    ['Variants are not permitted.', 'forbidden'],
    ['Een verplichte variant wordt gevraagd voor de verlichting.', 'required'],
    // Words between the noun and the verb: an adjective or a second noun.
    ['Les variantes libres ne sont pas autorisées.', 'forbidden'],
    ['Les variantes et options ne sont pas admises.', 'forbidden'],
    ['Les variantes facultatives ne seront pas acceptées.', 'forbidden'],
    ['Varianten en opties worden niet aanvaard.', 'forbidden'],
    ['Varianten of alternatieven zijn niet toegelaten.', 'forbidden'],
    ['Variants and options are not accepted.', 'forbidden'],
    ['Variant tenders will not be considered.', 'forbidden'],
    // Look-alikes: the same words with an allowing verb are no prohibition.
    ['Les variantes libres sont autorisées, à condition de respecter les exigences minimales.', 'allowed'],
    ['Vrije varianten worden aanvaard.', 'allowed'],
    ['Variants are permitted for lot 2.', 'allowed'],
    // A prohibition that names several kinds of variants, the required kind among them, is a prohibition.
    ['Les variantes libres et les variantes obligatoires ne sont pas autorisées.', 'forbidden'],
    ['Les variantes obligatoires et les variantes libres ne sont pas admises.', 'forbidden'],
    ['Les variantes facultatives ou exigées ne sont pas autorisées.', 'forbidden'],
    ['Vrije en verplichte varianten zijn niet toegestaan.', 'forbidden'],
    ['Vrije varianten en verplichte varianten worden niet aanvaard.', 'forbidden'],
    ['Free and required variants are not permitted.', 'forbidden'],
    ['Free variants and mandatory variants are not allowed.', 'forbidden'],
    // Look-alikes: a required variant whose sentence refuses something else stays required.
    ['La variante obligatoire doit être remise, faute de quoi l’offre ne sera pas acceptée.', 'required'],
    ['Les variantes obligatoires sont décrites au chapitre II.', 'required'],
    ['Een verplichte variant wordt gevraagd; een offerte zonder die variant wordt niet aanvaard.', 'required'],
    ['A required variant is described in Part 2; tenders without it are not accepted.', 'required'],
  ])('reads "%s"', (sentence, value) => {
    expect(factsOf(`## Varianten\n\n${sentence}\n`).variants?.value).toBe(value);
  });

  it('reads no prohibition in options alone or in an allowed variant with options', () => {
    expect(factsOf('## Opties\n\nOpties worden niet aanvaard.\n').variants).toBeNull();
    expect(factsOf('## Options\n\nLes options ne sont pas autorisées.\n').variants).toBeNull();
    expect(factsOf('## Varianten\n\nVarianten en opties zijn toegestaan als ze aan de minimumeisen voldoen.\n').variants?.value).not.toBe('forbidden');
  });
});

describe('award criteria', () => {
  it('reads a weighted table with a total row', () => {
    const f = factsOf(`## Gunningscriteria

| Nr. | Criterium | Weging |
|---|---|---|
| 1 | Prijs | 60 % |
| 2 | Kwaliteit van het plan | 30 % |
| 3 | Duurzaamheid | 10 % |
| | Totaal | 100 % |
`);
    expect(f.award).toHaveLength(1);
    expect(f.award[0]!.criteria.map((c) => [c.name, c.weight, c.unit, c.isPrice])).toEqual([
      ['Prijs', 60, 'percent', true],
      ['Kwaliteit van het plan', 30, 'percent', false],
      ['Duurzaamheid', 10, 'percent', false],
    ]);
    expect(f.award[0]).toMatchObject({ lot: null, priceOnly: false, weightSum: 100, unit: 'percent' });
  });

  it.each([
    ['Totale eigendomskost over 5 jaar (huur, energie)', 'Totaal (max.)'],
    ['Total cost of ownership', 'Total score'],
    ['Coût total de possession', 'Total général :'],
  ])('keeps the criterion "%s" and skips the sum row "%s"', (name, sum) => {
    const f = factsOf(`## Gunningscriteria\n\n| Criterium | Weging |\n|---|---|\n| ${name} | 55 % |\n| Kwaliteit | 45 % |\n| ${sum} | 100 % |\n`);
    expect(f.award[0]!.criteria.map((c) => c.name)).toEqual([name, 'Kwaliteit']);
    expect(f.award[0]!.weightSum).toBe(100);
  });

  it('reads per-lot columns in points and a sum that is not 100', () => {
    const f = factsOf(`## Gunningscriteria

| Criterium | Perceel 1 | Perceel 2 |
|---|---|---|
| Prijs | 50 punten | 55 punten |
| Kwaliteit | 30 punten | 35 punten |
| Duurzaamheid | 20 punten | 15 punten |
`);
    expect(f.award.map((g) => [g.lot, g.weightSum, g.unit])).toEqual([[1, 100, 'points'], [2, 105, 'points']]);
  });

  it.each([
    'Het enige gunningscriterium is de totale prijs.',
    'De opdracht wordt gegund aan de inschrijver die de regelmatige offerte met de laagste prijs heeft ingediend.',
    'Le marché est attribué au soumissionnaire ayant remis l’offre régulière la plus basse.',
    'Le prix est le seul critère d’attribution.',
    'The contract will be awarded to the tender with the lowest price.',
    "L'offre régulière économiquement la plus avantageuse est déterminée sur la seule base du montant total de l'inventaire.",
    'De opdracht wordt gegund uitsluitend op basis van het totale bedrag van de inventaris.',
    'Tenders will be evaluated solely on the basis of the total amount of the tender.',
  ])('reads price only in "%s"', (sentence) => {
    const f = factsOf(`## Gunningscriterium\n\n${sentence}\n`);
    expect(f.award.map((g) => g.priceOnly)).toEqual([true]);
  });

  it('does not read a price formula ("in verhouding tot de laagste prijs") as price only', () => {
    const f = factsOf(`## Gunningscriteria

| Criterium | Weging |
|---|---|
| Prijs | 60 % |
| Plan van aanpak | 40 % |

Voor de prijs krijgen de andere offertes een score in verhouding tot de laagste prijs.
`);
    expect(f.award[0]!.priceOnly).toBe(false);
  });

  it('reads per-lot prose: a weighted table for lot 1 and lowest price for lot 2, with a life-cycle cost', () => {
    const f = factsOf(`## Gunningscriteria

Perceel 1 wordt gegund aan de economisch meest voordelige offerte volgens de volgende criteria:

| Criterium | Weging |
|---|---|
| Levenscycluskost (TCO) over 20 jaar | 70 % |
| Lichttechnische kwaliteit | 30 % |

Perceel 2 wordt gegund aan de inschrijver met de laagste aankoopprijs volgens de inventaris.
`);
    expect(f.award.map((g) => [g.lot, g.priceOnly])).toEqual([[1, false], [2, true]]);
    expect(f.award[0]!.criteria[0]!.isLifeCycleCost).toBe(true);
  });

  it('reads an unweighted list of criteria', () => {
    const f = factsOf('## Gunningscriteria\n\nDe offertes worden beoordeeld op de volgende criteria:\n\n1. de prijs;\n2. de kwaliteit van het onderhoudsplan;\n3. de milieuprestaties.\n');
    expect(f.award[0]!.criteria.map((c) => c.weight)).toEqual([undefined, undefined, undefined]);
    expect(f.award[0]!.weightSum).toBeUndefined();
    expect(f.award[0]!.priceOnly).toBe(false);
  });

  it('reads weights written in prose', () => {
    const f = factsOf('## Critères d’attribution\n\nLes critères d’attribution sont le prix (60 %) et la qualité technique (40 %).\n');
    expect(f.award[0]!.criteria.map((c) => c.weight)).toEqual([60, 40]);
    expect(f.award[0]!.weightSum).toBe(100);
  });
});

describe('award criteria written as short paragraphs or in one sentence', () => {
  it('reads "Prijs: 60 punten" lines', () => {
    const f = factsOf('## Gunningscriteria\n\nDe opdracht wordt gegund op basis van de volgende gunningscriteria:\n\nPrijs: 60 punten\n\nKwaliteit: 40 punten\n');
    expect(f.award[0]!.criteria.map((c) => [c.name, c.weight, c.unit])).toEqual([['Prijs', 60, 'points'], ['Kwaliteit', 40, 'points']]);
  });
  it('reads weights in a sentence', () => {
    const f = factsOf('## Gunningscriteria\n\nDe opdracht wordt gegund op basis van de gunningscriteria prijs (60 punten) en kwaliteit (40 punten).\n');
    expect(f.award[0]!.criteria.map((c) => [c.name, c.weight])).toEqual([['prijs', 60], ['kwaliteit', 40]]);
  });
  it('reads "Uiterste indieningsdatum"', () => {
    expect(factsOf('## Indiening\n\nUiterste indieningsdatum: 12/03/2026 om 10u00\n').deadline.map((d) => d.value)).toEqual(['2026-03-12T10:00']);
  });
});

describe('award criteria in a sentence without the word "criteria"', () => {
  it('reads names and weights in the award section', () => {
    const f = factsOf('## Artikel 6 - Gunningscriteria\n\nPrijs (60 punten) en kwaliteit van de ondersteuning en de garantie (40 punten). Bij de prijs wordt ook het energieverbruik meegerekend.\n');
    expect(f.award[0]!.criteria.map((c) => [c.name, c.weight, c.isPrice])).toEqual([
      ['Prijs', 60, true],
      ['kwaliteit van de ondersteuning en de garantie', 40, false],
    ]);
    expect(f.award[0]!.priceOnly).toBe(false);
  });
});

describe('price mentioned without a price-only award', () => {
  it.each([
    'Bij gelijke eindscore wordt de opdracht gegund aan de inschrijver met de laagste prijs.',
    'De opdracht wordt niet uitsluitend op basis van de laagste prijs gegund.',
    'En cas d’égalité, le marché est attribué au soumissionnaire ayant remis l’offre la plus basse.',
    'Le montant du cautionnement est déterminé sur la seule base du montant initial du marché.',
    'De borgtocht wordt uitsluitend bepaald op basis van het oorspronkelijke bedrag van de opdracht.',
    'The performance bond is determined solely on the basis of the total amount of the contract.',
  ])('does not read "%s" as price only', (sentence) => {
    expect(factsOf(`## Gunningscriteria\n\n${sentence}\n`).award.every((g) => !g.priceOnly)).toBe(true);
  });
});
