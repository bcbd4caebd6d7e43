import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/conflicting-facts.js';

new RuleTester({ read: (t) => readMarkdown(t) }).run(rule, {
  valid: [
    // The same value in other formats and with VAT.
    '# Bestek\n\n## Art. 4 - Raming\n\nDe geraamde waarde van de opdracht bedraagt € 1.120.000,00 excl. btw (€ 1.355.200,00 incl. 21 % btw) voor de volledige looptijd.\n\n## Art. 5 - Procedure\n\nGelet op de raming van 1,12 miljoen euro excl. btw wordt de opdracht Europees bekendgemaakt.',
    // Other scopes: a year, a lot.
    '# Bestek\n\nDe geraamde waarde van de opdracht bedraagt € 1.860.000 excl. btw voor vier jaar.\n\nDat is gemiddeld € 465.000 excl. btw per jaar.',
    '# Bestek\n\nDe opdracht is verdeeld in twee percelen.\n\n| Perceel | Omschrijving | Raming (excl. btw) |\n|---|---|---|\n| 1 | Werkkledij | € 265.000 |\n| 2 | Schoenen | € 115.000 |\n\nDe geraamde waarde van de opdracht bedraagt € 380.000 excl. btw.',
    // A list of lots is not a statement of their number.
    '# Bestek\n\nDe opdracht is verdeeld in twee percelen:\n\n- perceel 1: dekstenen;\n- perceel 2: breuksteen.\n\nHet aantal percelen is vastgelegd op twee.',
    // The same deadline twice.
    '# Bestek\n\nDe offertes moeten toekomen uiterlijk op dinsdag 14 april 2026 om 10.00 uur.\n\n## Indiening\n\nDe offertes moeten uiterlijk op 14 april 2026 om 10.00 uur ingediend zijn via e-Tendering.',
    // A change the text presents as one.
    '# Bestek\n\nDe offertes moeten toekomen uiterlijk op dinsdag 14 april 2026 om 10.00 uur.\n\n## Rechtzetting\n\nDe uiterste datum voor ontvangst van de offertes wordt verlengd tot dinsdag 21 april 2026 om 10.00 uur.',
    { text: "# Cahier spécial des charges\n\nLe montant estimé du marché s'élève à 480.000 EUR HTVA.\n\nLe marché est estimé à 480 000 € hors TVA.", lang: 'fr' },
    { text: '# Tender specification\n\nThe estimated value of the contract is EUR 4 800 000.\n\nThe total estimated value of both lots is EUR 4,800,000.', lang: 'en' },
  ],
  invalid: [
    {
      text: '# Bestek\n\nDe opdracht is verdeeld in twee percelen.\n\n## Indienen\n\nDe offerte wordt elektronisch ingediend. Het aantal percelen is vastgelegd op drie; elk perceel wordt afzonderlijk beoordeeld.',
      errors: [{ messageId: 'conflict', message: /aantal percelen/ }],
    },
    {
      text: '# Bestek\n\nDe opdracht is verdeeld in drie percelen.\n\n## Gunning\n\nDe opdracht omvat twee percelen die afzonderlijk worden gegund.',
      errors: [{ messageId: 'conflict', message: /aantal percelen/ }],
    },
    {
      text: '# Bestek\n\n## Betaling\n\nDe betaling gebeurt binnen een behandelingstermijn van 30 dagen.\n\n## Facturatie\n\nDe aanbestedende overheid beschikt over een behandelingstermijn van 45 dagen om de factuur te betalen.',
      errors: [{ messageId: 'conflict', message: /betalingstermijn/ }],
    },
    {
      text: '# Bestek\n\n## Art. 3 - Raming\n\nDe geraamde waarde van de opdracht bedraagt € 118.000,00 excl. btw, voor alle fasen samen.\n\n## Art. 12 - Prijs\n\nDe opdracht is geraamd op 128.000 euro excl. btw.',
      errors: [{ messageId: 'conflict', line: 9, message: /regel 5/, text: 'De opdracht is geraamd op 128.000 euro excl. btw.' }],
    },
    {
      text: '# Bestek\n\n| Uiterste datum voor ontvangst van de offertes | dinsdag 21 april 2026 om 11.00 uur |\n|---|---|\n\n## 7. Indiening\n\nDe offertes moeten op het platform ontvangen zijn uiterlijk op dinsdag 28 april 2026 om 11.00 uur.',
      errors: [{ messageId: 'conflict', message: /uiterste datum/ }],
    },
    {
      text: "# Cahier spécial des charges\n\nLe montant estimé du marché s'élève à 480.000 EUR HTVA.\n\n## Prix\n\nLe marché est estimé à 520.000 EUR HTVA.",
      lang: 'fr',
      errors: [{ messageId: 'conflict', message: /montant estimé/ }],
    },
    {
      text: '# Tender specification\n\nThe time limit for receipt of tenders is 23 February 2026 at 16:00.\n\n## Submission\n\nTenders must be received by 2 March 2026 at 16:00.',
      lang: 'en',
      errors: [{ messageId: 'conflict' }],
    },
  ],
});
