import { readMarkdown } from '@tenderlint/markdown';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/index.js';

const facts = (text: string) => extractFacts(readMarkdown(text));

describe('publication date and deadline in more phrasings', () => {
  it('reads a dispatch date written between the verb and its participle', () => {
    const f = facts('De aankondiging werd op 2 maart 2026 verzonden naar het Bulletin der Aanbestedingen.');
    expect(f.publicationDate.map((d) => d.value)).toEqual(['2026-03-02']);
  });
  it('reads "tenders must reach" as the deadline for tenders, not a question deadline', () => {
    const f = facts('Tenders must reach the agency by 20 April 2026 at 11:00.\n\nQuestions must reach the agency by 10 April 2026.');
    expect(f.deadline.map((d) => d.value.slice(0, 10))).toEqual(['2026-04-20']);
  });
});

describe('reference count after a label', () => {
  it('reads "Referenties: ... minstens drie dijkwerken" as three references, and not a period as a count', () => {
    const f = facts('## Selectiecriteria\n\nReferenties: de inschrijver toont aan dat hij in de laatste drie jaar minstens drie dijk- of oeverwerken heeft uitgevoerd met een waarde van elk minstens 800.000 euro.');
    expect(f.selection.references[0]?.count).toBe(3);
    const g = facts('## Selectiecriteria\n\nDe referenties zijn minstens twee jaar oud en betreffen gelijkaardige werken.');
    expect(g.selection.references[0]?.count).toBeUndefined();
  });
});

describe('sections and dates from the third unseen set', () => {
  it('does not take the document title "Tender specifications" for its technical part', () => {
    const f = facts('# Tender specifications: ICT consultancy\n\n## 1.5 Form of the tender\n\nThe tender contains certified true copies of the diplomas.');
    expect(f.sections[2]).not.toBe('technical');
  });
  it('reads "Wie kan inschrijven" as the selection section', () => {
    const f = facts('## 2. Wie kan inschrijven\n\nDe inschrijver legt minstens drie referenties voor van de laatste drie jaar.');
    expect(f.sections[1]).toBe('selection');
    expect(f.selection.references[0]).toMatchObject({ count: 3, years: 3 });
  });
  it('reads "wordt verzonden ... op" and "wordt ingediend ... uiterlijk op"', () => {
    const f = facts('De aankondiging wordt verzonden naar het Bulletin der Aanbestedingen op 2 maart 2026.\n\nDe offerte wordt elektronisch ingediend via e-Tendering, uiterlijk op 12 maart 2026 om 10.00 uur.');
    expect(f.publicationDate.map((d) => d.value)).toEqual(['2026-03-02']);
    expect(f.deadline.map((d) => d.value.slice(0, 10))).toEqual(['2026-03-12']);
  });
});
