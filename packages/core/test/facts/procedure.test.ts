import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

describe('procedure', () => {
  it.each([
    ['De opdracht wordt geplaatst bij openbare procedure.', 'open'],
    ['De opdracht wordt geplaatst bij niet-openbare procedure.', 'restricted'],
    ['Mededingingsprocedure met onderhandeling (artikel 38).', 'competitive-negotiation'],
    ['Onderhandelingsprocedure met voorafgaande bekendmaking (speciale sectoren).', 'negotiated-with-publication'],
    ['De opdracht wordt geplaatst bij onderhandelingsprocedure zonder voorafgaande bekendmaking.', 'negotiated-without-publication'],
    ['Vereenvoudigde onderhandelingsprocedure met voorafgaande bekendmaking.', 'simplified-negotiated'],
    ['De opdracht wordt gesloten via een aanvaarde factuur.', 'accepted-invoice'],
    ['Concurrentiedialoog.', 'competitive-dialogue'],
    ['Innovatiepartenariaat? Nee: innovatiepartnerschap.', 'innovation-partnership'],
    ['Le marché est passé par procédure ouverte.', 'open'],
    ['Procédure négociée sans publication préalable.', 'negotiated-without-publication'],
    ['Procédure concurrentielle avec négociation.', 'competitive-negotiation'],
    ['The contract is awarded by open procedure.', 'open'],
    ['Restricted procedure under Regulation 28.', 'restricted'],
  ])('reads "%s"', (sentence, procedure) => {
    expect(factsOf(`## Plaatsingsprocedure\n\n${sentence}\n`).procedure?.value).toBe(procedure);
  });

  it('reads the procedure from a summary table row', () => {
    const f = factsOf('| Gegeven | Inhoud |\n|---|---|\n| Plaatsingsprocedure | Openbare procedure met Europese bekendmaking |\n');
    expect(f.procedure?.value).toBe('open');
    expect(f.sections[f.procedure!.evidence.blockId]).toBe('procedure');
  });
});

describe('contract type and framework', () => {
  it.each([
    ['Deze opdracht voor diensten heeft als voorwerp de schoonmaak van gebouwen.', 'services'],
    ['Opdracht voor werken: heraanleg van de Stationsstraat.', 'works'],
    ['Deze overheidsopdracht voor leveringen betreft laptops.', 'supplies'],
    ['Le présent marché de fournitures porte sur du mobilier scolaire.', 'supplies'],
    ['Marché public de travaux : rénovation de l’école.', 'works'],
    ['This is a services contract for IT consultancy.', 'services'],
  ])('reads "%s"', (sentence, type) => {
    expect(factsOf(`## Voorwerp\n\n${sentence}\n`).contractType?.value).toBe(type);
  });

  it('reads a "Aard van de opdracht" row', () => {
    expect(factsOf('| Gegeven | Inhoud |\n|---|---|\n| Aard van de opdracht | Leveringen, verdeeld in twee percelen |\n').contractType?.value).toBe('supplies');
  });

  it('falls back on the main CPV code', () => {
    expect(factsOf('## Voorwerp\n\nCPV-code: 45233140-2.\n').contractType?.value).toBe('works');
  });

  it('sees a framework agreement', () => {
    expect(factsOf('De opdracht wordt gesloten als raamovereenkomst.').framework).toBe(true);
    expect(factsOf('Il s’agit d’un accord-cadre.').framework).toBe(true);
    expect(factsOf('De opdracht wordt gegund aan één inschrijver.').framework).toBe(false);
  });
});

describe('CPV codes', () => {
  it('reads codes with and without check digit, in order, without duplicates', () => {
    const f = factsOf('## Voorwerp\n\nCPV-codes: 90919200-4 (kantoorreiniging) als hoofdopdracht; 90911200-8 als bijkomend voorwerp.\n\nCode CPV : 90919200.\n\nCPV 72000000\n');
    expect(f.cpv.map((c) => c.value)).toEqual(['90919200', '90911200', '72000000']);
  });
  it('does not read phone numbers, account numbers, dates or file numbers as CPV codes', () => {
    const f = factsOf('Tel. 09 99912400, dossiernummer 20260415-1, rekening 12345678, referentie 99999999-9.');
    expect(f.cpv).toEqual([]);
  });
});

describe('authority type', () => {
  it.each([
    ['Gemeente Bossegem', 'local'],
    ['Vlaams agentschap voor Registratie', 'regional'],
    ['FOD Financiën', 'federal'],
    ['Commune de Bois-Fontaine', 'local'],
  ])('reads %s', (name, type) => {
    expect(factsOf(`# ${name}\n\nBestek.\n`).authorityType?.value).toBe(type);
  });
});

describe('contract type written as a label', () => {
  it.each([
    ['Soort opdracht: Werken', 'works'],
    ['Type de marché : Fournitures', 'supplies'],
    ['Type of contract: Services', 'services'],
  ])('reads "%s"', (line, type) => {
    expect(factsOf(`# Bestek\n\n${line}\n`).contractType?.value).toBe(type);
  });
});
