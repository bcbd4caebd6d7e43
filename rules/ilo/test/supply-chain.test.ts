import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/supply-chain.js';

const tester = new RuleTester({ read: (t) => readMarkdown(t) });

tester.run(rule, {
  valid: [
    'De opdrachtnemer waarborgt dat de geleverde laptops, doorheen de volledige toeleveringsketen, geproduceerd worden met naleving van de IAO-basisverdragen.',
    {
      name: 'extended to subcontractors and suppliers in another article',
      text: '## 11. Ethische clausule\n\nDe opdrachtnemer leeft de fundamentele arbeidsnormen van de IAO na.\n\n## 14. Onderaanneming\n\nDe ethische clausule van punt 11 geldt ook voor onderaannemers en leveranciers.',
    },
    'De ethische clausule geldt voor de opdrachtnemer, zijn leveranciers en onderaannemers.',
    { text: "L'adjudicataire garantit le respect des normes fondamentales de l'OIT tout au long de la chaîne d'approvisionnement.", lang: 'fr' },
    { text: 'The contractor shall ensure that ILO core labour standards are respected in its supply chain.', lang: 'en' },
    { text: 'The goods supplied shall be manufactured in compliance with the ILO core conventions.', lang: 'en' },
    'Het personeel van de opdrachtnemer draagt werkkledij.',
    {
      name: 'a description that names the ILO is no clause',
      text: 'Deze raamovereenkomst voor werkkledij valt in een IAO-risicosector volgens het Vlaams plan overheidsopdrachten.',
    },
  ],
  invalid: [
    {
      text: 'De opdrachtnemer verbindt zich ertoe dat de werknemers van zijn onderneming die bij deze opdracht betrokken zijn, tewerkgesteld worden met respect voor de IAO-conventies nrs. 29, 87, 98, 100, 138 en 182.',
      errors: [{ messageId: 'ownStaffOnly' }],
    },
    {
      name: 'own workers on site, under an ethical clause heading',
      text: '### 12. Ethische clausule\n\nDe aannemer waarborgt dat zijn eigen arbeiders en bedienden die op de bouwplaats werken, tewerkgesteld worden met respect voor de fundamentele arbeidsnormen van de Internationale Arbeidsorganisatie (IAO).',
      errors: [{ messageId: 'ownStaffOnly', line: 3 }],
    },
    {
      name: 'own staff who make the goods',
      text: 'De opdrachtnemer waarborgt dat zijn eigen personeel dat de kledij vervaardigt, tewerkgesteld wordt met naleving van de IAO-basisnormen.',
      errors: [{ messageId: 'ownStaffOnly' }],
    },
    {
      text: "L'adjudicataire veille à ce que son personnel affecté au marché travaille dans le respect des conventions fondamentales de l'OIT.",
      lang: 'fr',
      errors: [{ messageId: 'ownStaffOnly' }],
    },
    {
      text: 'The contractor shall employ its own staff on this contract in line with the ILO core labour standards.',
      lang: 'en',
      errors: [{ messageId: 'ownStaffOnly' }],
    },
  ],
});
