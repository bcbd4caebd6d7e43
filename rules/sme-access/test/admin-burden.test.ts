import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import { adminBurden } from '../src/json/index.js';

new RuleTester({ read: (t) => readMarkdown(t) }).run(adminBurden, {
  valid: [
    '## 5. Bij de offerte te voegen documenten\n\nEen gewone kopie van de attesten volstaat.\n\nEnkel de gekozen inschrijver legt vóór de gunning een beëdigde vertaling voor.',
    // Formal documents asked from the tenderer chosen, or at execution: not the tender stage.
    'Enkel de inschrijver aan wie de opdracht zal worden gegund, voegt vóór de gunning een beëdigde vertaling van zijn statuten bij.',
    'De inschrijver voegt bij zijn offerte een gewone kopie van het attest; het origineel wordt enkel op verzoek voorgelegd.',
    { text: "Seul le soumissionnaire pressenti joint, avant l'attribution, une traduction jurée de ses statuts.", lang: 'fr' },
    { text: 'The preferred bidder encloses a certified translation of its articles before award.', lang: 'en' },
    'Enkel de inschrijver aan wie het OCMW voornemens is de opdracht te gunnen, bezorgt vóór de gunningsbeslissing een ondertekend origineel van het attest van zijn verzekeraar.',
    'Elke factuur wordt in tweevoud op papier verstuurd naar het college van burgemeester en schepenen.',
    'De offerte wordt elektronisch ingediend via het e-Procurement-platform. Originelen of papieren kopieën zijn niet vereist.',
    'De aannemer bezorgt de werkplannen in drie exemplaren aan de leidend ambtenaar, ten laatste 15 dagen voor de uitvoering.',
    'De inschrijver voegt bij zijn offerte een kopie van zijn statuten; de aanbestedende overheid kan op verzoek het origineel opvragen.',
    'De ramen hebben drievoudige beglazing en worden geleverd met de originele onderdelen van de fabrikant.',
    'Les documents sont remis par voie électronique avec l\'offre. L\'adjudicataire pressenti fournit avant l\'attribution une traduction jurée de ses statuts.',
    { text: 'The successful tenderer shall provide a certified copy of its certificate of incorporation before award.', lang: 'en' },
    { text: 'Invoices are sent in duplicate to the finance department.', lang: 'en' },
    'De offerte mag niet in tweevoud of op papier worden ingediend.',
    { text: "L'offre ne peut être remise en deux exemplaires papier.", lang: 'fr' },
    { text: 'Le mémoire de recours, à présenter en deux exemplaires, indique les conclusions. Délai pour le dépôt des offres : voir 1.2.', lang: 'fr' },
    { text: 'Tenders must not be submitted in hard copy.', lang: 'en' },
  ],
  invalid: [
    // Stage set both by the heading and by the paragraph itself: one finding, not two.
    { text: '## 5. Bij de offerte te voegen documenten\n\nDe inschrijver voegt bij zijn offerte een beëdigde vertaling van zijn statuten.', errors: [{ messageId: 'tenderStageFormality' }] },
    // The stage set by the heading or the paragraph that opens the section.
    { text: '## 5. Bij de offerte te voegen documenten\n\nDe statuten van de vennootschap.\n\nEen beëdigde vertaling van elk attest dat niet in het Nederlands is opgesteld.', errors: [{ messageId: 'tenderStageFormality', text: 'beëdigde vertaling' }] },
    { text: "## 5. Documents à joindre à l'offre\n\nLes statuts de la société, en copie certifiée conforme.", lang: 'fr', errors: [{ messageId: 'tenderStageFormality' }] },
    { text: '## 5. Documents to be submitted with the tender\n\nA certified copy of the certificate of incorporation.', lang: 'en', errors: [{ messageId: 'tenderStageFormality' }] },
    // The tender stage set by the joining verb or by the tenderer as subject, not by the word "offerte" itself.
    { text: 'Bij de offerte worden gevoegd:\n\n- een attest van de RSZ;\n- een attest van de FOD Financiën.\n\nVoor inschrijvers van buiten België worden die attesten bijgevoegd in een beëdigde vertaling in het Nederlands.', errors: [{ messageId: 'tenderStageFormality', text: 'beëdigde vertaling' }] },
    { text: 'De inschrijver voegt een voor eensluidend verklaard afschrift van zijn statuten bij.', errors: [{ messageId: 'tenderStageFormality' }] },
    { text: 'Inschrijvers uit een andere lidstaat bezorgen hun attesten in een beëdigde vertaling.', errors: [{ messageId: 'tenderStageFormality' }] },
    { text: "Le soumissionnaire joint une copie certifiée conforme de l'attestation ONSS.", lang: 'fr', errors: [{ messageId: 'tenderStageFormality' }] },
    { text: 'Bidders from outside Belgium enclose a sworn translation of their certificates.', lang: 'en', errors: [{ messageId: 'tenderStageFormality' }] },
    {
      text: 'De inschrijver dient één door hem ondertekend origineel en twee volledige papieren kopieën van zijn offerte in.',
      errors: [{ messageId: 'tenderStageFormality', text: 'ondertekend origineel' }],
    },
    {
      text: '5.4 Bij de offerte voegt de inschrijver een door een notaris gewaarmerkt afschrift van zijn statuten en van de laatste benoeming van zijn bestuurders. Stukken die in een andere taal dan het Nederlands zijn opgesteld, worden vergezeld van een beëdigde vertaling.',
      errors: [{ messageId: 'tenderStageFormality' }],
    },
    { text: 'Bij de offerte worden de attesten gevoegd in een voor eensluidend verklaard afschrift.', errors: [{ messageId: 'tenderStageFormality' }] },
    {
      text: 'Bij de offerte worden de volgende stukken gevoegd:\n\n- het ingevulde offerteformulier;\n- een beëdigde vertaling van de statuten.',
      errors: [{ messageId: 'tenderStageFormality', text: 'beëdigde vertaling', line: 4 }],
    },
    { text: 'De offerte wordt in drievoud ingediend.', errors: [{ messageId: 'tenderStageFormality', text: 'in drievoud' }] },
    { text: 'De kandidatuur bevat een gelegaliseerd uittreksel uit het handelsregister.', errors: [{ messageId: 'tenderStageFormality' }] },
    {
      text: "Les documents rédigés dans une autre langue que le français ou le néerlandais sont accompagnés d'une traduction jurée. Le soumissionnaire joint également une copie certifiée conforme de ses statuts et des pouvoirs du signataire de l'offre.",
      lang: 'fr',
      errors: [{ messageId: 'tenderStageFormality', text: 'traduction jurée' }],
    },
    { text: 'Het offerteformulier draagt de natte handtekening van de zaakvoerder.', errors: [{ messageId: 'tenderStageFormality', text: 'natte handtekening' }] },
    { text: 'The tender form must bear a wet-ink signature of a director.', lang: 'en', errors: [{ messageId: 'tenderStageFormality' }] },
    { text: "L'offre est déposée en trois exemplaires papier signés.", lang: 'fr', errors: [{ messageId: 'tenderStageFormality' }] },
    { text: 'Bidders shall submit their tender in triplicate, with a sworn translation of any document not in English.', lang: 'en', errors: [{ messageId: 'tenderStageFormality' }] },
  ],
});
