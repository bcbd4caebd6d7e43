import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/turnover-cap.js';

const services = (value: string) => `# Bestek schoonmaak\n\nDit is een opdracht voor diensten: de schoonmaak van het gemeentehuis.\n\nDe geraamde waarde van de opdracht bedraagt ${value} excl. btw.\n\n## Selectiecriteria\n\n`;

new RuleTester({ read: (t) => readMarkdown(t) }).run(rule, {
  valid: [
    // At most twice the value.
    services('€ 400.000') + 'De inschrijver toont over de laatste drie boekjaren een gemiddelde jaaromzet van minstens € 600.000 excl. btw aan.',
    services('€ 480.000') + 'De inschrijver heeft in elk van de laatste drie boekjaren een jaaromzet van minstens € 960.000 behaald.',
    // A justification in the same paragraph.
    services('€ 400.000') + 'De inschrijver heeft een minimale jaaromzet van € 1.000.000, omdat de opdrachtnemer de lonen van veertig werknemers drie maanden moet voorfinancieren.',
    services('€ 400.000') + 'Gelet op het financiële risico van de vaste prijs over acht jaar bedraagt de minimale jaaromzet € 1.200.000.',
    // No value known and the demand is an amount.
    '# Bestek\n\nDe stad maakt de raming niet bekend.\n\n## Selectie\n\nDe inschrijver behaalde een gemiddelde jaaromzet van minstens € 1.500.000 over de laatste drie boekjaren.',
    // Twice the value, as a multiple.
    services('€ 400.000') + 'De inschrijver toont een jaaromzet aan van minstens tweemaal de geraamde waarde van de opdracht.',
    // One figure for a contract in lots is compared with the total value.
    '# Bestek\n\nDe opdracht is verdeeld in drie percelen.\n\nDe geraamde waarde van de opdracht bedraagt € 1.120.000 excl. btw voor de drie percelen samen.\n\n## Selectie\n\nDe inschrijver heeft een jaaromzet van minstens € 400.000 excl. btw. Dit minimum geldt voor de opdracht in haar geheel.',
    // Not a requirement: a description.
    services('€ 100.000') + 'De gemeente realiseerde vorig jaar een omzet uit parkeergelden van € 2.000.000.',
    { text: '# Cahier spécial des charges\n\nLe présent marché de services est estimé à 480.000 EUR HTVA.\n\n## Sélection\n\nLe soumissionnaire doit avoir réalisé un chiffre d\'affaires annuel minimal de 960.000 EUR HTVA. Ce montant correspond à deux fois le montant estimé du marché.', lang: 'fr' },
    { text: '# Tender specification\n\nThis is a services contract. The estimated value of the contract is EUR 1 600 000 excluding VAT.\n\n## Selection criteria\n\nThe minimum yearly turnover is EUR 2 400 000.', lang: 'en' },
  ],
  invalid: [
    { text: services('€ 1.860.000') + 'De inschrijver beschikt over een jaaromzet van minstens € 5.000.000 excl. btw in de sector van de collectieve catering, in elk van de laatste drie afgesloten boekjaren.', errors: [{ messageId: 'tooHigh', message: /2,7 maal/, suggestion: /€ 3\.720\.000/ }] },
    { text: services('€ 118.000') + '5.1 De inschrijver beschikt over een gemiddelde jaaromzet van minimum € 500.000 over de laatste drie afgesloten boekjaren.', errors: [{ messageId: 'tooHigh', text: '5.1 De inschrijver beschikt over een gemiddelde jaaromzet van minimum € 500.000 over de laatste drie afgesloten boekjaren.' }] },
    { text: services('€ 250.000') + 'Minimale jaaromzet: 1,2 miljoen euro.', errors: [{ messageId: 'tooHigh' }] },
    { text: services('€ 250.000') + 'Het jaarlijks zakencijfer van de inschrijver bedraagt minimum € 750.000 over elk van de laatste drie boekjaren.', errors: [{ messageId: 'tooHigh' }] },
    { text: services('€ 300.000') + 'De kandidaat moet een jaaromzet hebben van minstens driemaal de geraamde waarde.', errors: [{ messageId: 'multipleTooHigh' }] },
    // Per lot: the demand for lot 1 is compared with the value of lot 1.
    {
      text: '# Bestek\n\nDe opdracht voor leveringen is verdeeld in twee percelen.\n\n| Perceel | Omschrijving | Raming (excl. btw) |\n|---|---|---|\n| 1 | Werkkledij | € 265.000 |\n| 2 | Schoenen | € 115.000 |\n\nDe geraamde waarde van de opdracht bedraagt € 380.000 excl. btw.\n\n## Selectie\n\nDe inschrijver heeft over de laatste drie boekjaren een gemiddelde jaaromzet behaald van minstens:\n\n- € 800.000 excl. btw in de levering van beroepskledij, voor perceel 1;\n- € 200.000 excl. btw in de levering van schoeisel, voor perceel 2.',
      errors: [{ messageId: 'tooHigh', message: /perceel 1/ }],
    },
    // A table row: the label asks the turnover, the cell gives the amount.
    { text: services('€ 300.000') + '| Selectiecriterium | Minimumeis |\n|---|---|\n| Minimale jaaromzet (gemiddelde laatste drie boekjaren) | € 900.000 excl. btw |', errors: [{ messageId: 'tooHigh', text: '€ 900.000 excl. btw' }] },
    { text: services('€ 300.000') + 'De kandidaat moet een jaaromzet hebben van minstens het drievoudige van de geraamde waarde.', errors: [{ messageId: 'multipleTooHigh' }] },
    { text: '# Cahier spécial des charges\n\nLe présent marché de services est estimé à 200.000 EUR HTVA.\n\n## Sélection\n\nLe soumissionnaire doit justifier d\'un chiffre d\'affaires annuel d\'au moins 1.000.000 EUR.', lang: 'fr', errors: [{ messageId: 'tooHigh', message: /5,0 fois/ }] },
    { text: '# Tender specification\n\nThis is a services contract. The estimated value of the contract is EUR 500 000 excluding VAT.\n\n## Selection criteria\n\nTenderers must have a minimum annual turnover of EUR 3 000 000 in each of the last three financial years.', lang: 'en', errors: [{ messageId: 'tooHigh', message: /6\.0 times/ }] },
  ],
});
