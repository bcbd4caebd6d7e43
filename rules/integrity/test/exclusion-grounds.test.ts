import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/exclusion-grounds.js';

new RuleTester({ read: (t) => readMarkdown(t) }).run(rule, {
  valid: [
    '## Toegangsrecht en kwalitatieve selectie\n\nDe inschrijver voegt twee referenties bij.',
    { text: 'Tenderers must not be in any of the situations listed in Article 57(1) or (2).', lang: 'en' },
    // Value below €30,000.
    '# Bestek\n\nDeze opdracht voor diensten betreft het onderhoud van de website. De geraamde waarde bedraagt € 24.000 excl. btw.\n\n## Selectie\n\nDe inschrijver voegt twee referenties bij.',
    '# Bestek\n\n## Art. 6 - Uitsluitingsgronden\n\nDe uitsluitingsgronden van de artikelen 67 tot 69 van de wet van 17 juni 2016 zijn van toepassing.',
    'Het agentschap sluit inschrijvers uit die zich in een situatie bevinden als bedoeld in de artikelen 67 tot 69 van de wet van 17 juni 2016.',
    'Door het indienen van zijn offerte verklaart de inschrijver impliciet op erewoord dat hij zich niet bevindt in een van de uitsluitingsgevallen.',
    'De inschrijver verklaart in het UEA dat hij zich niet in een uitsluitingssituatie bevindt.',
    'De inschrijver mag zich niet bevinden in een van de situaties van uitsluiting.',
    { text: "## 5. Motifs d'exclusion\n\nLes motifs d'exclusion obligatoires et facultatifs sont d'application.", lang: 'fr' },
    { text: "Le soumissionnaire fournit un extrait du registre des poursuites qui atteste qu'il n'a pas de dettes fiscales ou de cotisations sociales non payées.", lang: 'fr' },
    { text: '## 6. Exclusion criteria\n\nTenderers in any of the situations of exclusion listed below will be excluded.', lang: 'en' },
    { text: 'Candidates may be excluded if they are in any of the situations referred to in regulation 58 of the Public Contracts (Scotland) Regulations 2015.', lang: 'en' },
    { text: 'Eligibility declaration that no grounds for exclusion apply.', lang: 'en' },
  ],
  invalid: [
    {
      text: '# Bestek\n\nDeze opdracht voor diensten betreft het onderhoud van de website. De geraamde waarde bedraagt € 85.000 excl. btw.\n\n## Selectie\n\nDe inschrijver voegt twee referenties bij.',
      errors: [{ messageId: 'missing' }],
    },
    {
      text: '# Bestek\n\nDeze opdracht betreft de opmaak van een mobiliteitsplan.\n\n## Selectiecriteria\n\nDe inschrijver verklaart in het UEA dat hij aan de selectiecriteria voldoet.',
      errors: [{ messageId: 'missing', line: 5, suggestion: /artikelen 67 tot 69/ }],
    },
    // "uitsluitend" means "only", not exclusion.
    { text: 'De offertes worden uitsluitend elektronisch ingediend via e-Tendering.', errors: [{ messageId: 'missing' }] },
    { text: "Les offres sont déposées exclusivement par voie électronique.", lang: 'fr', errors: [{ messageId: 'missing', message: /motifs d'exclusion/ }] },
    { text: 'Proposed key personnel must take part in the presentation; otherwise the offeror will be excluded from further consideration.', lang: 'en', errors: [{ messageId: 'missing' }] },
  ],
});
