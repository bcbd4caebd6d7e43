import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/e-submission.js';

new RuleTester({ read: (t) => readMarkdown(t) }).run(rule, {
  valid: [
    // Refusals of paper or e-mail tenders, in many forms: compliant.
    'Offertes worden elektronisch ingediend via e-Tendering. Papieren offertes zijn niet geldig.',
    'De offertes worden ingediend via e-Tendering. Offertes die per e-mail worden verstuurd, zijn ongeldig.',
    'De offerte wordt via e-Tendering ingediend. Een offerte op papier wordt geweerd.',
    'Inschrijvingen via e-Tendering. Offertes per post of per e-mail komen niet in aanmerking.',
    'De offertes worden elektronisch ingediend. Offertes mogen niet per e-mail worden bezorgd.',
    { text: 'Les offres sont déposées via e-Tendering. Les offres remises sur papier ne sont pas valables.', lang: 'fr' },
    { text: "Les offres sont déposées par voie électronique. Les offres envoyées par courriel sont irrecevables et seront écartées.", lang: 'fr' },
    { text: 'Tenders are submitted through e-Tendering. Tenders sent by e-mail will be rejected.', lang: 'en' },
    'De offertes worden ingediend via e-Tendering. Offertes per e-mail worden als onregelmatig beschouwd.',
    'De offertes worden ingediend via e-Tendering. Offertes per e-mail of laattijdige offertes worden niet aanvaard.',
    { text: 'Tenders are submitted through e-Tendering. Tenders sent by e-mail or delivered late will be rejected.', lang: 'en' },
    { text: 'Les offres sont déposées via e-Tendering. Les offres transmises par courriel ou par la poste seront considérées comme irrégulières.', lang: 'fr' },
    { text: 'Tenders are submitted through the portal. Tenders received by e-mail or post will be treated as non-compliant.', lang: 'en' },
    { text: 'Tenders are submitted through the portal. Paper copies of tenders are invalid and will not be considered.', lang: 'en' },
    // A submission heading over a deadline only.
    '## 9. Indiening van de offertes\n\nDe offertes moeten uiterlijk op 14 april 2026 om 10.00 uur toekomen.\n\n## 10. Gunning',
    'De offertes worden ingediend via e-Tendering. Het proces-verbaal van de opening van de offertes wordt per e-mail aan de inschrijvers bezorgd.',
    // The platform is named in another part than the submission heading.
    '# Bestek\n\n| Indiening | via e-Tendering |\n|---|---|\n\n## 9. Indiening van de offertes\n\nDe offertes moeten uiterlijk op 14 april 2026 om 10.00 uur toekomen.',
    'De inschrijver laadt zijn offerte op in e-Tendering (www.publicprocurement.be) en ondertekent het indieningsrapport met een gekwalificeerde elektronische handtekening.',
    'Offertes worden digitaal opgeladen in e-Tendering, de indieningsmodule van het e-Procurement-platform.',
    '## Indiening van de offertes\n\nDe offertes worden uitsluitend elektronisch ingediend via e-Tendering. De offertes moeten ten laatste toekomen op 14 april 2026 om 10.00 uur.',
    // Physical samples may be handed in; questions may go by e-mail.
    'De offerte wordt uitsluitend elektronisch ingediend via e-Tendering. De stalen van elk artikel worden tegen ontvangstbewijs afgegeven aan het onthaal van de intercommunale.',
    'Vragen over de offerte worden per e-mail gesteld aan aankoop@gemeente.be.',
    // Paper and e-mail refused.
    'Offertes die per e-mail of op papier worden ingediend, worden niet aanvaard.',
    // Only a deadline: says nothing about the channel.
    'De offertes moeten uiterlijk op dinsdag 14 april 2026 om 10.00 uur toekomen.',
    // "afgegeven" meaning issued.
    'De inschrijver voegt bij zijn offerte een attest, afgegeven door de bevoegde overheid.',
    { text: "Les offres sont déposées exclusivement par voie électronique via e-Tendering. Les offres remises sur papier ne sont pas acceptées.", lang: 'fr' },
    { text: 'Tenders must be submitted electronically via the e-Submission application. Tenders submitted by e-mail or on paper are not accepted.', lang: 'en' },
  ],
  invalid: [
    // A refusal for another reason (late, or the sanction of the channel rule) does not make a paper channel compliant.
    { text: '## 5. Indiening\n\nDe offerte wordt in een gesloten omslag afgegeven aan het onthaal, anders is zij ongeldig.', errors: [{ messageId: 'nonElectronic' }] },
    { text: '## 5. Indiening\n\nDe offertes worden per e-mail bezorgd. Laattijdige offertes zijn niet geldig.', errors: [{ messageId: 'nonElectronic' }] },
    { text: '## 5. Indiening\n\nDe offerte wordt per aangetekende post verstuurd; offertes die te laat toekomen, worden geweigerd.', errors: [{ messageId: 'nonElectronic' }] },
    { text: "## 5. Dépôt des offres\n\nL'offre est envoyée par courrier recommandé, sous peine d'être écartée.", lang: 'fr', errors: [{ messageId: 'nonElectronic' }] },
    { text: '## 5. Submission\n\nTenders must be delivered by hand to the reception desk, otherwise they will be rejected.', lang: 'en', errors: [{ messageId: 'nonElectronic' }] },
    { text: "Les offres sont déposées exclusivement par courrier recommandé à l'adresse de la commune.", lang: 'fr', errors: [{ messageId: 'nonElectronic' }] },
    { text: 'Papieren offertes worden bezorgd aan het onthaal van het gemeentehuis.', errors: [{ messageId: 'nonElectronic' }] },
    { text: '## 4. Submission of tenders\n\nTenders must be addressed to the Procurement Officer, Council House, before 12:00 on 3 March 2026.', lang: 'en', errors: [{ messageId: 'noElectronicChannel', line: 1 }] },
    { text: "## I.9 Dépôt des offres\n\nLes offres sont adressées au Collège communal et doivent parvenir avant le 14 avril 2026 à 11 heures.", lang: 'fr', errors: [{ messageId: 'noElectronicChannel', line: 1 }] },
    { text: 'De inschrijving wordt ingediend in één ondertekend origineel en twee kopieën, in een gesloten omslag.', errors: [{ messageId: 'nonElectronic' }] },
    { text: "L'offre est déposée en mains propres contre accusé de réception au secrétariat communal.", lang: 'fr', errors: [{ messageId: 'nonElectronic' }] },
    { text: 'Hard copies of the tender must be delivered to the Council offices.', lang: 'en', errors: [{ messageId: 'nonElectronic' }] },
    {
      text: 'De offerte wordt in een definitief gesloten omslag met de vermelding "Offerte - niet openen" overhandigd aan het onthaal van het gemeentehuis, tegen ontvangstbewijs, of per aangetekende post verstuurd naar het adres van het bestuur.',
      errors: [{ messageId: 'nonElectronic', severity: 'error', suggestion: /e-Tendering/ }],
    },
    {
      text: 'De offerte, met alle bijlagen, wordt uiterlijk op maandag 13 april 2026 om 14.00 uur per e-mail verstuurd naar offertes@iozk.be, met als onderwerp "Offerte groenonderhoud".',
      errors: [{ messageId: 'nonElectronic' }],
    },
    { text: 'De inschrijver bezorgt zijn offerte in drievoud op papier.', errors: [{ messageId: 'nonElectronic' }] },
    { text: 'Offertes worden gemaild naar aankoopdienst@stad.be.', errors: [{ messageId: 'nonElectronic' }] },
    // A submission section that names no electronic channel.
    {
      text: '# Bestek\n\n## 9. Indienen van de offertes\n\nDe offerte wordt ondertekend door een persoon die bevoegd is om de inschrijver te verbinden en bezorgd aan het adres van het bestuur.\n\n## 10. Gunning',
      errors: [{ messageId: 'noElectronicChannel', line: 3 }],
    },
    { text: "L'offre est envoyée par courrier recommandé à l'adresse du pouvoir adjudicateur.", lang: 'fr', errors: [{ messageId: 'nonElectronic' }] },
    {
      text: "Délai de clôture pour le dépôt des offres: voir le chiffre 1.2. Important pour le respect du délai de dépôt: en cas de dépôt en mains propres à l'accueil, les points suivants doivent être respectés.",
      lang: 'fr',
      errors: [{ messageId: 'nonElectronic' }],
    },
    { text: 'Tenders must be delivered by hand in a sealed envelope to the reception desk.', lang: 'en', errors: [{ messageId: 'nonElectronic' }] },
  ],
});
