import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const deadlines = (md: string) => factsOf(md).deadline.map((d) => d.value);

describe('deadline for tenders in the passive present and with "can/may"', () => {
  it.each([
    ['Offertes worden ontvangen tot maandag 2 maart 2026 om 11.00 uur.', '2026-03-02T11:00'],
    ['De offertes worden aanvaard tot en met vrijdag 6 maart 2026, 12.00 uur.', '2026-03-06T12:00'],
    ['Offertes kunnen worden ingediend tot 2 maart 2026 om 11 uur.', '2026-03-02T11:00'],
    ['Inschrijvingen kunnen via e-Tendering worden opgeladen tot 9 maart 2026 om 10.00 uur.', '2026-03-09T10:00'],
    ['Aanvragen tot deelneming worden ontvangen tot 12 februari 2026 om 14.00 uur.', '2026-02-12T14:00'],
    ["Les offres sont reçues jusqu'au lundi 2 mars 2026 à 11 h.", '2026-03-02T11:00'],
    ['Les offres peuvent être déposées au plus tard le 2 mars 2026 à 10 h.', '2026-03-02T10:00'],
    ["Les offres seront acceptées jusqu'au 16 mars 2026 à 11 h 00.", '2026-03-16T11:00'],
    ['Tenders will be accepted until 24 March 2026, 10:00.', '2026-03-24T10:00'],
    ['Tenders may be submitted up to Monday, 2 March 2026 at 11:00.', '2026-03-02T11:00'],
    ['Bids are received no later than 3 April 2026 at 12:00.', '2026-04-03T12:00'],
  ])('reads "%s"', (sentence, iso) => {
    expect(deadlines(`## Termijnen\n\n${sentence}\n`)).toEqual([iso]);
  });

  it.each([
    // From a date, not until it; validity; questions; an information session; deliveries; evaluation.
    'Offertes kunnen worden ingediend vanaf 2 februari 2026.',
    'Offertes blijven geldig tot 30 juni 2026.',
    'Vragen kunnen worden gesteld tot 20 februari 2026.',
    'Inschrijvingen voor de informatiesessie worden aanvaard tot 3 maart 2026.',
    'De leveringen worden aanvaard tot 30 juni 2027.',
    "Les offres sont valables jusqu'au 30 juin 2026.",
    'Les questions peuvent être posées jusqu’au 20 février 2026.',
    'Tenders will be evaluated by 30 April 2026.',
    'Tenders can be submitted from 2 February 2026.',
  ])('does not read "%s"', (sentence) => {
    expect(deadlines(`## Termijnen\n\n${sentence}\n`)).toEqual([]);
  });

  it('keeps the dispatch date and the deadline apart in one paragraph', () => {
    const f = factsOf('## Termijnen\n\nDe aankondiging van opdracht werd op 9 februari 2026 naar het Publicatiebureau van de Europese Unie gestuurd. Offertes worden ontvangen tot 2 maart 2026 om 11.00 uur.\n');
    expect(f.publicationDate.map((d) => d.value)).toEqual(['2026-02-09']);
    expect(f.deadline.map((d) => d.value)).toEqual(['2026-03-02T11:00']);
  });
});
