import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import { conflictOfInterest } from '../src/json/index.js';

const body = '# Bestek\n\n## 1. Voorwerp\n\nDeze opdracht heeft als voorwerp de schoonmaak van het gemeentehuis.\n\n## 2. Uitsluiting\n\nDe uitsluitingsgronden van de wet zijn van toepassing.\n';

new RuleTester({ read: (t) => readMarkdown(t) }).run(conflictOfInterest, {
  valid: [
    `${body}\n## 9. Belangenconflicten\n\nDe inschrijver meldt elke situatie die een belangenconflict kan doen ontstaan.`,
    `${body}\n## 10. Belangenvermenging\n\nDe regels inzake belangenvermenging van artikel 6 van de wet zijn van toepassing.`,
    `${body}\nDe inschrijver verklaart dat er geen conflict van belangen bestaat met de ontwerper.`,
    `${body}\nWie een tegenstrijdig belang heeft, meldt dat vóór de opening van de offertes.`,
    `${body}\nDe ontwerpers die het bestek hebben voorbereid, mogen niet inschrijven: zo worden tegenstrijdige belangen vermeden.`,
    { text: '# Cahier des charges\n\n## 9. Conflits d\'intérêts\n\nLe soumissionnaire signale toute situation de conflit d’intérêts.', lang: 'fr' },
    { text: '# Request for quote\n\nOfferors submit a Potential Organizational Conflict of\nInterest Statement.', lang: 'en' },
    { text: '# Tender\n\n## Conflicts of interest\n\nTenderers declare any conflicting interests.', lang: 'en' },
  ],
  invalid: [
    // Anchored at the exclusion section, where the clause belongs.
    { text: body, errors: [{ messageId: 'missingClause', line: 7, suggestion: /^Belangenconflicten\./ }] },
    { text: '# Bestek groenonderhoud\n\nDe opdrachtnemer onderhoudt de groene zones. Hij vermijdt conflicten met de buren.', errors: [{ messageId: 'missingClause' }] },
    { text: '# Cahier spécial des charges\n\nLe marché a pour objet le nettoyage des bureaux communaux.', lang: 'fr', errors: [{ messageId: 'missingClause', message: /ne dit rien des conflits d'intérêts/ }] },
    { text: '# Tender specification\n\nIn the event of a conflict between this schedule and the contract, the contract prevails.', lang: 'en', errors: [{ messageId: 'missingClause', message: /says nothing about conflicts of interest/ }] },
  ],
});
