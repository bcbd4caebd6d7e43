import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/high-risk-clause.js';

const tester = new RuleTester({ read: (t) => readMarkdown(t) });

const stoneWorks = (clause: string) => `# Heraanleg van de Schoolstraat

## 1. Voorwerp van de opdracht

De opdracht is een opdracht voor werken en betreft de heraanleg van de Schoolstraat met gescheiden riolering. CPV: 45233140-2 (wegenwerken).

## 2. Uitvoeringsbepalingen

De uitvoeringstermijn bedraagt 120 werkdagen.${clause ? `\n\n${clause}` : ''}

## 3. Technische bepalingen

De boordstenen worden uitgevoerd in blauwe hardsteen, gezaagd, 15 x 30 cm, met een gevlamd bovenvlak.
`;

const furniture = (clause: string) => `# Fourniture de mobilier scolaire

## 1. Objet du marché

Le présent marché de fournitures a pour objet la fourniture de mobilier scolaire (CPV 39160000-1) pour les écoles communales.

## 2. Conditions d'exécution

Les livraisons ont lieu pendant les vacances scolaires.${clause ? `\n\n${clause}` : ''}
`;

tester.run(rule, {
  valid: [
    {
      name: 'natural stone with an IAO clause listing conventions',
      text: stoneWorks('De aannemer waarborgt dat de natuursteen doorheen de volledige toeleveringsketen ontgonnen en bewerkt wordt met naleving van de IAO-verdragen nrs. 29, 87, 98, 100, 105, 111, 138 en 182.'),
    },
    {
      name: 'natural stone with the "ethische clausule" named',
      text: stoneWorks('De ethische clausule in bijlage F is een uitvoeringsvoorwaarde van deze opdracht.'),
    },
    {
      name: 'natural stone with the fundamental labour standards',
      text: stoneWorks('De aannemer leeft de fundamentele arbeidsnormen na en ziet erop toe dat zijn leveranciers dat ook doen.'),
    },
    {
      name: 'French: furniture with an OIT clause',
      text: furniture("L'adjudicataire garantit que le mobilier est fabriqué dans le respect des conventions fondamentales de l'OIT tout au long de la chaîne d'approvisionnement."),
      lang: 'fr',
    },
    {
      name: 'English: laptops with ILO core labour standards',
      text: '# Supply of laptops\n\nThe contract is for the supply of 400 laptops and docking stations (CPV 30213100).\n\n## Performance conditions\n\nThe contractor shall ensure that the goods are produced in compliance with the ILO core labour standards throughout the supply chain.',
      lang: 'en',
    },
    {
      name: 'the international labour standards of the plan',
      text: stoneWorks('De aannemer garandeert het respect van de internationale arbeidsnormen (IAO) bij de ontginning en bewerking van de natuursteen.'),
    },
    {
      name: 'a capitalised "Ethische clausule" heading over the clause',
      text: stoneWorks('### Ethische clausule\n\nDe aannemer leeft de basisnormen na doorheen de volledige toeleveringsketen van de stenen.'),
    },
    {
      name: 'French: "travail forcé" and "chaîne d\'approvisionnement"',
      text: furniture("L'adjudicataire garantit l'absence de travail forcé dans sa chaîne d'approvisionnement."),
      lang: 'fr',
    },
    {
      name: 'the Dutch "Internationale Sociale Voorwaarden"',
      text: stoneWorks('Op deze opdracht zijn de Internationale Sociale Voorwaarden van toepassing; de aannemer voert due diligence uit in de keten van de natuursteen.'),
    },
    {
      name: 'a ban on forced and child labour in the supply chain counts as the clause',
      text: stoneWorks('De aannemer waarborgt dat de natuursteen niet ontgonnen of bewerkt werd met dwangarbeid of kinderarbeid.'),
    },
    {
      name: 'cleaning services: staff workwear is not the subject',
      text: '# Schoonmaak van het gemeentehuis\n\nDe opdracht voor diensten betreft de schoonmaak van het gemeentehuis (CPV 90919200-4).\n\n## Uitvoering\n\nHet personeel draagt een herkenbare werkkledij met het logo van de opdrachtnemer.',
    },
    {
      name: 'French: "Bois" in the name of a commune',
      text: "# Commune de Bois-Fontaine\n\n## Objet\n\nLe marché de services a pour objet le nettoyage des bâtiments de la Commune de Bois-Fontaine (CPV 90919200-4).\n\nLe personnel porte une tenue de travail au nom de l'entreprise.",
      lang: 'fr',
    },
    {
      name: 'English: computer support services are not electronics',
      text: '# IT consultancy framework\n\nThe contract is a services contract for IT consultancy (CPV 72000000-5, 72600000-6 computer support and consultancy services).',
      lang: 'en',
    },
    {
      name: 'luminaires are not electronics',
      text: '# Levering van LED-armaturen\n\nDe opdracht betreft de levering van LED-armaturen voor de openbare verlichting (CPV 34993000-4).',
    },
    {
      name: 'a Swiss "OIT" ordinance is no clause, but there is no segment either',
      text: "# Entretien des routes\n\nLe marché de services porte sur l'entretien des routes cantonales (CPV 90610000). L'office vérifie la conformité (RS 784.101.2; OIT).",
      lang: 'fr',
    },
  ],
  invalid: [
    {
      name: 'workwear described as an ILO risk sector, with no clause',
      text: '# Raamovereenkomst werkkledij\n\nDe opdracht betreft de levering van werkkledij (CPV 18110000-3). Werkkledij is een IAO-risicosector.',
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'natural stone kerbs in a works contract, no clause',
      text: stoneWorks(''),
      errors: [{ messageId: 'missing', text: '2. Uitvoeringsbepalingen' }],
    },
    {
      name: 'workwear supply with no clause',
      text: '# Raamovereenkomst werkkledij\n\nDe opdracht betreft de levering van werkkledij en veiligheidsschoenen voor de medewerkers van de technische dienst (CPV 18110000-3).\n\nVoor deze levering gelden geen bijzondere voorwaarden inzake arbeidsomstandigheden.',
      errors: [{ messageId: 'missing', suggestion: /IAO-verdragen nrs\. 29, 87, 98, 100, 105, 111, 138 en 182/ }],
    },
    {
      name: 'timber flooring in a renovation',
      text: '# Renovatie van de turnzaal\n\nDeze opdracht voor werken omvat de renovatie van de turnzaal.\n\n## Technische bepalingen\n\nDe sportvloer is een parketvloer in massief eikenhout, dikte 22 mm.',
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'one laptop item in a furnishing purchase',
      text: '# Inrichting van het jeugdhuis\n\nDe opdracht voor leveringen omvat de levering van keukentoestellen, verlichting en twee laptops.',
      errors: [{ messageId: 'missing', message: /laptops/ }],
    },
    {
      name: 'French: school furniture without an OIT clause',
      text: furniture(''),
      lang: 'fr',
      errors: [{ messageId: 'missing', message: /mobilier : CPV 39160000-1/ }],
    },
    {
      name: 'French: the Swiss OIT ordinance is not an ILO clause',
      text: "# Testeur LTE\n\nMarché de fournitures: un testeur pour téléphones mobiles (CPV 32250000). L'office vérifie la conformité (RS 784.101.2; OIT).",
      lang: 'fr',
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'English: linen hire with laundry, no ILO clause',
      text: '# Linen hire and laundry services\n\nThe contractor shall supply on hire bed linen and towels and launder them weekly (CPV 98310000).',
      lang: 'en',
      errors: [{ messageId: 'missing', message: /textiles/ }],
    },
  ],
});
