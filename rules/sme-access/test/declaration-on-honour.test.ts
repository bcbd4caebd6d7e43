import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/declaration-on-honour.js';

new RuleTester({ read: (t) => readMarkdown(t) }).run(rule, {
  valid: [
    '### Bij de offerte te voegen documenten\n\n- de intentieverklaring veiligheids- en gezondheidsplan;\n- de ondertekende kennisname van de welzijnsregels.',
    // The authority consults the data itself.
    'De gemeente gaat zelf via Telemarc na of de inschrijver in orde is met de betaling van sociale zekerheidsbijdragen en belastingen en of hij zich niet in staat van faillissement bevindt. De inschrijver hoeft die attesten niet bij zijn offerte te voegen.',
    'Het agentschap raadpleegt zelf de gegevens over sociale en fiscale schulden en faillissement via Telemarc.',
    // A declaration on honour suffices; evidence only from the best-ranked tenderer, before award.
    'Door het indienen van zijn offerte verklaart de inschrijver impliciet op erewoord dat hij zich niet in een uitsluitingssituatie bevindt.',
    'De provincie vraagt de attesten over sociale en fiscale schulden zelf op via Telemarc; voor de andere uitsluitingsgronden volstaat de verklaring in het UEA, tot de provincie vóór de gunning bewijsstukken opvraagt bij de best gerangschikte inschrijver.',
    'De inschrijver die als eerste gerangschikt is, bezorgt vóór de gunning een uittreksel uit het strafregister van zijn zaakvoerders.',
    // Other documents with the tender are not this rule's business.
    'De inschrijver voegt bij zijn offerte het ondertekende attest van plaatsbezoek.',
    "Le soumissionnaire joint à son offre une liste des principaux services effectués au cours des trois dernières années.",
    { text: 'Le pouvoir adjudicateur vérifie lui-même via Telemarc que le soumissionnaire est en règle de cotisations de sécurité sociale.', lang: 'fr' },
    { text: 'Tenderers need not enclose certificates on social security or tax debts with their tender; the Agency checks them itself.', lang: 'en' },
    { text: 'Only the successful tenderer will be asked to provide an extract from the criminal record before the award.', lang: 'en' },
  ],
  invalid: [
    { text: '### Bij de offerte te voegen documenten\n\n- het ingevulde offerteformulier;\n- een attest waaruit blijkt dat de inschrijver in orde is met zijn sociale bijdragen (RSZ).', errors: [{ messageId: 'enclose' }] },
    { text: 'De offerte bevat minstens: het offerteformulier, de samenvattende opmeting en een uittreksel uit het strafregister.', errors: [{ messageId: 'enclose' }] },
    { text: 'De inschrijver voegt de volgende documenten toe aan zijn offerte: een attest van de RSZ en een attest van niet-faillissement.', errors: [{ messageId: 'enclose' }] },
    { text: "Le soumissionnaire produit dans son offre un extrait de casier judiciaire de chacun de ses administrateurs.", lang: 'fr', errors: [{ messageId: 'enclose' }] },
    {
      text: 'Daarnaast voegt de inschrijver bij zijn offerte een attest van de RSZ waaruit blijkt dat hij in orde is met zijn sociale bijdragen, een attest van de FOD Financiën over zijn fiscale schulden en een uittreksel uit het strafregister van elke zaakvoerder.',
      errors: [{ messageId: 'enclose', suggestion: /erewoord/ }],
    },
    { text: 'Bij de offerte te voegen: een recent attest van niet-faillissement en een uittreksel uit het strafregister.', errors: [{ messageId: 'enclose' }] },
    {
      text: 'De volgende documenten moeten samen met de offerte worden ingediend:\n\n- een attest van de RSZ, niet ouder dan drie maanden;\n- het inschrijvingsformulier.',
      errors: [{ messageId: 'enclose', text: 'een attest van de RSZ, niet ouder dan drie maanden;' }],
    },
    {
      text: "Le soumissionnaire joint à son offre une attestation de l'ONSS prouvant qu'il est en règle de cotisations de sécurité sociale, une attestation du SPF Finances relative à ses dettes fiscales et un extrait de casier judiciaire.",
      lang: 'fr',
      errors: [{ messageId: 'enclose', message: /Telemarc/ }],
    },
    {
      text: "Les preuves énumérées ci-après doivent être fournies avec l'offre. — E1: extrait du registre des poursuites attestant que le soumissionnaire n'a pas de dettes fiscales;",
      lang: 'fr',
      errors: [{ messageId: 'enclose' }],
    },
    { text: 'Tenderers must enclose with their tender a certificate of tax compliance and a criminal record extract for each director.', lang: 'en', errors: [{ messageId: 'enclose' }] },
  ],
});
