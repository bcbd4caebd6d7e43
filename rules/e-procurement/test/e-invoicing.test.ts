import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/e-invoicing.js';

new RuleTester({ read: (t) => readMarkdown(t) }).run(rule, {
  valid: [
    // Value of €3,000 or less: no duty.
    '# Bestek\n\nDeze opdracht voor leveringen betreft de aankoop van kantoorbenodigdheden. De geraamde waarde bedraagt € 2.500 excl. btw.\n\n## Facturatie\n\nDe leverancier stuurt zijn factuur per e-mail naar boekhouding@gemeente.be.',
    'De opdrachtnemer factureert maandelijks. Facturen worden als e-factuur via Peppol bezorgd.',
    'De stad aanvaardt enkel gestructureerde e-facturen die via Peppol worden aangeleverd en beantwoorden aan de Europese norm voor elektronische facturering.',
    'De facturen worden elektronisch ingediend via Peppol (e-factuur in het formaat Peppol BIS Billing 3.0). PDF-facturen per e-mail worden niet aanvaard. De betaling gebeurt binnen een behandelingstermijn van 30 dagen.',
    'Na goedkeuring van de vorderingsstaat verstuurt de aannemer een elektronische factuur via Mercurius.',
    'De facturen worden elektronisch bezorgd via het facturatieportaal van de gemeente. Vragen over facturen kunnen gesteld worden aan boekhouding@gemeente.be.',
    { text: "Les factures sont transmises par voie électronique, en format structuré, via le réseau Peppol.", lang: 'fr' },
    { text: "Le soumissionnaire atteste que toutes les factures seront envoyées par voie électronique.", lang: 'fr' },
    { text: 'The contractor shall submit invoices electronically by logging into the invoicing portal. No paper invoices shall be accepted.', lang: 'en' },
    // A postal address where e-invoicing is required elsewhere, or the name the invoice carries.
    '## Facturatie\n\nDe facturen worden elektronisch via Peppol bezorgd. De factuur wordt gericht aan het college van burgemeester en schepenen en gestuurd naar het gemeentebestuur, Markt 1, 2400 Mol.',
    '## Facturatie\n\nDe factuur wordt via Peppol verstuurd naar het gemeentebestuur, Markt 1, 2400 Mol.',
    { text: "## Facturation\n\nLes factures sont transmises via Peppol. La facture est adressée au Collège communal, Place communale 1, 5060 Sambreville.", lang: 'fr' },
    { text: "## Invoicing\n\nInvoices are sent as structured e-invoices via Peppol, addressed to the Finance Department, Koning Albert II-laan 20, 1000 Brussels.", lang: 'en' },
  ],
  invalid: [
    { text: 'De opdrachtnemer kan zijn facturen ook via Peppol bezorgen.', errors: [{ messageId: 'missing' }] },
    { text: 'Facturen dienen in drievoud te worden ingediend bij de financiële dienst.', errors: [{ messageId: 'nonStructured' }] },
    {
      text: '## Art. 15 - Facturatie en betaling\n\nDe facturen worden als pdf-bestand gemaild naar facturatie@bossegem.be. De betaling gebeurt binnen dertig dagen.',
      errors: [{ messageId: 'nonStructured', severity: 'error', line: 3, text: 'De facturen worden als pdf-bestand gemaild naar facturatie@bossegem.be.', suggestion: /Peppol/ }],
    },
    { text: 'Elke factuur wordt in tweevoud op papier verstuurd aan het college van burgemeester en schepenen.', errors: [{ messageId: 'nonStructured' }] },
    // Nothing on electronic invoicing: points at the invoicing heading.
    { text: '# Bestek\n\n## 12. Facturatie\n\nDe opdrachtnemer factureert na elke fase op basis van de goedgekeurde prestatiestaat.', errors: [{ messageId: 'missing', line: 3 }] },
    { text: '# Bestek\n\nDeze opdracht betreft de schoonmaak van de gebouwen.', errors: [{ messageId: 'missing' }] },
    // E-invoicing only offered, not required.
    { text: 'De opdrachtnemer kan zijn facturen desgewenst elektronisch bezorgen.', errors: [{ messageId: 'missing' }] },
    { text: "Les factures sont envoyées en deux exemplaires par courrier à l'administration communale.", lang: 'fr', errors: [{ messageId: 'nonStructured' }] },
    { text: 'The Contractor must provide invoices on a monthly basis.', lang: 'en', errors: [{ messageId: 'missing' }] },
    { text: 'Invoices are e-mailed as PDF to accounts@council.example.', lang: 'en', errors: [{ messageId: 'nonStructured' }] },
    // Paper named by its copies, by the post, or by a postal address: the finding points at that sentence, not the heading.
    {
      text: "# Cahier spécial des charges\n\n### I.9 Facturation et paiement\n\nLa livraison fait l'objet d'une facture unique. La facture, établie en un original et deux copies, est adressée au Collège communal, service des Finances, Place communale 1, 5060 Sambreville. Le paiement intervient dans les trente jours.",
      lang: 'fr',
      errors: [{ messageId: 'nonStructured', line: 5, text: 'La facture, établie en un original et deux copies, est adressée au Collège communal, service des Finances, Place communale 1, 5060 Sambreville.' }],
    },
    { text: "## Facturation\n\nLa facture est envoyée par courrier à l'adresse du service des Finances.", lang: 'fr', errors: [{ messageId: 'nonStructured', line: 3 }] },
    { text: "## Facturation\n\nLes factures sont établies en double exemplaire.", lang: 'fr', errors: [{ messageId: 'nonStructured', line: 3 }] },
    { text: "## Facturation\n\nLa facture est adressée au service des Finances, rue de la Station 12, 1300 Wavre.", lang: 'fr', errors: [{ messageId: 'nonStructured', line: 3 }] },
    { text: '## Facturatie\n\nDe factuur wordt in drievoud opgemaakt en per post naar het adres van de financiële dienst gestuurd.', errors: [{ messageId: 'nonStructured', line: 3 }] },
    { text: '## Facturatie\n\nDe factuur wordt in één origineel en twee kopieën ingediend.', errors: [{ messageId: 'nonStructured', line: 3 }] },
    { text: '## Facturatie\n\nDe factuur wordt gestuurd naar het gemeentebestuur, dienst Financiën, Markt 1, 2400 Mol.', errors: [{ messageId: 'nonStructured', line: 3 }] },
    { text: '## Invoicing\n\nThe invoice is sent by post to the Finance Department.', lang: 'en', errors: [{ messageId: 'nonStructured', line: 3 }] },
    { text: '## Invoicing\n\nInvoices shall be submitted in duplicate to the Finance Department.', lang: 'en', errors: [{ messageId: 'nonStructured', line: 3 }] },
    // An address that is only the name on the invoice is not paper: nothing electronic, so the heading.
    { text: '## Facturatie\n\nDe factuur wordt opgemaakt op naam van Gemeente Mol, Markt 1, 2400 Mol.', errors: [{ messageId: 'missing', line: 1 }] },
  ],
});
