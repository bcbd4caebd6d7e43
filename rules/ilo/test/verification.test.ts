import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/verification.js';

const tester = new RuleTester({ read: (t) => readMarkdown(t) });

tester.run(rule, {
  valid: [
    'De opdrachtnemer verbindt zich ertoe de IAO-conventies na te leven. Hij vult binnen dertig dagen na de sluiting de vragenlijst voor zelfevaluatie in bijlage D in.',
    {
      name: 'list of production sites, audit and action plan in the same article',
      text: '## 11. Ethische clausule\n\nDe opdrachtnemer waarborgt de naleving van de IAO-basisnormen doorheen de toeleveringsketen.\n\nBinnen zestig dagen bezorgt hij een lijst van de productiesites. De provincie kan een audit laten uitvoeren door een onafhankelijke derde; bij tekortkomingen legt hij een actieplan voor.',
    },
    'De opdrachtnemer toont de naleving van de fundamentele IAO-arbeidsnormen aan met een lidmaatschap van de Fair Wear Foundation of een gelijkwaardig initiatief.',
    'Voor alle natuursteen past de aannemer due diligence toe volgens de OESO-richtlijnen, bv. via TruStone, in het kader van de ethische clausule.',
    { text: "Le respect des conventions de l'OIT est vérifié au moyen d'un questionnaire d'auto-évaluation et, le cas échéant, d'un audit.", lang: 'fr' },
    { text: 'Compliance with the ILO core conventions is demonstrated by SA8000 certification or amfori BSCI membership, or equivalent.', lang: 'en' },
    'Het bestek bevat geen bepalingen over arbeidsnormen.',
  ],
  invalid: [
    {
      text: 'De opdrachtnemer waarborgt dat de geleverde laptops en dockingstations, doorheen de volledige toeleveringsketen, geproduceerd worden met naleving van de IAO-basisverdragen nrs. 29, 105, 138 en 182, die dwangarbeid en kinderarbeid verbieden.',
      errors: [{ messageId: 'noMeans', suggestion: /productiesites/ }],
    },
    {
      text: '### 12. Ethische clausule\n\nDe aannemer waarborgt dat zijn eigen arbeiders en bedienden die op de bouwplaats werken, tewerkgesteld worden met respect voor de fundamentele arbeidsnormen van de Internationale Arbeidsorganisatie (IAO).\n\n## 13. Sociale clausule\n\nDe aannemer reserveert 2 % van de arbeidsuren voor leerlingen uit een bouwopleiding.',
      errors: [{ messageId: 'noMeans', line: 3 }],
    },
    {
      text: "L'adjudicataire respecte, dans toute la chaîne d'approvisionnement, les normes fondamentales du travail de l'OIT.",
      lang: 'fr',
      errors: [{ messageId: 'noMeans' }],
    },
    {
      text: 'The contractor shall ensure that the goods are produced throughout the supply chain in compliance with the ILO core labour standards.',
      lang: 'en',
      errors: [{ messageId: 'noMeans' }],
    },
  ],
});
