import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const pub = (md: string) => factsOf(md).publicationDate.map((d) => d.value);

describe('dispatch date of the notice: full names, destinations, more verbs', () => {
  it.each([
    // The notice by its full name, a destination longer than a few words between the date and the verb.
    ['De aankondiging van de opdracht werd op 12 januari 2026 via e-Notification naar het Publicatiebureau van de Europese Unie en het Bulletin der Aanbestedingen toegezonden.', '2026-01-12'],
    ['De aankondiging van opdracht is op 3 maart 2026 aan het Bulletin der Aanbestedingen overgemaakt.', '2026-03-03'],
    ['De aankondiging werd op maandag 2 maart 2026 aan het Publicatiebureau bezorgd.', '2026-03-02'],
    ['De aankondiging van opdracht werd naar het Publicatiebureau van de EU gestuurd op 5 januari 2026.', '2026-01-05'],
    ["L'avis de marché a été envoyé le 2 mars 2026 à l'Office des publications de l'Union européenne.", '2026-03-02'],
    ["L'avis de marché a été transmis au Bulletin des Adjudications le 16 février 2026.", '2026-02-16'],
    ['The contract notice was submitted to the Publications Office of the European Union on 2 March 2026.', '2026-03-02'],
    ['On 2 March 2026 the contract notice was sent to the Publications Office.', '2026-03-02'],
    ['The contract notice was on 9 February 2026 transmitted to the Publications Office of the European Union for publication.', '2026-02-09'],
  ])('reads "%s"', (sentence, iso) => {
    expect(pub(`## Termijnen\n\n${sentence}\n`)).toEqual([iso]);
  });

  it.each([
    ['| Dispatch of the contract notice to the Publications Office | 2 March 2026 |', '2026-03-02'],
    ['| Sending of the contract notice to the Official Journal | 2 March 2026 |', '2026-03-02'],
    ["| Envoi de l'avis de marché au Journal officiel | 16 février 2026 |", '2026-02-16'],
    ['| Aankondiging van opdracht | 9 februari 2026 |', '2026-02-09'],
    ['| Verzending van de aankondiging van opdracht naar het Publicatiebureau | 9 februari 2026 |', '2026-02-09'],
  ])('reads the row "%s"', (row, iso) => {
    expect(pub(`| Gegeven | Inhoud |\n|---|---|\n${row}\n`)).toEqual([iso]);
  });

  it.each([
    // A prior information notice, an award notice, a report or an opinion sent: not the contract notice.
    'De vooraankondiging werd op 10 november 2025 naar het Publicatiebureau gestuurd.',
    'The award notice was sent to the Publications Office on 2 May 2026.',
    'The notice of the award decision was sent to all tenderers on 30 April 2026.',
    'Het verslag van nazicht van de offertes wordt op 20 april 2026 naar de inschrijvers gestuurd.',
    "L'avis de la commission a été transmis le 3 mars 2026 au collège.",
    "Le rapport d'attribution a été envoyé le 2 mai 2026 aux soumissionnaires.",
  ])('does not read "%s"', (sentence) => {
    expect(pub(`## Termijnen\n\n${sentence}\n`)).toEqual([]);
  });

  it('does not take a deadline in the same clause as a notice for the dispatch date', () => {
    const f = factsOf('## Termijnen\n\nDe aankondiging van opdracht werd op 2 maart 2026 verzonden; de offertes moeten uiterlijk op 2 april 2026 om 10.00 uur toekomen.\n');
    expect(f.publicationDate.map((d) => d.value)).toEqual(['2026-03-02']);
    expect(f.deadline.map((d) => d.value)).toEqual(['2026-04-02T10:00']);
  });
});
