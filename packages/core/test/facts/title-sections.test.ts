import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../../src/facts/sections.js';
import { factsOf } from './helpers.js';

describe('"réception" as an execution cue: the French procurement word, not the English front desk', () => {
  it.each([
    ['Réception provisoire', 'execution'],
    ['Art. 24 - Réception définitive des travaux', 'execution'],
    ['RÉCEPTION', 'execution'],
    ['RECEPTION PROVISOIRE ET DEFINITIVE', 'execution'],
    ['Reception technique des fournitures', 'execution'],
    ['Oplevering', 'execution'],
    ['Réception des offres', 'submission'],
  ])('classifies "%s"', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  it.each(['Front-desk reception', 'Reception and visitor management', 'Reception staff'])('gives no kind to the English "%s"', (heading) => {
    expect(classifyHeading(heading)).toBeNull();
  });
});

describe('a document title that names the subject sets no section for what follows it', () => {
  it('reads the key-data table under an English title that names "delivery" and "reception"', () => {
    const f = factsOf(
      '# Royal Institute for Heritage Studies\n\n## Contract documents RIHS/2026/01 — Framework agreement for the delivery of guarding and front-desk reception services\n\n### Section A — The contract at a glance\n\n| item | detail |\n|---|---|\n| Estimated value, all lots | EUR 1,050,000 excl. VAT |\n',
    );
    expect(f.sections.slice(1)).not.toContain('execution');
    expect(f.estimatedValue?.value.amount).toBe(1050000);
  });

  it('reads the key-data table under a Dutch subject title "Levering van ..."', () => {
    const f = factsOf('# Gemeente Hoeveld\n\n## Bestek nr. 2026/ICT/03\n\n## Levering van laptops en beeldschermen voor het gemeentehuis\n\n| Gegeven | Inhoud |\n|---|---|\n| Raming | € 245.000 excl. btw |\n');
    expect(f.sections).not.toContain('execution');
    expect(f.estimatedValue?.value.amount).toBe(245000);
  });

  it('reads the key-data table under a French subject title "Fourniture et livraison de ..."', () => {
    const f = factsOf('# Commune de Hautrive\n\n## Fourniture et livraison de mobilier scolaire pour les écoles communales\n\n| Rubrique | Contenu |\n|---|---|\n| Montant estimé | 180 000 € HTVA |\n');
    expect(f.sections).not.toContain('execution');
    expect(f.estimatedValue?.value.amount).toBe(180000);
  });

  it('does not let "Bestek ... — raamovereenkomst voor de levering" make the administrative part execution', () => {
    const f = factsOf('# Zone Westkust\n\n## Bestek HVZ/2026/003 — raamovereenkomst voor de levering van uniformkledij\n\n### I. ADMINISTRATIEVE BEPALINGEN\n\n#### I.5 Belangenvermenging\n\nDe zone neemt de gepaste maatregelen.\n');
    expect(f.sections).toEqual(['other', 'other', 'other', 'other', 'other']);
    expect(f.sectionHeadings.execution).toBeUndefined();
  });

  it.each([
    // A section heading after body text, a numbered one, a short first heading, a part of the document.
    ['# Bestek\n\nAlgemene bepalingen.\n\n## Levering van de goederen\n\nDe levering gebeurt binnen 30 dagen.\n', 2, 'execution'],
    ['## 5. Levering van de goederen\n\nDe levering gebeurt binnen 30 dagen.\n', 0, 'execution'],
    ['## Levering en plaatsing\n\nDe levering gebeurt binnen 30 dagen.\n', 0, 'execution'],
    ['# Bestek nr. 7\n\n## Technische bepalingen\n\nDe stoelen voldoen aan NBN EN 1335-1.\n', 1, 'technical'],
    ['# Bestek — technische bepalingen\n\nDe stoelen voldoen aan NBN EN 1335-1.\n', 0, 'technical'],
    ['# Cahier spécial des charges\n\n## Réception provisoire\n\nLa réception provisoire a lieu après les essais.\n', 1, 'execution'],
  ])('keeps a section heading that is no title: %j', (md, id, kind) => {
    expect(factsOf(md).sections[id]).toBe(kind);
  });
});

describe('a document title with a reference number names the whole document, not its technical part', () => {
  it.each([
    ['# SPECIFICATION No. AWV-ICT-2027-07\n\n## PART 1 – ADMINISTRATIVE CLAUSES\n\n### 1.1 Key data\n\n| Item | Data |\n|---|---|\n| Estimated value | EUR 395,000 excluding VAT |\n', 395000],
    ['# Specifications Ref. 2026/014\n\n| Item | Data |\n|---|---|\n| Estimated value | EUR 120,000 excluding VAT |\n', 120000],
    ['# SPECIFICATION\n\n## 1. Key data\n\n| Item | Data |\n|---|---|\n| Estimated value | EUR 88,000 excluding VAT |\n', 88000],
    ['# SPÉCIFICATIONS N° 2027/03\n\n## Données principales\n\n| Rubrique | Contenu |\n|---|---|\n| Montant estimé | 238 500 € HTVA |\n', 238500],
    ['# Cahier spécial des charges n° CC/2027/03\n\n## Données principales\n\n| Rubrique | Contenu |\n|---|---|\n| Montant estimé | 150 000 € HTVA |\n', 150000],
    ['# Lastenboek nr. 2027/5\n\n## Kerngegevens\n\n| Gegeven | Inhoud |\n|---|---|\n| Raming | € 412.000 excl. btw |\n', 412000],
    ['# Bestek nr. 2026/014\n\n## Kerngegevens\n\n| Gegeven | Inhoud |\n|---|---|\n| Raming | € 97.000 excl. btw |\n', 97000],
  ])('reads the key-data table under %j', (md, amount) => {
    const f = factsOf(md);
    expect(f.sections).not.toContain('technical');
    expect(f.estimatedValue?.value.amount).toBe(amount);
  });

  it.each([
    // Look-alikes: a part of the document, a numbered or later heading that names the specifications.
    ['# Technical specifications No. 2\n\nThe tablets comply with IEC 60529.\n', 0],
    ['# Tender\n\nIntro.\n\n# Specifications\n\nThe tablets comply with IEC 60529.\n', 2],
    ['# Tender\n\nIntro.\n\n## 2. Specifications\n\nThe tablets comply with IEC 60529.\n', 2],
    ['# Spécifications techniques n° 4\n\nLes projecteurs sont conformes.\n', 0],
  ])('keeps the technical part in %j', (md, id) => {
    expect(factsOf(md).sections[id]).toBe('technical');
  });
});
