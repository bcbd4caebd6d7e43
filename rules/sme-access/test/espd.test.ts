import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/espd.js';

const services = (value: string, body: string) =>
  `# Bestek\n\nDeze opdracht voor diensten betreft de schoonmaak van de administratieve gebouwen. De geraamde waarde van de opdracht bedraagt ${value} excl. btw.\n\n## Selectiecriteria\n\n${body}`;
const works = (value: string, body: string) =>
  `# Bestek\n\nDeze opdracht voor werken betreft de heraanleg van de Kerkstraat. De geraamde waarde van de opdracht bedraagt ${value} excl. btw.\n\n## Selectiecriteria\n\n${body}`;

new RuleTester({ read: (t) => readMarkdown(t) }).run(rule, {
  valid: [
    services('€ 480.000', 'De inschrijver verklaart in het UEA (delen II, III en IV) dat hij zich niet in een uitsluitingssituatie bevindt en dat hij aan de selectiecriteria voldoet.'),
    services('€ 300.000', 'De inschrijver vult het Uniform Europees Aanbestedingsdocument in als voorlopig bewijs.'),
    // Below the supplies/services threshold, or works below the works threshold.
    services('€ 175.000', 'De inschrijver voegt een lijst van drie referenties bij zijn offerte.'),
    works('€ 1.450.000', 'De inschrijver beschikt over een erkenning in categorie C, klasse 5.'),
    // No value stated.
    '# Bestek\n\nDeze opdracht voor diensten betreft de schoonmaak van de gebouwen.\n\n## Selectiecriteria\n\nDe inschrijver voegt drie referenties bij.',
    { text: "# Cahier spécial des charges\n\nLe présent marché de services porte sur le nettoyage des bureaux. Le montant estimé du marché s'élève à 480.000 EUR HTVA.\n\n## Sélection\n\nLe soumissionnaire complète le DUME.", lang: 'fr' },
    { text: '# Tender specifications\n\nThis services contract covers IT consultancy. The estimated value is EUR 4 800 000 excluding VAT.\n\n## Selection criteria\n\nThe European Single Procurement Document (ESPD) is accepted as preliminary evidence.', lang: 'en' },
  ],
  invalid: [
    {
      text: services('€ 260.000', 'Door het loutere feit van de indiening van zijn offerte verklaart de inschrijver op erewoord dat hij zich niet in een uitsluitingsgeval bevindt. De inschrijver voegt drie referenties bij.'),
      errors: [{ messageId: 'missing', line: 5, message: /216\.000/, suggestion: /UEA/ }],
    },
    { text: works('€ 6.200.000', 'De inschrijver beschikt over een erkenning in categorie D, klasse 8.'), errors: [{ messageId: 'missing', message: /5\.404\.000/ }] },
    { text: services('€ 480.000', 'Het UEA wordt niet aanvaard; de inschrijver voegt alle attesten bij zijn offerte.'), errors: [{ messageId: 'refused' }] },
    {
      text: "# Cahier spécial des charges\n\nLe présent marché de services porte sur le nettoyage des bureaux. Le montant estimé du marché s'élève à 480.000 EUR HTVA.\n\n## Critères de sélection\n\nLe soumissionnaire joint à son offre une liste de trois références.",
      lang: 'fr',
      errors: [{ messageId: 'missing', message: /DUME/ }],
    },
    {
      text: '# Tender specifications\n\nThis supplies contract covers laptops. The estimated value is EUR 540,000 excluding VAT.\n\n## Selection criteria\n\nTenderers enclose a list of two references.',
      lang: 'en',
      errors: [{ messageId: 'missing', message: /ESPD/ }],
    },
  ],
});
