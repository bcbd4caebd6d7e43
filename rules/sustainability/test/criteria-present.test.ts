import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/criteria-present.js';

const tester = new RuleTester({ read: (t) => readMarkdown(t) });

const cleaning = '# Schoonmaak van de administratieve gebouwen\n\n## Technische bepalingen\n\nDe opdrachtnemer reinigt dagelijks de kantoren, de sanitaire ruimten en de vergaderzalen.';

tester.run(rule, {
  valid: [
    // Any environmental requirement, criterion or clause.
    `${cleaning}\n\nAlle reinigingsmiddelen dragen het EU Ecolabel of een gelijkwaardig label.`,
    `${cleaning}\n\nHet toiletpapier bestaat voor minstens 80 % uit gerecycleerde vezels.`,
    `${cleaning}\n\nDe opdrachtnemer sorteert het afval per fractie en voert het af naar een erkend verwerkingscentrum.`,
    `${cleaning}\n\n| Criterium | Weging |\n|---|---|\n| Prijs | 70 % |\n| Milieuprestaties van de producten | 30 % |`,
    '# Levering van dienstwagens\n\nDe voertuigen voldoen minstens aan de emissienorm Euro 6d.',
    '# Werken aan de Kerkstraat\n\nDe aannemer leeft de bepalingen van Vlarem II na.',
    // A subject that is itself environmental.
    '# Groenonderhoud van de bedrijventerreinen\n\nDe opdrachtnemer maait de bermen twee keer per jaar.',
    // Value below € 30.000.
    '# Levering van kantoorbenodigdheden\n\nDe geraamde waarde van de opdracht bedraagt € 12.000 excl. btw.\n\nDe leverancier levert binnen vijf werkdagen.',
    { text: '# Nettoyage de bureaux\n\nLes produits de nettoyage portent l\'écolabel européen ou un label équivalent.', lang: 'fr' },
    { text: '# Cleaning services\n\nThe contractor shall hold an environmental management system certified to ISO 14001 or equivalent.', lang: 'en' },
  ],
  invalid: [
    { text: cleaning, errors: [{ messageId: 'missing' }] },
    { text: '# Levering van laptops\n\n## Technische specificaties\n\nDe laptops hebben een processor met minstens acht kernen en 16 GB werkgeheugen. De batterijduur bedraagt minstens 10 uur.', errors: [{ messageId: 'missing', line: 3 }] },
    // "Duurzaam" in the sense of lasting is not an environmental requirement.
    { text: '# Studieopdracht mobiliteitsplan\n\nDe geraamde waarde bedraagt € 118.000 excl. btw.\n\nHet studiebureau bouwt een duurzame relatie op met de gemeente.', errors: [{ messageId: 'missing' }] },
    // Emptying bins and an air-conditioned room are not environmental requirements.
    { text: '# Schoonmaak van het stadhuis\n\nDe opdrachtnemer ledigt dagelijks de vuilnisbakken en voert het afval af naar de container. De vergaderzalen hebben klimaatregeling.', errors: [{ messageId: 'missing' }] },
    { text: '# Nettoyage de bureaux\n\n## Clauses techniques\n\nLe prestataire vide les corbeilles à papier et réapprovisionne le papier toilette et le savon.', lang: 'fr', errors: [{ messageId: 'missing' }] },
    { text: '# Software development services\n\nThe contractor will deliver a modern and sustainable software development process in a cloud environment.', lang: 'en', errors: [{ messageId: 'missing' }] },
  ],
});
