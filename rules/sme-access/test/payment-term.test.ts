import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/payment-term.js';

new RuleTester({ read: (t) => readMarkdown(t) }).run(rule, {
  valid: [
    '| Bepaling | Waarde |\n|---|---|\n| Uitvoeringstermijn | 60 werkdagen |\n| Betalingstermijn | 30 dagen |',
    // A schedule or a frequency, not a term.
    'De betaling gebeurt in schijven: 40 % na 2 maanden en het saldo na de voorlopige oplevering; elke schijf wordt betaald binnen 30 dagen na ontvangst van de factuur.',
    'De opdrachtnemer factureert om de 60 dagen; de betaling gebeurt binnen een behandelingstermijn van 30 dagen.',
    'De betaling gebeurt binnen een behandelingstermijn van dertig dagen na ontvangst van de regelmatige factuur.',
    'Het OCMW betaalt binnen een behandelingstermijn van dertig dagen.',
    'Voor de verificatie van de vorderingsstaat én de betaling samen geldt één behandelingstermijn van 30 dagen vanaf de ontvangst van de vorderingsstaat.',
    'De betaling gebeurt binnen 30 kalenderdagen na de datum van ontvangst van de factuur.',
    // 31-60 days with a justification in the same paragraph.
    '### Art. 13 - Facturatie en betaling\n\nDe behandelingstermijn bedraagt 45 dagen. Deze langere termijn is objectief gerechtvaardigd omdat elke maandelijkse prestatiestaat eerst samen met de vereniging van bedrijven op terrein wordt gecontroleerd, wat binnen dertig dagen praktisch niet haalbaar is.',
    'Gelet op de verplichte controle door het subsidiërende agentschap bedraagt de behandelingstermijn zestig dagen.',
    'Rekening houdend met de vergaderfrequentie van het college dat elke vorderingsstaat goedkeurt, gebeurt de betaling binnen een behandelingstermijn van vijftig dagen.',
    'De betaling gebeurt binnen een behandelingstermijn van 45 dagen, omwille van de verplichte goedkeuring door de raad van bestuur.',
    'In het licht van de controle door de subsidiërende overheid bedraagt de behandelingstermijn zestig dagen.',
    { text: "Eu égard à la fréquence des réunions du conseil communal, le délai de traitement est de 45 jours.", lang: 'fr' },
    { text: 'Taking into account the monthly meeting of the board, payment is made within 45 days of receipt of the invoice.', lang: 'en' },
    { text: 'In light of the co-financing audit, payment is made within 50 days.', lang: 'en' },
    // Days that are not a payment term.
    'De verbintenistermijn bedraagt 150 kalenderdagen vanaf de uiterste datum van ontvangst van de offertes.',
    'De uitvoeringstermijn bedraagt 160 werkdagen.',
    'De aannemer betaalt zijn onderaannemers binnen 45 dagen na ontvangst van hun factuur.',
    'De gemeente gaat zelf via Telemarc na of de inschrijver in orde is met de betaling van sociale zekerheidsbijdragen en belastingen.',
    'The contractor must submit a final invoice within 60 calendar days from government acceptance.',
    // French and English.
    'Le paiement intervient dans un délai de traitement de 30 jours à compter de la réception de la facture.',
    "Le pays d'origine des marchandises est indiqué dans l'offre, qui reste valable 90 jours.",
    { text: 'Payment is made within 30 days from receipt of a compliant invoice.', lang: 'en' },
    { text: 'Given that every monthly report is first checked on site with the users, the processing period is 45 days.', lang: 'en' },
  ],
  invalid: [
    { text: '| Bepaling | Waarde |\n|---|---|\n| Betalingstermijn | 45 dagen |\n| Waarborgtermijn | 2 jaar |', errors: [{ messageId: 'unjustified', text: '45 dagen' }] },
    {
      text: 'De aanbestedende overheid beschikt over een verificatietermijn van 30 dagen na de levering. De betaling gebeurt binnen een betalingstermijn van 30 dagen na afloop van de verificatie.',
      errors: [{ messageId: 'oldSplit', column: 1 }],
    },
    {
      text: 'De betaling van het verschuldigde bedrag gebeurt binnen een termijn van dertig dagen te rekenen vanaf het einde van de verificatie.',
      errors: [{ messageId: 'oldSplit' }],
    },
    { text: 'Le paiement du montant dû est effectué dans les trente jours à compter de la date de fin de la vérification.', lang: 'fr', errors: [{ messageId: 'oldSplit' }] },
    { text: 'Betalingstermijn: 45 dagen.', errors: [{ messageId: 'unjustified' }] },
    // Look-alikes of the justifications: a bank account ("rekening"), an account ("account"), no reason.
    { text: 'Het bedrag wordt betaald op rekening nr. BE12 3456 7890 1234 binnen 45 dagen na ontvangst van de factuur.', errors: [{ messageId: 'unjustified' }] },
    { text: 'De betaling gebeurt binnen 50 dagen op de rekening die de opdrachtnemer in zijn offerte opgeeft.', errors: [{ messageId: 'unjustified' }] },
    { text: 'Payment is made within 45 days to the account stated in the tender.', lang: 'en', errors: [{ messageId: 'unjustified' }] },
    { text: 'Le paiement est effectué dans les 45 jours, eu de la réception de la facture, sur le compte indiqué.', lang: 'fr', errors: [{ messageId: 'unjustified' }] },
    { text: 'Het verschuldigde bedrag wordt betaald binnen de zestig dagen na de datum van ontvangst van de factuur.', errors: [{ messageId: 'unjustified' }] },
    { text: 'Délai de paiement : 45 jours.', lang: 'fr', errors: [{ messageId: 'unjustified' }] },
    { text: 'Payment will be made within 90 days of receipt of a valid invoice.', lang: 'en', errors: [{ messageId: 'overMaximum' }] },
    {
      text: '## Art. 15 - Facturatie en betaling\n\nDe betaling gebeurt binnen vijfenveertig kalenderdagen na ontvangst van een regelmatig opgestelde factuur.',
      errors: [{ messageId: 'unjustified', severity: 'warning', line: 3, text: 'De betaling gebeurt binnen vijfenveertig kalenderdagen na ontvangst van een regelmatig opgestelde factuur.', suggestion: /behandelingstermijn van 30 dagen/ }],
    },
    { text: 'De facturen worden betaald binnen 60 dagen na ontvangst.', errors: [{ messageId: 'unjustified', severity: 'warning' }] },
    { text: 'De aanbestedende overheid betaalt binnen een termijn van twee maanden.', errors: [{ messageId: 'unjustified', message: /60 dagen/ }] },
    { text: 'De betalingstermijn bedraagt 30 werkdagen.', errors: [{ messageId: 'unjustified', message: /42 dagen/ }] },
    { text: 'De behandelingstermijn bedraagt negentig (90) dagen.', errors: [{ messageId: 'overMaximum', severity: 'error' }] },
    // Over 60 days: a justification does not help.
    { text: 'Omdat de subsidie pas later wordt uitbetaald, gebeurt de betaling binnen 120 dagen.', errors: [{ messageId: 'overMaximum', severity: 'error' }] },
    // The old split, in one sentence or two.
    {
      text: 'De aannemer dient maandelijks een vorderingsstaat in. Het bestuur beschikt over een verificatietermijn van dertig dagen, te rekenen vanaf de ontvangst van de vorderingsstaat, om de staat na te zien en goed te keuren; de betaling gebeurt daarna binnen een betalingstermijn van dertig dagen, die ingaat op het einde van die verificatietermijn.',
      errors: [{ messageId: 'oldSplit', text: 'Het bestuur beschikt over een verificatietermijn van dertig dagen, te rekenen vanaf de ontvangst van de vorderingsstaat, om de staat na te zien en goed te keuren;' }],
    },
    { text: 'De aanbestedende overheid beschikt over een verificatietermijn van 30 dagen en een betalingstermijn van 30 dagen.', errors: [{ messageId: 'oldSplit', severity: 'warning' }] },
    // French and English.
    {
      text: 'Le paiement est effectué dans un délai de 90 jours de calendrier à compter de la réception de la facture.',
      lang: 'fr',
      errors: [{ messageId: 'overMaximum', message: /90 jours/, suggestion: /délai de traitement de 30 jours/ }],
    },
    { text: "Le pouvoir adjudicateur paie dans un délai de nonante jours.", lang: 'fr', errors: [{ messageId: 'overMaximum' }] },
    { text: 'Le pouvoir adjudicateur dispose d’un délai de vérification de trente jours, suivi d’un délai de paiement de trente jours.', lang: 'fr', errors: [{ messageId: 'oldSplit' }] },
    { text: 'Invoices will be paid within forty-five days of receipt.', lang: 'en', errors: [{ messageId: 'unjustified', message: /45 days/ }] },
  ],
});
