import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../../src/facts/sections.js';
import { factsOf } from './helpers.js';

describe('deadline and publication date', () => {
  it.each([
    ['De offertes moeten toekomen uiterlijk op dinsdag 14 april 2026 om 10.00 uur.', '2026-04-14T10:00'],
    ['De uiterste datum voor ontvangst van de offertes is 21/04/2026 om 11 uur.', '2026-04-21T11:00'],
    ['La date limite de réception des offres est fixée au 21 avril 2026 à 10h00.', '2026-04-21T10:00'],
    ['Les offres doivent parvenir au pouvoir adjudicateur le 21 avril 2026 à 10h00 au plus tard.', '2026-04-21T10:00'],
    ['The time limit for receipt of tenders is 21 April 2026 at 10:00.', '2026-04-21T10:00'],
  ])('reads "%s"', (sentence, iso) => {
    expect(factsOf(`## Indiening\n\n${sentence}\n`).deadline.map((d) => d.value)).toEqual([iso]);
  });

  it('does not take the deadline for questions or the site visit', () => {
    const f = factsOf('## Indiening\n\nVragen worden gesteld uiterlijk op 3 april 2026. Het plaatsbezoek vindt plaats op 17 maart 2026 om 9.00 uur. De offertes moeten toekomen uiterlijk op 14 april 2026 om 10.00 uur.\n');
    expect(f.deadline.map((d) => d.value)).toEqual(['2026-04-14T10:00']);
  });

  it('reads the deadline from a summary table row and keeps a second, different statement', () => {
    const f = factsOf('| Gegeven | Inhoud |\n|---|---|\n| Uiterste datum ontvangst offertes | dinsdag 21 april 2026 om 11.00 uur |\n\n## Indiening\n\nDe offertes moeten uiterlijk op dinsdag 28 april 2026 om 11.00 uur ingediend zijn.\n');
    expect(f.deadline.map((d) => d.value)).toEqual(['2026-04-21T11:00', '2026-04-28T11:00']);
  });

  it('reads the dispatch date of the notice', () => {
    expect(factsOf('De aankondiging werd verzonden op 20/03/2026.').publicationDate.map((d) => d.value)).toEqual(['2026-03-20']);
    expect(factsOf('Date d’envoi de l’avis : 20.03.2026').publicationDate.map((d) => d.value)).toEqual(['2026-03-20']);
  });
});

describe('sections', () => {
  it.each([
    ['Art. 7 - Selectiecriteria', 'selection'],
    ['7.2 Technische en beroepsbekwaamheid', 'selection'],
    ['Capacité technique', 'selection'],
    ['I.6 Critère d’attribution', 'award'],
    ['8. Award criteria', 'award'],
    ['Artikel 3 - Raming', 'value'],
    ['Percelen en raming', 'lots'],
    ['Looptijd en raming', 'value'],
    ['Art. 15 - Facturatie en betaling', 'invoicing'],
    ['Vorderingsstaten, facturatie en betaling', 'invoicing'],
    ['Art. 13 - Onderaanneming', 'subcontracting'],
    ['Sous-traitance', 'subcontracting'],
    ['Art. 6 - Uitsluitingsgronden', 'exclusion'],
    ['Indiening van de offertes', 'submission'],
    ['Dépôt des offres', 'submission'],
    ['DEEL II - TECHNISCHE BEPALINGEN', 'technical'],
    ['Programma van eisen', 'technical'],
    ['Art. 2 - Voorwerp en aard van de opdracht', 'subject'],
    ['Plaatsingsprocedure', 'procedure'],
    ['Borgtocht', 'execution'],
  ])('classifies the heading "%s"', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  it('gives no kind to headings that name none', () => {
    expect(classifyHeading('DEEL I - ADMINISTRATIEVE BEPALINGEN')).toBeNull();
    expect(classifyHeading('Cahier spécial des charges')).toBeNull();
  });

  it('lets sub-headings and paragraphs inherit, and records the first heading of each kind', () => {
    const f = factsOf('# DEEL II - TECHNISCHE BEPALINGEN\n\n## 1. Algemeen\n\nTekst.\n\n# Gunningscriteria\n\nPrijs.\n');
    expect(f.sections).toEqual(['technical', 'technical', 'technical', 'award', 'award']);
    expect(f.sectionHeadings).toEqual({ technical: 0, award: 3 });
  });

  it('finds the sentence that names the subject', () => {
    const f = factsOf('# Bestek\n\n## Art. 2 - Voorwerp\n\nDeze opdracht heeft als voorwerp de schoonmaak van de gebouwen.\n');
    expect(f.subjectBlock).toBe(2);
  });
});

describe('sections without heading styles', () => {
  it('reads short numbered or title-like paragraphs as headings', () => {
    const f = factsOf('Artikel 4 - Raming\n\nDe uitgave wordt geraamd op € 100.000 excl. btw.\n\nGunningscriteria\n\nDe opdracht wordt gegund aan de laagste prijs.\n');
    expect(f.sections).toEqual(['value', 'value', 'award', 'award']);
  });
});

describe('authority type', () => {
  it.each([
    ['IVALS - Intercommunale Vereniging voor Afvalbeheer', 'local'],
    ['Schoolbestuur vzw Sint-Jozefscollege', 'other'],
  ])('reads %s', (name, type) => {
    expect(factsOf(`# ${name}\n\nBestek.\n`).authorityType?.value).toBe(type);
  });
});
