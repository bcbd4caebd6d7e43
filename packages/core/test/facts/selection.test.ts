import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const sel = (body: string) => factsOf(`## Selectiecriteria\n\n${body}\n`).selection;

describe('turnover', () => {
  it.each([
    ['De inschrijver heeft in elk van de laatste drie afgesloten boekjaren een jaaromzet van minstens € 400.000 excl. btw gerealiseerd.', 400_000, 3],
    ['De inschrijver behaalde in het laatste afgesloten boekjaar een omzet van minstens € 800.000 excl. btw.', 800_000, 1],
    ['Le soumissionnaire doit avoir réalisé, au cours de chacun des trois derniers exercices clôturés, un chiffre d’affaires annuel minimal de 960.000 EUR HTVA.', 960_000, 3],
    ['Minimum average annual turnover over the last two closed financial years: EUR 2 400 000.', 2_400_000, 2],
  ])('reads "%s"', (sentence, amount, years) => {
    expect(sel(sentence).turnover.map((t) => [t.amount, t.years, t.lot])).toEqual([[amount, years, null]]);
  });

  it('reads one amount per lot from a list', () => {
    const s = sel('Gemiddelde jaaromzet over de laatste drie boekjaren, minstens:\n\n- perceel 1: € 300.000 excl. btw;\n- perceel 2: € 150.000 excl. btw.');
    expect(s.turnover.map((t) => [t.lot, t.amount, t.years])).toEqual([[1, 300_000, 3], [2, 150_000, 3]]);
  });

  it('reads one amount per lot from a sentence', () => {
    const s = sel('Minimale gemiddelde jaaromzet over de laatste drie boekjaren: € 1.500.000 excl. btw voor perceel 1 en € 200.000 excl. btw voor perceel 2.');
    expect(s.turnover.map((t) => [t.lot, t.amount])).toEqual([[1, 1_500_000], [2, 200_000]]);
  });

  it('reads a multiple of the value and a justification', () => {
    const s = sel('De inschrijver heeft een jaaromzet van minstens 3 maal de geraamde waarde van de opdracht, omdat de opdracht een groot financieel risico inhoudt.');
    expect(s.turnover[0]).toMatchObject({ multiple: 3, justified: true });
    expect(s.turnover[0]!.amount).toBeUndefined();
  });
});

describe('references', () => {
  it.each([
    ['Een lijst van minstens drie gelijkaardige referenties uitgevoerd in de loop van de laatste drie jaar.', 3, 3],
    ['De inschrijver legt drie referenties voor van opdrachten die identiek zijn aan het voorwerp, uitgevoerd in de loop van de laatste vijf jaar.', 3, 5],
    ['Per perceel minstens twee gelijkaardige leveringen uitgevoerd in de loop van de laatste drie jaar.', 2, 3],
    ['Le soumissionnaire joint une liste d’au moins trois références de services similaires exécutés au cours des trois dernières années.', 3, 3],
    ['At least three references for similar services provided in the last three years.', 3, 3],
    // Synonyms of "gelijkaardig" and look-back periods in months (12 months = 1 year, 18 months = 1.5 years).
    ['De inschrijver vermeldt minstens drie vergelijkbare leveringen, uitgevoerd gedurende de laatste drie jaar.', 3, 3],
    ['Minstens twee soortgelijke diensten, uitgevoerd in de loop van de afgelopen twaalf maanden.', 2, 1],
    ['Au moins deux références de services comparables exécutés au cours des dix-huit derniers mois.', 2, 1.5],
    ['At least two comparable contracts delivered in the last 24 months.', 2, 2],
    ['At least three references for similar services provided in the last thirty-six months.', 3, 3],
    // The reference noun names the kind of work: assignments, engagements, missions, realisations.
    ['The tenderer lists at least three similar assignments (penetration testing or security audits) carried out for public or private clients during the last three years.', 3, 3],
    ['Tenderers shall describe two comparable engagements completed within the last five years.', 2, 5],
    ['Le soumissionnaire présente au moins trois missions similaires réalisées au cours des trois dernières années.', 3, 3],
    ['Au moins deux chantiers similaires exécutés au cours des cinq dernières années.', 2, 5],
    ['De inschrijver vermeldt minstens twee gelijkaardige realisaties uit de laatste vijf jaar.', 2, 5],
    ['Minstens drie soortgelijke studieopdrachten, uitgevoerd in de loop van de laatste drie jaar.', 3, 3],
  ])('reads "%s"', (sentence, count, years) => {
    expect(sel(sentence).references.map((r) => [r.count, r.years])).toEqual([[count, years]]);
  });

  it('reads the identical, public-only and minimum-value flags', () => {
    const r = sel('De inschrijver legt minstens drie referenties voor van opdrachten die identiek zijn aan deze opdracht, uitgevoerd tijdens de laatste drie jaar.\n\nMinstens één van die referenties heeft een waarde van minimaal € 2.000.000 excl. btw.\n\nReferenties komen enkel in aanmerking als de opdrachtgever een Vlaamse gemeente of een ander openbaar bestuur is.').references;
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ count: 3, years: 3, identical: true, publicOnly: true, minValue: 2_000_000 });
  });

  it('does not read a count of assignments that are not earlier work as references', () => {
    // No reference noun and no "similar": the contractor's future assignments, staff, years of experience.
    expect(sel('The contractor carries out at least three assignments per year during the framework agreement.').references).toEqual([]);
    expect(sel('Le prestataire assure au moins deux missions par mois pendant trois ans.').references).toEqual([]);
    expect(sel('De opdrachtnemer voert minstens drie opdrachten per jaar uit gedurende vier jaar.').references).toEqual([]);
  });

  it('does not read a language framework ("Europees Referentiekader") as references', () => {
    expect(factsOf('## Personeel\n\nDe ploegverantwoordelijke spreekt Nederlands op minstens niveau B1 van het Europees Referentiekader.\n').selection.references).toEqual([]);
  });
});

describe('certificates', () => {
  it('reads certificate names with and without equivalence', () => {
    const c = sel('De inschrijver beschikt over een geldig ISO 14001-certificaat.\n\nDe inschrijver beschikt over een VCA**-certificaat of een gelijkwaardig certificaat.\n\nThe tenderer holds ISO/IEC 27001 certification or equivalent.').certificates;
    expect(c.map((x) => [x.name, x.equivalentAccepted])).toEqual([['ISO 14001', false], ['VCA**', true], ['ISO/IEC 27001', true]]);
  });
  it('accepts equivalence stated in the next sentence or in a general clause', () => {
    expect(sel('De inschrijver beschikt over een ISO 22000-certificaat. Een gelijkwaardig bewijs wordt aanvaard.').certificates[0]!.equivalentAccepted).toBe(true);
    const general = factsOf('## Algemeen\n\nElke vermelding van een certificaat wordt geacht gevolgd te worden door de woorden "of gelijkwaardig".\n\n## Selectie\n\nDe inschrijver beschikt over een ISO 9001-certificaat.\n');
    expect(general.selection.certificates[0]!.equivalentAccepted).toBe(true);
  });
});

describe('sector certification schemes', () => {
  it.each([
    ['De inschrijver is BOSEC-gecertificeerd voor het onderhoud van draagbare blustoestellen.', 'BOSEC', false],
    ['De inschrijver beschikt over een BOSEC-certificaat of een gelijkwaardig certificaat.', 'BOSEC', true],
    ["Le soumissionnaire est certifié QUALIBAT pour les travaux d'isolation.", 'QUALIBAT', false],
    ['The tenderer shall be CHAS certified.', 'CHAS', false],
  ])('reads "%s"', (sentence, name, equivalent) => {
    expect(sel(sentence).certificates.map((c) => [c.name, c.equivalentAccepted])).toEqual([[name, equivalent]]);
  });
  it.each([
    'De blustoestellen zijn BENOR-gecertificeerd.',
    'De installatie is BOSEC-gecertificeerd sinds 2019.',
    'De leverancier moet FSC of PEFC CoC gecertificeerd zijn.',
  ])('does not read "%s" as a certificate of the tenderer', (sentence) => {
    expect(sel(sentence).certificates).toEqual([]);
  });
});

describe('accreditation', () => {
  it.each([
    ['De inschrijver moet erkend zijn in categorie C, klasse 4.', 'C', 4],
    ['Vereiste erkenning: ondercategorie D18, klasse 4.', 'D18', 4],
    ['Erkenning: klasse 3 in categorie D.', 'D', 3],
    ['Vereiste erkenning: 5D.', 'D', 5],
    ['Agréation requise : catégorie C, classe 5.', 'C', 5],
    ['Erkenning in categorie P1, klasse 3.', 'P1', 3],
  ])('reads "%s"', (sentence, category, klass) => {
    expect(factsOf(`## Selectie\n\n${sentence}\n`).accreditation.map((a) => [a.category, a.class])).toEqual([[category, klass]]);
  });

  it('reads the accreditation per lot from a table', () => {
    const f = factsOf('## Percelen\n\n| Perceel | Omschrijving | Vereiste erkenning |\n|---|---|---|\n| 1 | Bouwkundige werken | categorie D, klasse 5 |\n| 2 | HVAC | ondercategorie D18, klasse 4 |\n');
    expect(f.accreditation.map((a) => [a.lot, a.category, a.class])).toEqual([[1, 'D', 5], [2, 'D18', 4]]);
  });

  it('does not read a paint or visibility class as an accreditation', () => {
    const f = factsOf('## Technische bepalingen\n\nDe binnenverf is geschikt voor intensief gebruik (natte schrobvastheid klasse 1). De kledij voldoet aan EN ISO 20471, klasse 2 of 3.\n');
    expect(f.accreditation).toEqual([]);
  });
});

describe('turnover list under a run-in heading', () => {
  it('reads each list item once', () => {
    const s = sel('**6.1 Jaaromzet.** Gemiddelde jaaromzet over de laatste drie boekjaren, minstens:\n\n- perceel 1: € 300.000 excl. btw;\n- perceel 2: € 150.000 excl. btw.');
    expect(s.turnover.map((t) => t.lot)).toEqual([1, 2]);
  });
});
