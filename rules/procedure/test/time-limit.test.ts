import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/time-limit.js';

const openEu = '# Bestek laptops\n\nDit is een opdracht voor leveringen van laptops, geraamd op € 540.000 excl. btw.\n\n| Procedure | Openbare procedure met Europese bekendmaking |\n|---|---|\n';

new RuleTester({ read: (t) => readMarkdown(t) }).run(rule, {
  valid: [
    // Long enough.
    openEu + '| Verzending aankondiging naar het Publicatieblad van de EU | maandag 12 januari 2026 |\n| Uiterste datum voor ontvangst van de offertes | dinsdag 17 februari 2026 om 10.00 uur |',
    '# Bestek\n\nDe opdracht wordt geplaatst bij openbare procedure.\n\nDe offertes moeten uiterlijk op 21 april 2026 om 10.00 uur toekomen, 37 dagen na verzending van de aankondiging.',
    // Only one of the two dates.
    '# Bestek\n\nDe opdracht wordt geplaatst bij openbare procedure.\n\nDe offertes moeten toekomen uiterlijk op dinsdag 14 april 2026 om 10.00 uur.',
    // Below the EU threshold: 20 days is above the 15-day floor.
    '# Bestek\n\nDit is een opdracht voor leveringen van schoolmeubilair, geraamd op € 175.000 excl. btw, bij openbare procedure met bekendmaking op Belgisch niveau.\n\n- Datum van verzending van de aankondiging: maandag 2 maart 2026\n- Uiterste datum voor ontvangst van de offertes: zondag 22 maart 2026 om 10.00 uur',
    // Negotiated without publication: no minimum.
    '# Bestek\n\nDe opdracht wordt gegund bij onderhandelingsprocedure zonder voorafgaande bekendmaking. De offertes moeten binnen 10 dagen na verzending van de aankondiging toekomen.',
    { text: "# Cahier spécial des charges\n\nMarché de fournitures, procédure ouverte.\n\n- Date d'envoi de l'avis : le lundi 12 janvier 2026\n- Date limite de réception des offres : le mardi 17 février 2026 à 10h00", lang: 'fr' },
    { text: '# Tender specification\n\n| Date of dispatch of the contract notice to the Official Journal | 12 January 2026 |\n|---|---|\n| Time limit for receipt of tenders | 23 February 2026 at 16:00 |', lang: 'en' },
  ],
  invalid: [
    {
      text: openEu + '| Verzending aankondiging naar het Publicatieblad van de EU | maandag 2 maart 2026 |\n| Uiterste datum voor ontvangst van de offertes | donderdag 26 maart 2026 om 11.00 uur |',
      errors: [{ messageId: 'tooShort', message: /24 kalenderdagen/ }],
    },
    { text: '# Bestek\n\nIn deze openbare procedure met Europese bekendmaking moeten de offertes binnen 14 dagen na publicatie toekomen.', errors: [{ messageId: 'tooShort' }] },
    {
      text: '# Bestek\n\nDit is een opdracht voor leveringen van schoolmeubilair, geraamd op € 175.000 excl. btw, bij openbare procedure met bekendmaking op Belgisch niveau.\n\n- Datum van verzending van de aankondiging: maandag 2 maart 2026\n- Uiterste datum voor ontvangst van de offertes: donderdag 12 maart 2026 om 10.00 uur',
      errors: [{ messageId: 'tooShort', message: /15 dagen/ }],
    },
    { text: "# Cahier spécial des charges\n\nMarché de fournitures, procédure ouverte.\n\n- Date d'envoi de l'avis : le lundi 2 mars 2026\n- Date limite de réception des offres : le jeudi 12 mars 2026 à 10h00", lang: 'fr', errors: [{ messageId: 'tooShort', message: /10 jours/ }] },
    // The publication date under another label.
    { text: "# Cahier spécial des charges\n\nMarché de fournitures de mobilier scolaire, procédure ouverte avec publicité belge.\n\n- Publication de l'avis de marché au Bulletin des Adjudications : le lundi 2 mars 2026\n- Date limite de réception des offres : le jeudi 12 mars 2026 à 10h00", lang: 'fr', errors: [{ messageId: 'tooShort', text: '12 mars 2026 à 10h00' }] },
    { text: '# Tender specification\n\nOpen procedure; the notice is published in the Official Journal of the European Union. This is a services contract with an estimated value of EUR 4 800 000.\n\n| Date of dispatch of the contract notice to the Official Journal | 12 January 2026 |\n|---|---|\n| Time limit for receipt of tenders | 2 February 2026 at 16:00 |', lang: 'en', errors: [{ messageId: 'tooShort', message: /21 calendar days/ }] },
  ],
});
