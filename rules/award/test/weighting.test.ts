import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/weighting.js';

const tester = new RuleTester({ read: (t) => readMarkdown(t) });

tester.run(rule, {
  valid: [
    // Weights in percent that add up to 100, in a table.
    '## Gunningscriteria\n\n| Criterium | Weging |\n|---|---|\n| Prijs | 60 % |\n| Plan van aanpak | 25 % |\n| Duurzaamheid | 15 % |',
    // Points may add up to any total; one column per lot.
    '## Gunningscriteria\n\n| Criterium | Perceel 1 | Perceel 2 |\n|---|---|---|\n| Prijs | 50 punten | 50 punten |\n| Kwaliteit | 30 punten | 35 punten |\n| Duurzaamheid | 25 punten | 15 punten |\n| Totaal | 105 punten | 100 punten |',
    // Weights in a list, in prose form.
    '## Gunningscriteria\n\nDe offertes worden beoordeeld op de volgende criteria:\n\n1. Prijs: 70 %\n2. Kwaliteit van de methodologie: 30 %',
    // Bare numbers under a weight header.
    '## Gunningscriteria\n\n| Criterium | Punten |\n|---|---|\n| Prijs | 40 |\n| Kwaliteit | 60 |',
    // A single criterion needs no weight.
    '## Gunningscriterium\n\nDe opdracht wordt gegund aan de inschrijver met de laagste prijs.',
    // A list under the award heading that is not a list of criteria.
    '## Gunningscriteria\n\n| Criterium | Weging |\n|---|---|\n| Prijs | 60 % |\n| Kwaliteit | 40 % |\n\nDe kwaliteit wordt beoordeeld aan de hand van:\n\n- de planning;\n- de organisatie van de werf.',
    // Documents to enclose for the criteria are not criteria.
    '## Gunningscriteria\n\n| Criterium | Weging |\n|---|---|\n| Prijs | 60 % |\n| Kwaliteit | 40 % |\n\nOm het criterium kwaliteit te beoordelen voegt de inschrijver de volgende documenten bij zijn offerte:\n\n- een planning;\n- een nota over de werfinrichting.',
    // Sub-criteria rows in the weighting table.
    '## Gunningscriteria\n\n| Criterium | Weging |\n|---|---|\n| Prijs | 60 % |\n| Kwaliteit | 40 % |\n| a) Methodologie | 25 % |\n| b) Planning | 15 % |',
    // Sub-criteria of a weighted criterion.
    '## Gunningscriteria\n\n| Criterium | Weging |\n|---|---|\n| Prijs | 60 % |\n| Kwaliteit | 40 % |\n\nHet criterium kwaliteit wordt beoordeeld op de volgende subcriteria:\n\n- de planning;\n- de werfinrichting.',
    // Selection criteria are not award criteria.
    '## Kwalitatieve selectie\n\nDe inschrijver voegt de volgende documenten toe:\n\n1. een lijst van referenties;\n2. een attest van de RSZ.',
    { text: '## Critères d\'attribution\n\n| Critère | Pondération |\n|---|---|\n| Prix | 70 % |\n| Qualité de la méthodologie | 30 % |', lang: 'fr' },
    { text: '### Award criteria\n\n| Criterion | Weighting |\n|---|---|\n| Quality of the methodology | 35 % |\n| Team organisation | 20 % |\n| Sustainability | 5 % |\n| Price | 40 % |\n| Total | 100 % |', lang: 'en' },
    // TED notice fields with weights.
    { text: '[OBJECT_CONTRACT/OBJECT_DESCR/AC/AC_QUALITY]\nQuality 30\n\n[OBJECT_CONTRACT/OBJECT_DESCR/AC/AC_PRICE]\n70', lang: 'en' },
      // Criteria in a sentence, with weights that add up (percent) or points.
    '## Gunningscriteria\n\nPer perceel wordt gegund op basis van prijs (60 punten) en kwaliteit (40 punten).',
    '## Gunning\n\nDe offertes worden beoordeeld op de prijs (70 %) en de kwaliteit van het plan van aanpak (30 %).',
    { text: '## Critères d\'attribution\n\nLes offres sont évaluées sur la base du prix (60 %) et de la valeur technique (40 %).', lang: 'fr' },
    { text: '## Award criteria\n\nTenders will be evaluated on price (70 %) and quality (30 %).', lang: 'en' },
    // A criterion whose name opens with "Totale / Total" is no sum row (nl, fr, en), with and without a real sum row.
    '## Gunningscriteria\n\n| criterium | weging |\n|---|---|\n| Totale eigendomskost over 5 jaar (huur, klikprijs, energie) | 55 % |\n| Technische waarde | 30 % |\n| Milieuprestaties | 15 % |',
    '## Gunningscriteria\n\n| Criterium | Weging |\n|---|---|\n| Totale kostprijs over de looptijd | 60 % |\n| Kwaliteit van de dienstverlening | 40 % |\n| Totaal (max.) | 100 % |',
    { text: '## Award criteria\n\n| Criterion | Weighting |\n|---|---|\n| Total cost of ownership over four years | 50 % |\n| Quality of the service plan | 50 % |\n| Total score | 100 % |', lang: 'en' },
    { text: '## Critères d\'attribution\n\n| Critère | Pondération |\n|---|---|\n| Total des coûts sur le cycle de vie | 70 % |\n| Valeur technique | 30 % |\n| Total général : | 100 % |', lang: 'fr' },
    // Sum rows in their other forms are still skipped.
    '## Gunningscriteria\n\n| Criterium | Weging |\n|---|---|\n| Prijs | 60 % |\n| Kwaliteit | 40 % |\n| TOTAAL: | 100 % |\n| Totaalscore | 100 % |',
    // Run-in award titles and criteria after a colon, with weights, or not a list of criteria.
    '**3.3 Gunningscriteria perceel 3.** De offertes worden beoordeeld op de volgende criteria: prijs (60 %), kwaliteit van de aanpak (40 %).',
    '**Artikel 10 — Gunningscriteria.** De gunningscriteria en hun weging staan in bijlage C: zie punt 2, tabel 1 en tabel 2.',
    'De gunningscriteria zijn opgenomen in de volgende documenten: het bestek, bijlage A en de inventaris.',
    { text: '**Award criteria.** The award criteria are set out in Annex B: price, quality and delivery, with the weights stated there.', lang: 'en' },
    { text: '**Article 9. Critères d\'attribution.** Les critères d\'attribution suivants s\'appliquent : prix (70 points), valeur technique (30 points).', lang: 'fr' },
    '## Hoofdstuk 3 – Gunning\n\n**3.2 Gunningscriteria perceel 1 en perceel 2.**\n\n| criterium | weging |\n|---|---|\n| Totale eigendomskost over 5 jaar | 55 % |\n| Technische waarde | 30 % |\n| Milieuprestaties | 15 % |',
    // An enumeration that is not a list of award criteria.
    '## Gunning\n\nDe offertes worden beoordeeld op hun regelmatigheid en volledigheid.',
    { text: '## Selection\n\nCandidates will be assessed against the exclusion grounds and the selection requirements.', lang: 'en' },
  ],
  invalid: [
    {
      text: '### Art. 7 - Gunningscriteria\n\nDe offertes worden beoordeeld op de volgende gunningscriteria, gerangschikt in dalende volgorde van belangrijkheid:\n\n1. de prijs;\n2. de kwaliteit van het onderhoudsplan en de planning;\n3. de milieuprestaties van het ingezette machinepark.',
      errors: [{ messageId: 'missing', line: 3 }],
    },
    {
      text: '## Gunningscriteria\n\nDe gunningscriteria zijn:\n\n- prijs;\n- technische waarde;\n- uitvoeringstermijn.',
      errors: [{ messageId: 'missing' }],
    },
    {
      text: '## Gunningscriteria\n\n| Criterium | Weging |\n|---|---|\n| A. Prijs | 60 % |\n| B. Plan van aanpak | 25 % |\n| C. Beperking van de hinder | 20 % |',
      errors: [{ messageId: 'sum', text: 'A. Prijs', message: /105 %/ }],
    },
    {
      text: '## Gunningscriteria\n\n1. Prijs: 50 %\n2. Kwaliteit: 40 %',
      errors: [{ messageId: 'sum', message: /90 %/ }],
    },
    // A criterion named "Totale prijs" / "Total price" counts in the sum.
    { text: '## Gunningscriteria\n\n| Criterium | Weging |\n|---|---|\n| Totale prijs | 50 % |\n| Kwaliteit | 30 % |\n| Totaal | 80 % |', errors: [{ messageId: 'sum', message: /80 %/ }] },
    { text: '## Award criteria\n\n| Criterion | Weighting |\n|---|---|\n| Total price over the contract term | 45 % |\n| Quality | 45 % |\n| Total | 90 % |', lang: 'en', errors: [{ messageId: 'sum', message: /90 %/ }] },
    // Criteria named after a colon in one sentence, under a run-in title or an order of importance, in nl, fr and en.
    {
      text: '## Hoofdstuk 3 – Indiening, varianten en gunning\n\n**3.3 Gunningscriteria perceel 3.** De offertes voor perceel 3 worden beoordeeld op de volgende criteria, in afnemende orde van belangrijkheid: de jaarlijkse licentie- en onderhoudskost, de functionele dekking van de eisen in bijlage B, de aanpak van de integratie met het identiteitsbeheer, en de ondersteuning tijdens de uitrol.',
      errors: [{ messageId: 'missing', message: /4 gunningscriteria/, line: 3 }],
    },
    { text: '**Artikel 9 – Gunningscriteria.** De gunningscriteria zijn, in volgorde van belangrijkheid: de prijs, de kwaliteit van het plan van aanpak en de uitvoeringstermijn.', errors: [{ messageId: 'missing' }] },
    { text: '## Gunning\n\nDe opdracht wordt gegund op basis van de volgende criteria: de prijs, de technische waarde en de duurzaamheid van de materialen.', errors: [{ messageId: 'missing' }] },
    { text: '**Article 9. Critères d\'attribution.** Les offres sont évaluées selon les critères suivants, par ordre d\'importance décroissante : le prix, la valeur technique et le délai de livraison.', lang: 'fr', errors: [{ messageId: 'missing', message: /3 critères/ }] },
    { text: '**4.2 Award criteria.** Tenders will be assessed against the following criteria, in descending order of importance: price, the quality of the methodology, and the delivery time.', lang: 'en', errors: [{ messageId: 'missing', message: /3 award criteria/ }] },
    // Some criteria weighted, one not.
    {
      text: '## Gunningscriteria\n\nDe volgende criteria worden gehanteerd:\n\n1. Prijs (60 punten)\n2. Kwaliteit van de dienstverlening (40 punten)\n3. Duurzaamheid',
      errors: [{ messageId: 'missing' }],
    },
    {
      text: '## Critères d\'attribution\n\nLes offres sont évaluées selon les critères d\'attribution suivants, par ordre décroissant d\'importance :\n\n1. le prix ;\n2. la valeur technique.',
      lang: 'fr',
      errors: [{ messageId: 'missing' }],
    },
    {
      text: '## Evaluation factors\n\nQuotes will be evaluated on the following evaluation factors:\n\n- Technical approach\n- Staffing plan\n- Similar experience\n- Price',
      lang: 'en',
      errors: [{ messageId: 'missing' }],
    },
    {
      text: 'The criteria used to assess the submissions will be based around the following: - Location of the proposed site - Amenity of the proposed site - Planning status of the site',
      lang: 'en',
      errors: [{ messageId: 'missing' }],
    },
    // Several criteria in one sentence, without weights.
    {
      text: '## Gunningscriteria\n\nDe offertes worden beoordeeld op de prijs, op de kwaliteit van het voorgestelde dienstverleningsmodel en de SLA-opvolging, en op de aanpak van de overname bij de start van de opdracht.',
      errors: [{ messageId: 'missing' }],
    },
    { text: '## Gunning\n\nDe opdracht wordt gegund op basis van de prijs, de kwaliteit en de uitvoeringstermijn.', errors: [{ messageId: 'missing' }] },
    { text: 'De opdracht wordt gegund op basis van de prijs en de leveringstermijn.', errors: [{ messageId: 'missing' }] },
    { text: '## Critères d\'attribution\n\nLe marché est attribué sur la base du prix, de la qualité et du délai d\'exécution.', lang: 'fr', errors: [{ messageId: 'missing' }] },
    { text: '## Award\n\nTenders will be evaluated on price, quality of the methodology and delivery time.', lang: 'en', errors: [{ messageId: 'missing' }] },
    // Weights in a sentence that do not add up to 100 %.
    { text: '## Gunningscriteria\n\nPer perceel wordt gegund op basis van de premie (50 %), de dekkingsomvang en de uitsluitingen in de polis (30 %) en de schaderegeling en dienstverlening (15 %).', errors: [{ messageId: 'sum', message: /95 %/ }] },
    { text: '## Basis for award\n\nWe intend to select a vendor that puts forward the most sensible technical approach, key personnel that can fulfil the objectives and a reasonable price.', lang: 'en', errors: [{ messageId: 'missing' }] },
    { text: '## Critères d\'attribution\n\nLe pouvoir adjudicateur retient le soumissionnaire qui propose la meilleure méthodologie, le délai le plus court et un prix raisonnable.', lang: 'fr', errors: [{ messageId: 'missing' }] },
  ],
});
