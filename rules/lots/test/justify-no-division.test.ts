import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/justify-no-division.js';
import { NO_DIVISION_CASES, noDivisionDocument } from '../../../packages/core/test/facts/no-division-reasons.js';

const head = (value: string) => `# Bestek\n\nDit is een opdracht voor diensten: catering voor een woonzorgcentrum.\n\n## Raming\n\nDe geraamde waarde van de opdracht bedraagt ${value} excl. btw.\n\n## Percelen\n\n`;

new RuleTester({ read: (t) => readMarkdown(t) }).run(rule, {
  valid: [
    // A reason is given, in several wordings.
    head('€ 500.000') + 'De opdracht wordt niet in percelen verdeeld omdat ontwerp, levering en onderhoud technisch één geheel vormen.',
    head('€ 540.000') + 'Het agentschap ziet af van een opsplitsing in percelen, omdat de laptops en de dockingstations als één geteste combinatie moeten werken.',
    head('€ 1.450.000') + 'Er wordt geen opsplitsing in percelen voorzien, want de rioleringswerken en de wegenwerken worden in dezelfde sleuf en in dezelfde fasen uitgevoerd.',
    head('€ 260.000') + 'Een verdeling in percelen is hier niet aangewezen: de veertien bedrijventerreinen liggen binnen een straal van 12 km en vormen samen één onderhoudsronde per week.',
    // A reason without "omdat": what splitting would cause.
    head('€ 385.000') + 'De opdracht wordt niet in percelen verdeeld. De inrichting van alle voertuigen met dezelfde mobilofoons en dezelfde signalisatie vereist één aanspreekpunt voor de integratie; een splitsing tussen personenwagens en bestelwagens zou leiden tot twee verschillende inbouwconcepten.',
    { text: '# Tender specification\n\nThis is a supplies contract with an estimated value of EUR 412 000 excluding VAT.\n\n## Lots\n\nThe contract is not divided into lots. Laptops, docking stations and monitors must be certified together for the single-cable connection; buying them from different suppliers would void the manufacturer\'s end-to-end support.', lang: 'en' },
    // Divided into lots.
    head('€ 1.120.000') + 'De opdracht is verdeeld in drie percelen: perceel 1 (administratief centrum), perceel 2 (bibliotheek) en perceel 3 (sporthal).',
    // Below € 140.000, or no value.
    head('€ 118.000') + 'De opdracht wordt niet in percelen verdeeld.',
    '# Bestek\n\nDe opdracht wordt niet in percelen verdeeld.',
    { text: "# Cahier spécial des charges\n\nLe présent marché de services est estimé à 480.000 EUR HTVA.\n\n## Lots\n\nLe marché n'est pas divisé en lots parce que les prestations de nettoyage et d'entretien forment un tout technique.", lang: 'fr' },
    { text: '# Tender specification\n\nThis is a services contract with an estimated value of EUR 900 000 excluding VAT.\n\n## Lots\n\nThe contract is not divided into lots because the platform and its support form one technical whole.', lang: 'en' },
    // The table shared with the facts extractor (packages/core/test/facts/no-division-reasons.ts): grounds.
    ...NO_DIVISION_CASES.filter((c) => c.reason).map((c) => ({ text: noDivisionDocument(c), lang: c.lang })),
  ],
  invalid: [
    { text: head('€ 1.860.000') + 'De opdracht omvat één enkel perceel.', errors: [{ messageId: 'noReason', text: 'De opdracht omvat één enkel perceel.' }] },
    { text: head('€ 500.000') + 'Verdeling in percelen: neen.', errors: [{ messageId: 'noReason' }] },
    { text: head('€ 500.000') + 'De opdracht wordt niet in percelen verdeeld.', errors: [{ messageId: 'noReason', suggestion: /omdat/ }] },
    // A bare preference is not a reason.
    { text: head('€ 300.000') + 'Er is geen verdeling in percelen. Het bestuur wil één aanspreekpunt behouden.', errors: [{ messageId: 'noReason' }] },
    { text: "# Cahier spécial des charges\n\nLe présent marché de services est estimé à 480.000 EUR HTVA.\n\n## 2. Lots\n\nLe présent marché n'est pas divisé en lots.", lang: 'fr', errors: [{ messageId: 'noReason', message: /480\.000 €/ }] },
    { text: '# Tender specification\n\nThis is a services contract with an estimated value of EUR 900 000 excluding VAT.\n\n## Lots\n\nThe contract is not divided into lots.', lang: 'en', errors: [{ messageId: 'noReason' }] },
    // The same table: a bare preference, after a colon or a connective, is no reason.
    ...NO_DIVISION_CASES.filter((c) => !c.reason).map((c) => ({ text: noDivisionDocument(c), lang: c.lang, errors: [{ messageId: 'noReason', text: c.sentence }] })),
  ],
});
