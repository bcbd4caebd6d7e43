import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/certificate-equivalent.js';

new RuleTester({ read: (t) => readMarkdown(t) }).run(rule, {
  valid: [
    // Equivalents in the same sentence.
    'De inschrijver beschikt over een ISO 14001-certificaat of een EMAS-registratie, of toont met andere gelijkwaardige bewijsmiddelen aan dat hij gelijkwaardige milieubeheersmaatregelen toepast.',
    'De inschrijver beschikt over een ISO 9001-certificaat of een gelijkwaardig certificaat; gelijkwaardige bewijzen van kwaliteitsbewakingsmaatregelen worden aanvaard.',
    // Equivalents in the next sentence.
    'De inschrijver beschikt over een geldig ISO 22000- of FSSC 22000-certificaat. Een gelijkwaardig certificaat of een door het FAVV gevalideerd autocontrolesysteem wordt eveneens aanvaard.',
    // Equivalents accepted in the sentence before.
    'Gelijkwaardige certificaten en andere bewijzen van gelijkwaardige maatregelen worden aanvaard. De inschrijver beschikt over een VCA**-certificaat.',
    // A general equivalence clause covering certificates.
    '## Algemene bepalingen\n\nElke verwijzing in dit bestek naar een merk, norm, label of certificaat wordt geacht gevolgd te worden door de woorden "of gelijkwaardig".\n\n## Selectie\n\nVoor perceel 2 beschikt de inschrijver over een VCA**-certificaat.',
    // A certificate the authority holds itself.
    'Het stadhuis beschikt over een energiezorgsysteem; de stad werkt aan een ISO 50001-traject.',
    // A product inspection document defined by a standard is not a certificate of the firm.
    'Een 3.1-certificaat volgens NBN EN 10204 wordt bij elke levering gevoegd.',
    { text: 'Le soumissionnaire et/ou le fabricant dispose d’un système de gestion de la qualité certifié ISO 9001 valable ou au moins d’un certificat ou manuel équivalent.', lang: 'fr' },
    { text: 'The tenderer holds ISO/IEC 27001 certification or equivalent, or other evidence of equivalent information security measures.', lang: 'en' },
    // Sector schemes with equivalents, product marks, labels and certificates the tenderer does not hold.
    'De inschrijver is BOSEC-gecertificeerd of beschikt over een gelijkwaardig certificaat voor het onderhoud van blustoestellen.',
    'De blustoestellen zijn BENOR-gecertificeerd en dragen het CE-merk.',
    'De installatie is BOSEC-gecertificeerd sinds 2019.',
    'Alle hout moet het FSC- of PEFC-label dragen en de leverancier moet FSC of PEFC CoC gecertificeerd zijn.',
    'De aannemer bezorgt het RSZ-certificaat en het EPB-certificaat van het gebouw.',
    { text: 'Les matériaux fournis par l\'entrepreneur sont certifiés CE.', lang: 'fr' },
    { text: 'The tenderer shall be CHAS certified or hold an equivalent accreditation under the SSIP scheme.', lang: 'en' },
  ],
  invalid: [
    // Sector certification schemes named by their shape, with the tenderer as subject (nl, fr, en).
    { text: 'De inschrijver is BOSEC-gecertificeerd voor het onderhoud van draagbare blustoestellen en brandhaspels.', errors: [{ messageId: 'noEquivalent', message: /BOSEC/ }] },
    { text: 'De inschrijver beschikt over een geldig SafeContractor-certificaat.', errors: [{ messageId: 'noEquivalent', message: /SafeContractor/ }] },
    { text: 'Le soumissionnaire est certifié QUALIBAT pour les travaux d\'isolation thermique.', lang: 'fr', errors: [{ messageId: 'noEquivalent', message: /QUALIBAT/ }] },
    { text: 'The tenderer shall be CHAS certified at the time of tender.', lang: 'en', errors: [{ messageId: 'noEquivalent', message: /CHAS/ }] },
    { text: 'Tenderers must hold a current SafeContractor certification.', lang: 'en', errors: [{ messageId: 'noEquivalent' }] },
    { text: 'b) De inschrijver beschikt over een geldig ISO 14001-certificaat voor de schoonmaakactiviteiten van zijn onderneming. Een kopie van het certificaat wordt bij de offerte gevoegd.', errors: [{ messageId: 'noEquivalent', message: /ISO 14001/, text: 'b) De inschrijver beschikt over een geldig ISO 14001-certificaat voor de schoonmaakactiviteiten van zijn onderneming.' }] },
    { text: '6.5 De inschrijver voegt bij zijn offerte een kopie van zijn geldig VCA-certificaat voor uitvoerende ondernemingen.', errors: [{ messageId: 'noEquivalent', message: /VCA/ }] },
    // Naming one alternative system is not accepting equivalents.
    { text: 'De inschrijver beschikt over een geldig ISO 14001-certificaat of een EMAS-registratie.', errors: [{ messageId: 'noEquivalent' }] },
    { text: 'De aannemer moet gecertificeerd zijn op de CO2-prestatieladder, niveau 3.', errors: [{ messageId: 'noEquivalent' }] },
    { text: 'Het lassen gebeurt uitsluitend in het werkhuis door een erkend lasser, die gecertificeerd is volgens NBN EN 287-1.', errors: [{ messageId: 'noEquivalent', message: /NBN EN 287-1/ }] },
    { text: "Le soumissionnaire doit être certifié ISO 9001.", lang: 'fr', errors: [{ messageId: 'noEquivalent' }] },
    { text: 'The contractor shall hold a valid ISO 45001 certificate.', lang: 'en', errors: [{ messageId: 'noEquivalent' }] },
  ],
});
