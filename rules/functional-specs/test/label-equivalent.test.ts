import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import { labelEquivalent } from '../src/json/index.js';

new RuleTester({ read: (t) => readMarkdown(t) }).run(labelEquivalent, {
  valid: [
    'De werkkledij draagt het OEKO-TEX STANDARD 100-label of een gelijkwaardig label, of de inschrijver legt een testrapport van een erkend laboratorium voor.',
    'Het hout is FSC- of PEFC-gecertificeerd. Een gelijkwaardig label of ander bewijs van duurzaam bosbeheer wordt aanvaard.',
    'De vis draagt het MSC-label of een gelijkwaardig bewijs van duurzame visserij.',
    'De schoonmaakproducten dragen het EU Ecolabel of Nordic Swan, of een gelijkwaardig label; de inschrijver mag ook een technisch dossier voorleggen.',
    '## Algemeen\n\nElke verwijzing naar een label of keurmerk in dit bestek wordt geacht gevolgd te worden door de woorden "of gelijkwaardig".\n\n## Verf\n\nDe binnenverf draagt het EU Ecolabel.',
    'De aannemer legt de attesten (Benor, ATG, e.d.) voor aan de leidend ambtenaar.',
    'Het cement draagt het overeenkomstigheidsmerk BENOR of een doorlopende technische goedkeuring ATG (of gelijkwaardig).',
    'De kandidaat heeft een MSc in informatica.',
    'Bossegem is sinds 2015 een Fairtrade-gemeente.',
    'De opdracht omvat de levering van koffie.',
    { text: 'Le bois est certifié FSC ou porteur d\'un label équivalent.', lang: 'fr' },
    { text: 'Coffee carries the Fairtrade label or an equivalent label.', lang: 'en' },
  ],
  invalid: [
    { text: 'Koffie, thee en suiker dragen het Fairtrade-label.', errors: [{ messageId: 'missingEquivalent', text: 'Fairtrade' }] },
    { text: 'Het cement draagt het Benor-merk volgens NBN B 12-001.', errors: [{ messageId: 'missingEquivalent', text: 'Benor' }] },
    { text: 'De reinigingsproducten dragen het Europees Ecolabel.', errors: [{ messageId: 'missingEquivalent', suggestion: /of een gelijkwaardig label/ }] },
    { text: 'Het hout is afkomstig uit FSC-gecertificeerde bossen.', errors: [{ messageId: 'missingEquivalent', text: 'FSC' }] },
    { text: 'De beeldschermen zijn TCO Certified en EPEAT Gold.', errors: [{ messageId: 'missingEquivalent' }] },
    { text: 'Tous les éléments en bois sont certifiés FSC.', lang: 'fr', errors: [{ messageId: 'missingEquivalent', message: /sans accepter de labels équivalents/ }] },
    { text: 'Le papier porte l\'Ange bleu.', lang: 'fr', errors: [{ messageId: 'missingEquivalent' }] },
    { text: 'All monitors shall be TCO Certified.', lang: 'en', errors: [{ messageId: 'missingEquivalent', text: 'TCO Certified' }] },
    { text: 'De lijmen hebben het EMICODE EC1 PLUS-label.', errors: [{ messageId: 'missingEquivalent', text: 'EMICODE' }] },
    { text: 'Printers must carry the Blue Angel label.', lang: 'en', errors: [{ messageId: 'missingEquivalent', message: /without accepting equivalent labels/ }] },
  ],
});
