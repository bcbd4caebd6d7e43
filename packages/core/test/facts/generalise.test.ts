import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const criteriaOf = (markdown: string) => factsOf(markdown).award.map((g) => ({ priceOnly: g.priceOnly, criteria: g.criteria.map((c) => [c.name, c.weight ?? null, c.isPrice]) }));

describe('award criteria written in prose', () => {
  it.each([
    ['## Gunningscriteria\n\nPrijs (60 punten) en kwaliteit van de ondersteuning (40 punten).\n', [['Prijs', 60, true], ['kwaliteit van de ondersteuning', 40, false]]],
    ['## Gunning\n\nDe opdracht wordt gegund op basis van de prijs (70 %) en de uitvoeringstermijn (30 %).\n', [['prijs', 70, true], ['uitvoeringstermijn', 30, false]]],
    ['## Attribution\n\nLe marché est attribué sur la base du prix (60 points) et de la valeur technique (40 points).\n', [['prix', 60, true], ['valeur technique', 40, false]]],
    ['## Award\n\nThe contract will be awarded on the basis of price (55 %) and quality of the service plan (45 %).\n', [['price', 55, true], ['quality of the service plan', 45, false]]],
  ])('reads weighted criteria in "%s"', (text, criteria) => {
    expect(criteriaOf(text)).toEqual([{ priceOnly: false, criteria }]);
  });

  it.each([
    ['## Gunning\n\nDe offertes worden beoordeeld op de prijs, op de kwaliteit van het voorgestelde dienstverleningsmodel en de SLA-opvolging, en op de aanpak van de overname.\n', ['prijs', 'kwaliteit van het voorgestelde dienstverleningsmodel en de SLA-opvolging', 'aanpak van de overname']],
    ['## Award\n\nTenders will be evaluated on price, technical merit and delivery time.\n', ['price', 'technical merit', 'delivery time']],
    ['## Critères d\'attribution\n\nLes offres sont évaluées sur la base du prix, de la qualité du plan d\'entretien et des délais d\'intervention.\n', ['prix', 'qualité du plan d\'entretien', 'délais d\'intervention']],
  ])('reads criteria named without weights in "%s"', (text, names) => {
    const [group] = factsOf(text).award;
    expect(group?.criteria.map((c) => c.name)).toEqual(names);
    expect(group?.priceOnly).toBe(false);
  });

  it('does not read the rest of a price sentence as a second criterion', () => {
    expect(factsOf('## Gunning\n\nDe opdracht wordt gegund op basis van de prijs, zoals vermeld in de samenvattende opmetingsstaat.\n').award.flatMap((g) => g.criteria).length).toBeLessThan(2);
  });

  it('reads list items under a bold award title that is no heading', () => {
    const f = factsOf("**Art. 8. Critères d'attribution.**\n\n- Prix : 55 % ;\n- Qualité du plan d'entretien : 30 % ;\n- Délais d'intervention : 15 %.\n\n**Art. 9. Variantes.** Les variantes libres sont autorisées.\n");
    expect(f.award[0]).toMatchObject({ priceOnly: false, weightSum: 100 });
  });
});

describe('price only', () => {
  it.each([
    'De opdracht wordt gegund aan de inschrijver met de laagste totale aankoopprijs.',
    'De opdracht wordt gegund aan de laagste regelmatige offerte.',
    'De opdracht wordt toegewezen aan de regelmatige offerte met de laagste prijs.',
    'Le marché sera attribué au soumissionnaire ayant remis l\'offre régulière au prix le plus bas.',
    'Le marché est attribué au prix le plus bas.',
    'The contract will be awarded to the tenderer that submits the compliant tender with the lowest total purchase price for all items.',
    'The contract is awarded to the lowest compliant bid.',
    'Le pouvoir adjudicateur choisit l\'offre économiquement la plus avantageuse, déterminée sur la seule base du prix.',
    'Le marché est attribué sur la base du seul prix.',
    'De opdracht wordt gegund op grond van de prijs alleen.',
    'De aanbestedende overheid kiest de offerte met de laagste prijs.',
    'The contract will be awarded on the sole basis of price.',
    'The authority selects the lowest priced compliant tender.',
  ])('reads "%s" as price only', (sentence) => {
    expect(factsOf(`## Gunning\n\n${sentence}\n`).award[0]?.priceOnly).toBe(true);
  });

  it.each([
    'Le marché n\'est pas attribué sur la seule base du prix.',
    'Bij gelijke score kiest het bestuur de offerte met de laagste prijs.',
    'The contract will not be awarded solely on price.',
  ])('does not read "%s" as price only', (sentence) => {
    expect(factsOf(`## Gunning\n\n${sentence}\n`).award.some((g) => g.priceOnly)).toBe(false);
  });

  it('does not read "not necessarily the lowest price" as price only', () => {
    expect(factsOf('## Award\n\nThe contract will be awarded to the most economically advantageous tender, not necessarily the lowest price.\n').award.some((g) => g.priceOnly)).toBe(false);
  });
});

describe('reason for not dividing into lots', () => {
  const reasonOf = (text: string) => factsOf(`## Percelen\n\n${text}\n`).lots.notDividedReason;
  it.each([
    'De opdracht wordt niet in percelen verdeeld. Het bestuur wil één aanspreekpunt behouden voor het hele project.',
    'De opdracht wordt niet in percelen verdeeld omdat het bestuur één aanspreekpunt wenst.',
    "Le marché n'est pas divisé en lots car le pouvoir adjudicateur préfère un seul interlocuteur.",
    'The contract is not divided into lots. The authority prefers a single point of contact for the whole contract.',
  ])('a bare preference is no reason: "%s"', (text) => {
    expect(reasonOf(text)).toBeUndefined();
  });

  it.each([
    'De opdracht wordt niet in percelen verdeeld. Een opsplitsing zou leiden tot extra interfaces tussen de installaties.',
    'De opdracht wordt niet in percelen verdeeld: de installatie vereist één verantwoordelijke voor de inregeling.',
    'De opdracht wordt niet in percelen verdeeld omdat ontwerp, levering en onderhoud op elkaar moeten aansluiten.',
    "The contract is not divided into lots. Laptops, docking stations and monitors must be certified together; buying them from different suppliers would void the manufacturer's end-to-end support.",
    "Le marché n'est pas divisé en lots parce que la fourniture et la pose relèvent d'une seule garantie.",
  ])('a ground, a consequence or a need is a reason: "%s"', (text) => {
    expect(reasonOf(text)).toBeDefined();
  });
});

describe('publication date after a weekday', () => {
  it.each([
    ["Publication de l'avis de marché au Bulletin des Adjudications : le lundi 2 mars 2026.", '2026-03-02'],
    ['Bekendmaking van de aankondiging in het Bulletin der Aanbestedingen: maandag 2 maart 2026.', '2026-03-02'],
    ['De aankondiging van opdracht wordt bekendgemaakt op dinsdag 3 maart 2026.', '2026-03-03'],
    ['The contract notice will be published on Monday 2 March 2026.', '2026-03-02'],
  ])('reads "%s"', (sentence, iso) => {
    expect(factsOf(`## Procedure\n\n${sentence}\n`).publicationDate.map((d) => d.value)).toEqual([iso]);
  });
});

describe('number of lots stated as a figure', () => {
  it.each([
    ['De opdracht is verdeeld in twee percelen. Het aantal percelen is vastgelegd op drie.', [2, 3]],
    ['Het aantal percelen bedraagt vier.', [4]],
    ['Le marché comporte trois lots.', [3]],
    ['Le nombre de lots est fixé à quatre.', [4]],
    ['The number of lots is 3.', [3]],
  ])('reads "%s"', (sentence, counts) => {
    expect(factsOf(`## Percelen\n\n${sentence}\n`).lots.countStatements.map((c) => c.value)).toEqual(counts);
  });

  it('does not read the number of lots one tenderer may win as the number of lots', () => {
    expect(factsOf('## Percelen\n\nHet aantal percelen dat aan één inschrijver kan worden gegund, is beperkt tot twee.\n').lots.countStatements).toEqual([]);
  });
});

describe('turnover is a requirement on the tenderer', () => {
  const turnoverOf = (text: string) => factsOf(text).selection.turnover.map((t) => t.amount);
  it.each([
    '## Context\n\nDe gemeente realiseerde vorig jaar een omzet van 2.000.000 euro in haar sporthallen.\n',
    '## Context\n\nThe port authority had a turnover of EUR 40 million last year.\n',
    "## Contexte\n\nLa commune a réalisé en 2025 un chiffre d'affaires de 1.500.000 euros avec ses piscines.\n",
    '## Toelichting\n\nDe markt voor schoolmaaltijden kende in 2025 een omzet van 30 miljoen euro.\n',
  ])('ignores a description: "%s"', (text) => {
    expect(turnoverOf(text)).toEqual([]);
  });

  it.each([
    ['## Selectie\n\nDe inschrijver heeft een minimale jaaromzet van 500.000 euro in de laatste drie boekjaren.\n', 500000],
    ['## Selectie\n\nMinimale jaaromzet: 400.000 euro (excl. btw).\n', 400000],
    ['## Selectie\n\nHet bestuur vraagt een minimale jaaromzet van 250.000 euro.\n', 250000],
    ["## Sélection\n\nChiffre d'affaires annuel minimal : 300.000 euros.\n", 300000],
    ['## Selection\n\nTenderers must have an annual turnover of at least EUR 600,000.\n', 600000],
  ])('reads a requirement: "%s"', (text, amount) => {
    expect(turnoverOf(text)).toEqual([amount]);
  });
});

describe('payment term next to delivery words', () => {
  const daysOf = (sentence: string) => factsOf(`## Betaling\n\n${sentence}\n`).paymentTerms.map((p) => p.days);
  it.each([
    ['De betaling gebeurt binnen 45 kalenderdagen na de datum van de oplevering.', 45],
    ['De betaling gebeurt binnen 50 dagen, gelet op de controle van de geleverde aantallen per campus.', 50],
    ['De betaling gebeurt binnen 30 dagen na levering en ontvangst van de factuur.', 30],
    ['Le paiement est effectué dans les 30 jours à compter de la livraison.', 30],
    ['Payment is made within 30 days after delivery of the goods.', 30],
  ])('reads "%s"', (sentence, days) => {
    expect(daysOf(sentence)).toEqual([days]);
  });

  it.each([
    'De opdrachtnemer betaalt zijn onderaannemers binnen 30 dagen na ontvangst van hun factuur.',
    'Le titulaire paie ses sous-traitants dans un délai de 30 jours.',
    'The contractor pays its subcontractors within 30 days of receipt of their invoice.',
    'Elke bestelling wordt binnen 10 dagen geleverd en betaald bij ontvangst van de factuur.',
  ])('does not read "%s" as the payment term', (sentence) => {
    expect(daysOf(sentence)).toEqual([]);
  });
});

describe('accreditation with the category name in brackets', () => {
  it.each([
    ['## Selectie\n\nDe inschrijver moet erkend zijn in categorie D (algemene aannemingen van gebouwen), klasse 5.\n', 'D', 5],
    ['## A.4 Erkenning\n\nCategorie D (algemene aannemingen van gebouwen), klasse 7.\n', 'D', 7],
    ["## Sélection\n\nLe soumissionnaire est agréé en catégorie C (entreprises générales de routes), classe 4.\n", 'C', 4],
  ])('reads "%s"', (text, category, klass) => {
    expect(factsOf(text).accreditation.map((a) => [a.category, a.class])).toEqual([[category, klass]]);
  });

  it('reads a category alone under an accreditation heading', () => {
    expect(factsOf('## Erkenning\n\nDe inschrijver beschikt over categorie D.\n').accreditation.map((a) => a.category)).toEqual(['D']);
  });
});

describe('furniture materials are furniture', () => {
  it.each([
    '# Levering van bureaustoelen\n\n## Voorwerp\n\nLevering van 120 ergonomische bureaustoelen.\n\n## Technische bepalingen\n\nDe bekleding van zitting en rug is vervangbaar en brandvertragend.\n',
    '# Levering van bureaustoelen\n\n## Voorwerp\n\nLevering van 120 bureaustoelen.\n\n## Technische bepalingen\n\nDe stoelen hebben een zitting in textiel met een slijtvastheid van minstens 100.000 Martindale-toeren.\n',
  ])('a chair supply is furniture, not textiles', (text) => {
    expect(factsOf(text).segments.map((s) => s.value)).toEqual(['furniture']);
  });

  it('still sees workwear in a supply of workwear', () => {
    expect(factsOf('# Levering van werkkleding\n\n## Voorwerp\n\nLevering van werkkleding voor de technische dienst.\n').segments.map((s) => s.value)).toEqual(['textiles']);
  });
});

describe('criteria after "select the tenderer that offers"', () => {
  it.each([
    ['## Basis for award\n\nWe intend to select a vendor that puts forward the most sensible technical approach, key personnel that can fulfil the objectives and a reasonable price.\n', ['most sensible technical approach', 'key personnel that can fulfil the objectives', 'reasonable price']],
    ["## Critères d'attribution\n\nLe pouvoir adjudicateur retient le soumissionnaire qui propose la meilleure méthodologie, le délai le plus court et un prix raisonnable.\n", ['meilleure méthodologie', 'délai le plus court', 'prix raisonnable']],
  ])('reads "%s"', (text, names) => {
    expect(factsOf(text).award[0]?.criteria.map((c) => c.name)).toEqual(names);
  });
});

describe('sections', () => {
  it('a post-award meeting is no award section', () => {
    const f = factsOf('## 2.4 Post Award Orientation Conference\n\nThe kickoff will cover:\n\n- Introduction of the Contractor and Government staff\n- Understanding of the workflow\n\n## 7.0 Basis for award\n\nPrice (60 %) and quality (40 %).\n');
    expect(f.award.flatMap((g) => g.criteria.map((c) => c.name))).toEqual(['Price', 'quality']);
  });
});

describe('criteria sentences that name no criterion', () => {
  it.each([
    '## Gunning\n\nDe offertes worden beoordeeld op de volgende gunningscriteria, gerangschikt in dalende volgorde van belangrijkheid:\n\n- de prijs;\n- de kwaliteit van het plan.\n',
    "## Critères d'attribution\n\nLes offres sont évaluées sur la base des critères suivants, par ordre décroissant d'importance :\n\n- le prix ;\n- la qualité du plan.\n",
    '## Award\n\nTenders will be evaluated on the following criteria, in order of importance:\n\n- price;\n- quality of the plan.\n',
  ])('reads only the listed criteria after "%s"', (text) => {
    expect(factsOf(text).award.flatMap((g) => g.criteria.map((c) => c.name.replace(/^(?:de|le|la)\s+/iu, '')))).toEqual([expect.stringMatching(/^(?:prijs|prix|price)$/iu), expect.stringMatching(/^(?:kwaliteit van het plan|qualité du plan|quality of the plan)$/iu)]);
  });

  it('reads criteria whose asides stand in brackets', () => {
    expect(factsOf('## Award\n\nThe council will select the tenderer that offers the best method statement (as described in section 4), a credible programme, and a fair price (not necessarily the lowest).\n').award[0]?.criteria.map((c) => c.name)).toEqual(['best method statement', 'credible programme', 'fair price']);
  });
});

describe('an insurance premium is the price', () => {
  it.each([
    ['## Gunningscriteria\n\nPer perceel wordt gegund op basis van de premie (50 %) en de dekkingsomvang (50 %).\n', 'premie'],
    ['## Award criteria\n\nThe contract is awarded on the basis of the premium (60 %) and the claims service (40 %).\n', 'premium'],
  ])('"%s"', (text, name) => {
    expect(factsOf(text).award[0]?.criteria.filter((c) => c.isPrice).map((c) => c.name)).toEqual([name]);
  });
});
