import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/reference-scope.js';

const services = (value = '€ 1.860.000') => `# Bestek catering\n\nDit is een opdracht voor diensten. De geraamde waarde van de opdracht bedraagt ${value} excl. btw.\n\n## Technische bekwaamheid\n\n`;
const works = '# Bestek renovatie\n\nDit is een opdracht voor werken: de renovatie van een schoolgebouw. De werken zijn geraamd op € 900.000 excl. btw.\n\n## Selectie\n\n';

new RuleTester({ read: (t) => readMarkdown(t) }).run(rule, {
  valid: [
    // Three years for services, five for works, or longer.
    services() + 'De inschrijver legt minstens drie referenties voor van gelijkaardige diensten, uitgevoerd tijdens de laatste drie jaar, voor publieke of private opdrachtgevers.',
    services() + 'De referenties hebben betrekking op opdrachten uitgevoerd in de voorbije 36 maanden.',
    services() + 'Een lijst van de voornaamste gelijkaardige diensten die in de loop van de afgelopen vijf jaar werden uitgevoerd, met vermelding van bedrag, datum en opdrachtgever.',
    works + 'Voor elk perceel voegt de inschrijver een lijst bij van de werken die hij in de loop van de laatste vijf jaar heeft uitgevoerd, met minstens twee gelijkaardige renovaties, gestaafd met attesten van goede uitvoering.',
    // Similar, not identical; "niet noodzakelijk identiek".
    services() + 'De referenties betreffen opdrachten die gelijkaardig zijn in aard en omvang; zij hoeven niet identiek te zijn aan deze opdracht.',
    // A reference value below the contract value.
    services() + 'Minstens één van die referenties heeft betrekking op een opdracht met een waarde van minimaal € 900.000 excl. btw.',
    // Turnover over the last two financial years is not a reference window.
    services() + 'De inschrijver behaalde over de laatste twee boekjaren een gemiddelde jaaromzet van minstens € 1.000.000.',
    // Not about references.
    services() + 'Het gebouw werd tijdens de laatste twee jaar volledig gerenoveerd.',
    { text: services() + 'Le soumissionnaire joint une liste d\'au moins trois références de services similaires exécutés au cours des trois dernières années, pour des clients publics ou privés.', lang: 'fr' },
    { text: '# Tender specification\n\nThis is a services contract with an estimated value of EUR 3 200 000.\n\n## Selection\n\nAt least three references for similar services provided in the last three years, each with a value of at least EUR 300 000.', lang: 'en' },
    // Months in words that reach three years, and months that are not a look-back period.
    services() + 'De referenties betreffen vergelijkbare leveringen, uitgevoerd in de loop van de afgelopen zesendertig maanden.',
    { text: services() + 'Le soumissionnaire fournit trois références de services similaires exécutés au cours des trente-six derniers mois.', lang: 'fr' },
    { text: '# Tender specification\n\nThis is a services contract with an estimated value of EUR 3 200 000.\n\n## Selection\n\nAt least two references for comparable contracts with a duration of at least twelve months, carried out in the last three years.', lang: 'en' },
    services() + 'De referenties betreffen opdrachten van minstens twaalf maanden, uitgevoerd tijdens de laatste drie jaar.',
  ],
  invalid: [
    { text: services('€ 260.000') + '6.2 De inschrijver legt minstens drie referenties voor van gelijkaardige groenonderhoudsopdrachten met een jaarlijkse oppervlakte van minstens 15 ha, die hij tijdens de laatste twee jaar heeft uitgevoerd.', errors: [{ messageId: 'shortWindow', message: /laatste 2 jaar/ }] },
    { text: services() + 'Enkel referenties uit het afgelopen jaar komen in aanmerking.', errors: [{ messageId: 'shortWindow' }] },
    { text: services() + 'De inschrijver voegt een lijst toe van minstens drie gelijkaardige opdrachten uitgevoerd in de loop van de jongste 2 jaren.', errors: [{ messageId: 'shortWindow' }] },
    { text: services() + 'De referenties hebben betrekking op opdrachten uitgevoerd in de laatste 24 maanden.', errors: [{ messageId: 'shortWindowMonths', message: /laatste 24 maanden/ }] },
    // Months written as words (nl, fr, en).
    { text: services() + 'De inschrijver legt minstens twee referenties voor van gelijkaardige diensten, uitgevoerd in de loop van de afgelopen twaalf maanden.', errors: [{ messageId: 'shortWindowMonths', message: /laatste 12 maanden/ }] },
    { text: services() + 'De referenties betreffen soortgelijke diensten uitgevoerd in de voorbije achttien maanden.', errors: [{ messageId: 'shortWindowMonths', message: /laatste 18 maanden/ }] },
    { text: services() + 'Le soumissionnaire fournit deux références de services comparables exécutés au cours des vingt-quatre derniers mois.', lang: 'fr', errors: [{ messageId: 'shortWindowMonths', message: /24 derniers mois/ }] },
    { text: services() + 'Le soumissionnaire fournit des références de prestations analogues réalisées au cours des dix-huit derniers mois.', lang: 'fr', errors: [{ messageId: 'shortWindowMonths' }] },
    { text: '# Tender specification\n\nThis is a services contract with an estimated value of EUR 500 000.\n\n## Selection\n\nTenderers provide two references for similar services delivered in the last eighteen months.', lang: 'en', errors: [{ messageId: 'shortWindowMonths', message: /last 18 months/ }] },
    { text: '# Tender specification\n\nThis is a services contract with an estimated value of EUR 500 000.\n\n## Selection\n\nTenderers provide two references for comparable contracts performed in the past twenty-four months.', lang: 'en', errors: [{ messageId: 'shortWindowMonths' }] },
    // Works: three years is too short.
    { text: works + 'De inschrijver legt een lijst voor van gelijkaardige werken die hij in de loop van de laatste drie jaar heeft uitgevoerd, gestaafd met attesten van goede uitvoering.', errors: [{ messageId: 'shortWindow', message: /laatste 5 jaar/ }] },
    { text: services('€ 118.000') + '5.2 De inschrijver legt drie referenties voor van opdrachten die identiek zijn aan het voorwerp van deze opdracht (de opmaak van een volledig gemeentelijk mobiliteitsplan), uitgevoerd in de loop van de laatste vijf jaar.', errors: [{ messageId: 'identical' }] },
    { text: services() + 'De referenties betreffen exact dezelfde diensten als deze opdracht, uitgevoerd in de laatste drie jaar.', errors: [{ messageId: 'identical' }] },
    { text: services() + 'Minstens één van die referenties heeft betrekking op een opdracht met een waarde van minimaal € 2.000.000 excl. btw.', errors: [{ messageId: 'valueAboveContract', message: /€ 2\.000\.000/ }] },
    { text: services('480.000 EUR') + 'Le soumissionnaire fournit trois références de marchés identiques exécutés au cours des deux dernières années.', lang: 'fr', errors: [{ messageId: 'shortWindow' }, { messageId: 'identical' }] },
    { text: '# Tender specification\n\nThis is a services contract with an estimated value of EUR 500 000.\n\n## Selection\n\nTenderers must provide two references for identical services delivered in the last three years.', lang: 'en', errors: [{ messageId: 'identical' }] },
  ],
});
