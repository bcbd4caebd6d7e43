import { RuleTester } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import rule from '../src/time-limit.js';

// No value is stated: only a cue for EU publication raises the minimum from the 15-day floor to 30 days.
const nl = (cue: string) =>
  `# Bestek\n\nOpdracht voor leveringen, ${cue}.\n\nDe aankondiging van opdracht werd op 9 februari 2026 naar het Publicatiebureau gestuurd. Offertes worden ontvangen tot 2 maart 2026 om 11.00 uur.`;
const nlPlain = (cue: string) =>
  `# Bestek\n\nOpdracht voor leveringen, ${cue}.\n\n- Verzending van de aankondiging: 9 februari 2026\n- Uiterste datum voor ontvangst van de offertes: 2 maart 2026 om 11.00 uur`;
const fr = (cue: string) =>
  `# Cahier spécial des charges\n\nMarché de fournitures, ${cue}.\n\n- Date d'envoi de l'avis : 9 février 2026\n- Date limite de réception des offres : 2 mars 2026 à 11 h`;
const en = (cue: string) =>
  `# Tender specifications\n\nSupply contract, ${cue}.\n\n| Dispatch of the contract notice | 9 February 2026 |\n|---|---|\n| Time limit for receipt of tenders | 2 March 2026 at 11:00 |`;

new RuleTester({ read: (t) => readMarkdown(t) }).run(rule, {
  valid: [
    // 21 days is above the 15-day floor when nothing says the notice goes to the EU.
    nlPlain('openbare procedure met bekendmaking in het Bulletin der Aanbestedingen'),
    // Denied EU publication.
    nlPlain('openbare procedure zonder Europese bekendmaking'),
    nlPlain('openbare procedure, niet bekendgemaakt op Europees niveau'),
    { text: fr('procédure ouverte sans publicité européenne'), lang: 'fr' },
    { text: fr("procédure ouverte, qui n'est pas publiée au Journal officiel de l'Union européenne"), lang: 'fr' },
    { text: en('open procedure without publication at European level'), lang: 'en' },
    // "European" about something else.
    nlPlain('openbare procedure; de toestellen voldoen aan de Europese normen'),
    { text: en('open procedure; the equipment meets the European standards'), lang: 'en' },
  ],
  invalid: [
    // The sending statement itself names the Publications Office.
    { text: nl('openbare procedure'), errors: [{ messageId: 'tooShort', message: /21 kalenderdagen/ }] },
    { text: nlPlain('Europese openbare procedure'), errors: [{ messageId: 'tooShort' }] },
    { text: nlPlain('openbare procedure met publicatie op Europees niveau'), errors: [{ messageId: 'tooShort' }] },
    { text: nlPlain('openbare procedure; de aankondiging gaat naar het Publicatiebureau van de Europese Unie'), errors: [{ messageId: 'tooShort' }] },
    { text: fr('procédure ouverte européenne'), lang: 'fr', errors: [{ messageId: 'tooShort' }] },
    { text: fr("procédure ouverte, avis transmis à l'Office des publications de l'Union européenne"), lang: 'fr', errors: [{ messageId: 'tooShort' }] },
    { text: fr('procédure ouverte avec publication au niveau européen'), lang: 'fr', errors: [{ messageId: 'tooShort' }] },
    { text: en('open procedure with publication at European level'), lang: 'en', errors: [{ messageId: 'tooShort', message: /21 calendar days/ }] },
    { text: en('open procedure; the notice goes to the Publications Office of the European Union'), lang: 'en', errors: [{ messageId: 'tooShort' }] },
  ],
});
