import { readMarkdown } from '@tenderlint/markdown';
import { detectSegments, type ContractType, type SectionKind, type Stated } from '@tenderlint/core';

const cpvOf = (...codes: string[]): Stated<string>[] =>
  codes.map((value) => ({ value, evidence: { blockId: 0, start: 0, end: 8, raw: value } }));

function segments(text: string, cpv: string[] = [], type?: ContractType, sections?: SectionKind[]): string[] {
  const doc = readMarkdown(text);
  return detectSegments(doc, sections ?? doc.blocks.map(() => 'other'), cpvOf(...cpv), type).map((s) => s.value);
}

describe('detectSegments: CPV codes', () => {
  it('reads each segment from its CPV prefixes', () => {
    expect(segments('Opdracht.', ['18110000'])).toEqual(['textiles']);
    expect(segments('Opdracht.', ['30213100', '30237000'])).toEqual(['electronics']);
    expect(segments('Opdracht.', ['39160000'])).toEqual(['furniture']);
    expect(segments('Opdracht.', ['44912400'])).toEqual(['natural-stone']);
    expect(segments('Opdracht.', ['44191600'])).toEqual(['timber']);
    expect(segments('Opdracht.', ['32250000'])).toEqual(['electronics']);
  });
  it('does not read electronics from IT services, luminaires or household appliances', () => {
    expect(segments('Framework contract for IT consultancy.', ['72000000', '72600000'])).toEqual([]);
    expect(segments('Levering van LED-armaturen.', ['34993000', '31527200'])).toEqual([]);
    expect(segments('Levering van keukentoestellen.', ['39710000'])).toEqual([]);
  });
  it('lists segments in the public order, once each', () => {
    expect(segments('Opdracht.', ['39130000', '18100000', '30213000'])).toEqual(['textiles', 'electronics', 'furniture']);
  });
});

describe('detectSegments: words of the subject, specifications and bill of quantities', () => {
  it('finds natural stone in a works bill of quantities', () => {
    const text = '# Heraanleg van de Dorpsstraat\n\nDe boordstenen worden uitgevoerd in blauwe hardsteen, gezaagd, 15 x 30 cm.\n\n| post | omschrijving | eenheid |\n|---|---|---|\n| 4.5 | Boordstenen in blauwe hardsteen | m |';
    expect(segments(text, ['45233140'])).toEqual(['natural-stone']);
    expect(segments('# Réaménagement de la place\n\nLes bordures sont en pierre bleue du pays, sciées.', [], 'works')).toEqual(['natural-stone']);
    expect(segments('# Public realm works\n\nKerbs shall be granite, 150 x 300 mm.', [], 'works')).toEqual(['natural-stone']);
  });
  it('finds timber flooring and wooden doors in works', () => {
    expect(segments('# Renovatie\n\nIn de turnzaal wordt een parketvloer in eikenhout geplaatst.', ['45214200'])).toEqual(['timber']);
    expect(segments('# Rénovation\n\nLes portes intérieures sont en bois massif.', [], 'works')).toEqual(['timber']);
  });
  it('finds textiles in a supplies contract and in linen rented with a laundry service', () => {
    expect(segments('# Levering van werkkledij\n\nDe opdracht betreft de levering van werkkledij met hoge zichtbaarheid.', [], 'supplies')).toEqual(['textiles']);
    expect(segments('# Wasserij\n\nDe opdrachtnemer verhuurt het bedlinnen en de handdoeken en wast ze wekelijks.', ['98310000'], 'services')).toEqual(['textiles']);
    expect(segments('# Blanchisserie\n\nLe prestataire fournit en location le linge de lit et le linge de toilette.', [], 'services')).toEqual(['textiles']);
  });
  it('reads "bestaande uit" as consisting of, and new wood after a removal', () => {
    expect(segments('# Inrichting\n\nLevering van meubilair bestaande uit 200 stoelen en 40 tafels.', [], 'supplies')).toEqual(['furniture']);
    expect(segments('# Renovatie\n\nNa het verwijderen van de oude aluminium ramen en het herstellen van de dagkanten en de bepleistering plaatst de aannemer nieuwe houten ramen.', [], 'works')).toEqual(['timber']);
  });
  it('reads Dutch compounds of clothing and furniture', () => {
    expect(segments('# Brandweer\n\nDe opdracht betreft de levering van interventiekledij voor de brandweerzone.', [], 'supplies')).toEqual(['textiles']);
    expect(segments('# Bibliotheek\n\nLevering en plaatsing van bibliotheekmeubilair.', [], 'supplies')).toEqual(['furniture']);
  });
  it('counts one item of the purchase in a segment', () => {
    const text = '# Inrichting van het jeugdhuis\n\nDe opdracht omvat de levering van keukentoestellen, verlichting en twee laptops.';
    expect(segments(text, [], 'supplies')).toEqual(['electronics']);
  });
  it('reads wood in furniture as furniture, not timber', () => {
    const text = '# Fourniture de mobilier scolaire\n\nLes plateaux des tables et chaises sont en bois massif de hêtre.\n\nTout le bois utilisé provient de forêts gérées durablement.';
    expect(segments(text, ['39160000'], 'supplies')).toEqual(['furniture']);
  });
  it('keeps timber and furniture apart in a works contract', () => {
    const text = '# Renovatie van het labo\n\n## Binnendeuren\n\nDe deuren hebben een massief houten kaderwerk.\n\n## Vast meubilair\n\nDe kasten worden uitgevoerd in witte meubelplaat.';
    expect(segments(text, [], 'works')).toEqual(['timber', 'furniture']);
  });
});

describe('detectSegments: words that are not the subject', () => {
  it('ignores the staff workwear of a cleaning or grounds contractor', () => {
    expect(segments('# Schoonmaak\n\nHet personeel draagt een herkenbare werkkledij met het logo van de opdrachtnemer.', ['90919200'])).toEqual([]);
    expect(segments('# Nettoyage\n\nLe personnel porte une tenue de travail au nom de l\'entreprise.', ['90919200'])).toEqual([]);
    expect(segments('# Grounds maintenance\n\nOperatives shall wear high-visibility clothing at all times.', ['77310000'])).toEqual([]);
  });
  it('does not read "Bois" in a place name as timber', () => {
    expect(segments('# Commune de Bois-Fontaine\n\nNettoyage des bâtiments de la Commune de Bois-Fontaine.', ['90919200'])).toEqual([]);
    expect(segments('Bois-Fontaine, le 3 mars 2026. Fourniture de papier.', [], 'supplies')).toEqual([]);
  });
  it('does not read paper as timber', () => {
    expect(segments('# Levering van kopieerpapier\n\nHet papier is gemaakt van hout uit duurzaam beheerde bossen.', ['30197630'])).toEqual([]);
  });
  it('does not read computer support services as electronics', () => {
    expect(segments('# IT consultancy\n\nThe services cover computer support and consultancy (CPV 72600000).', ['72600000'])).toEqual([]);
    expect(segments('# Development\n\nThe contractor builds a web application used from desktops, laptops and tablets.', [], 'services')).toEqual([]);
  });
  it('does not read luminaires, household appliances or demolition as segments', () => {
    expect(segments('# Relighting\n\nLevering van LED-armaturen met een driver en een sensor.', [], 'supplies')).toEqual([]);
    expect(segments('# Sloop\n\nDe bestaande houten vloer wordt verwijderd en afgevoerd.', [], 'works')).toEqual([]);
  });
  it('does not read the seats of a vehicle as furniture, nor staff clothing in a services contract as textiles', () => {
    expect(segments('# Levering van bestelwagens\n\nDe zetels van het voertuig zijn bekleed met textiel.', ['34136000'], 'supplies')).toEqual([]);
    expect(segments('# Groenonderhoud\n\nDe opdrachtnemer stelt zijn personeel beschermkledij ter beschikking.', ['77310000'], 'services')).toEqual([]);
  });
  it('does not read geology, the site office, paper towels or help desks as segments', () => {
    expect(segments('# Rioleringswerken\n\nDe ondergrond bestaat uit zandsteen en klei volgens het grondonderzoek.', [], 'works')).toEqual([]);
    expect(segments('# Renovatie\n\n## Werfinrichting\n\nDe werfkeet is voorzien van tafels en stoelen voor 12 personen.', [], 'works')).toEqual([]);
    expect(segments('# Schoonmaak\n\nDe opdrachtnemer levert het toiletpapier en de papieren handdoeken.', ['90919200'])).toEqual([]);
    expect(segments('# Geneesmiddelen\n\nLevering van paracetamol in tablets van 500 mg.', ['33600000'], 'supplies')).toEqual([]);
    expect(segments('# Service desk\n\nThe contractor shall supply the service desks and help desks with staff.', ['72253000'])).toEqual([]);
  });
  it('ignores the selection and award sections', () => {
    const text = '# Schoonmaak\n\n## Selectie\n\nDe inschrijver legt referenties voor van leveringen van werkkledij.';
    const doc = readMarkdown(text);
    const sections = doc.blocks.map((b) => (b.id >= 1 ? 'selection' : 'subject')) as SectionKind[];
    expect(detectSegments(doc, sections, [], 'supplies').map((s) => s.value)).toEqual([]);
  });
  it('points at the words it read', () => {
    const doc = readMarkdown('# Heraanleg\n\nDe boordstenen zijn in natuursteen.');
    const [s] = detectSegments(doc, doc.blocks.map(() => 'other'), [], 'works');
    expect(s?.evidence.raw).toBe('natuursteen');
    expect(doc.blocks[s!.evidence.blockId]!.text.slice(s!.evidence.start, s!.evidence.end)).toBe('natuursteen');
  });
});

describe('upholstery is a material of furniture', () => {
  it('does not make an office-furniture supply a textiles contract', async () => {
    const { readMarkdown } = await import('@tenderlint/markdown');
    const { extractFacts } = await import('../../src/index.js');
    const doc = readMarkdown('# Supply of office furniture\n\nThe contract covers the supply of 300 office chairs and 150 desks.\n\nTextile upholstery is removable and washable at 40 °C.\n');
    expect(extractFacts(doc).segments.map((s) => s.value)).toEqual(['furniture']);
  });
});
