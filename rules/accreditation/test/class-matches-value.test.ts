import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/class-matches-value.js';

const works = (value: string) => `# Bestek\n\nDit is een opdracht voor werken: de heraanleg van de Stationsstraat met riolering.\n\nDe werken zijn geraamd op ${value} excl. btw.\n\n## Selectie\n\n`;

new RuleTester({ read: (t) => readMarkdown(t) }).run(rule, {
  valid: [
    works('€ 1.450.000') + 'De inschrijver moet erkend zijn in categorie C, klasse 5, of aantonen dat hij voldoet aan de voorwaarden van artikel 3, § 1 van de wet van 20 maart 1991.',
    works('€ 250.000') + 'Voor deze werken is een erkenning in ondercategorie D1, klasse 2 vereist.',
    works('€ 600.000') + 'Vereiste erkenning: klasse 3 in categorie D.',
    // Below € 75.000: no accreditation needed.
    works('€ 60.000') + 'De inschrijver toont zijn technische bekwaamheid aan met twee referenties.',
    // Not works.
    '# Bestek\n\nDit is een opdracht voor leveringen van werkkledij. De geraamde waarde bedraagt € 380.000 excl. btw.\n\nDe jassen halen zichtbaarheidsklasse 2 of 3 volgens EN ISO 20471.',
    // A paint class is not an accreditation class.
    works('€ 250.000') + 'Voor deze werken is een erkenning in categorie D, klasse 2 vereist.\n\n## Afwerking\n\nDe binnenverf is geschikt voor intensief gebruik (natte schrobvastheid klasse 1).',
    // Per lot: each class matches its lot.
    '# Bestek\n\nDit is een opdracht voor werken, verdeeld in twee percelen.\n\n| Perceel | Omschrijving | Raming (excl. btw) | Vereiste erkenning |\n|---|---|---|---|\n| 1 | Bouwkundige werken | € 1.650.000 | categorie D, klasse 5 |\n| 2 | HVAC | € 560.000 | ondercategorie D18, klasse 3 |\n\nDe totale raming bedraagt € 2.210.000 excl. btw.',
    { text: "# Cahier spécial des charges\n\nLe présent marché de travaux est estimé à 1.000.000 EUR HTVA.\n\n## Sélection\n\nLe soumissionnaire doit être agréé en catégorie D, classe 4.", lang: 'fr' },
    { text: '# Tender specification\n\nThis is a works contract with an estimated value of EUR 300 000 excluding VAT.\n\nTenderers must hold accreditation in category C, class 2.', lang: 'en' },
  ],
  invalid: [
    { text: works('€ 1.450.000') + 'De inschrijver moet erkend zijn in categorie C, klasse 4, of aantonen dat hij voldoet aan de voorwaarden van artikel 3, § 1 van de wet van 20 maart 1991.', errors: [{ messageId: 'tooLow', severity: 'error', message: /klasse 5/ }] },
    { text: works('€ 250.000') + 'Voor deze werken is een erkenning in categorie D, klasse 5 vereist.', errors: [{ messageId: 'tooHigh', severity: 'warning', suggestion: 'erkenning in categorie D, klasse 2' }] },
    { text: works('€ 900.000') + 'Erkenning: categorie: C - klasse: 2.', errors: [{ messageId: 'tooLow' }] },
    { text: works('€ 900.000') + 'Vereiste erkenning: 6C.', errors: [{ messageId: 'tooHigh' }] },
    // Per lot: lot 2 asks one class too many.
    {
      text: '# Bestek\n\nDit is een opdracht voor werken, verdeeld in twee percelen.\n\n| Perceel | Omschrijving | Raming (excl. btw) | Vereiste erkenning |\n|---|---|---|---|\n| 1 | Bouwkundige werken | € 1.650.000 | categorie D, klasse 5 |\n| 2 | HVAC | € 560.000 | ondercategorie D18, klasse 4 |\n\nDe totale raming bedraagt € 2.210.000 excl. btw.',
      errors: [{ messageId: 'tooHigh', message: /perceel 2/, text: 'ondercategorie D18, klasse 4' }],
    },
    // Works of € 75.000 or more with no accreditation asked.
    { text: works('€ 400.000') + 'De inschrijver legt drie referenties voor van gelijkaardige werken.', errors: [{ messageId: 'missing', severity: 'warning' }] },
    { text: "# Cahier spécial des charges\n\nLe présent marché de travaux est estimé à 1.000.000 EUR HTVA.\n\n## Sélection\n\nLe soumissionnaire doit être agréé en catégorie D, classe 2.", lang: 'fr', errors: [{ messageId: 'tooLow', message: /classe 4/ }] },
    { text: '# Tender specification\n\nThis is a works contract with an estimated value of EUR 300 000 excluding VAT.\n\nTenderers must hold accreditation in category C, class 6.', lang: 'en', errors: [{ messageId: 'tooHigh', message: /class 2/ }] },
  ],
});
