import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/subcontractors.js';

const works = '# Bestek\n\nDit is een opdracht voor werken: de renovatie van een schoolgebouw. De werken zijn geraamd op € 1.450.000 excl. btw.\n\n## Onderaanneming\n\n';

new RuleTester({ read: (t) => readMarkdown(t) }).run(rule, {
  valid: [
    works + 'Onderaannemers zijn, ongeacht hun plaats in de keten, erkend in de (onder)categorie en klasse die overeenstemt met het deel van de opdracht dat zij uitvoeren.',
    works + 'Elke onderaannemer, op welk niveau van de onderaannemingsketen hij ook tussenkomt, moet beschikken over de erkenning in de categorie of ondercategorie en in de klasse die overeenstemt met de waarde van het deel van de werken dat hij uitvoert.',
    works + 'Onverminderd de toepassing van het koninklijk besluit van 26 september 1996 moeten al de personen die in enig stadium als onderaannemer optreden, verplicht ingeschreven zijn op de lijst van de erkende aannemers en houder zijn van een erkenning in de categorie die overeenkomt met de aard van de hun opgedragen werken; alsmede in de met hun aandeel in de opdracht overeenkomende klasse.',
    // Below € 75.000.
    '# Bestek\n\nDit is een opdracht voor werken: het schilderen van een klaslokaal. De werken zijn geraamd op € 40.000 excl. btw.\n\nDe aannemer mag vrij onderaannemers inschakelen.',
    // Not works.
    '# Bestek\n\nDit is een opdracht voor diensten: schoonmaak. De geraamde waarde bedraagt € 500.000 excl. btw.\n\nOnderaanneming is toegelaten.',
    { text: "# Cahier spécial des charges\n\nLe présent marché de travaux est estimé à 900.000 EUR HTVA.\n\n## Sous-traitance\n\nTous les sous-traitants, quelle que soit leur place dans la chaîne, sont agréés dans la catégorie et la classe correspondant à la part des travaux qu'ils exécutent.", lang: 'fr' },
    { text: '# Tender specification\n\nThis is a works contract with an estimated value of EUR 900 000.\n\n## Subcontracting\n\nEvery subcontractor, at any level of the chain, is accredited in the category and class matching its share of the works.', lang: 'en' },
  ],
  invalid: [
    { text: works + 'De aannemer mag vrij onderaannemers inschakelen.', errors: [{ messageId: 'noChainClause', line: 7, suggestion: /ongeacht hun plaats in de keten/ }] },
    { text: works + 'De aannemer mag een beroep doen op onderaannemers. Hij deelt uiterlijk bij de aanvang van de werken hun naam en contactgegevens mee.', errors: [{ messageId: 'noChainClause' }] },
    // Only the direct subcontractors.
    { text: works + 'De rechtstreekse onderaannemers van de aannemer zijn erkend in de categorie en klasse die overeenstemt met hun deel van de werken.', errors: [{ messageId: 'noChainClause' }] },
    // No word about subcontracting at all.
    { text: '# Bestek\n\nDit is een opdracht voor werken: de heraanleg van een straat. De werken zijn geraamd op € 900.000 excl. btw.', errors: [{ messageId: 'noChainClause' }] },
    { text: "# Cahier spécial des charges\n\nLe présent marché de travaux est estimé à 900.000 EUR HTVA.\n\n## Sous-traitance\n\nL'adjudicataire peut faire appel à des sous-traitants.", lang: 'fr', errors: [{ messageId: 'noChainClause' }] },
    { text: '# Tender specification\n\nThis is a works contract with an estimated value of EUR 900 000.\n\n## Subcontracting\n\nThe contractor may subcontract parts of the works.', lang: 'en', errors: [{ messageId: 'noChainClause' }] },
  ],
});
