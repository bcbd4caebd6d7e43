// Generates realistic Dutch works specifications (bestekken) of a given size, deterministically from a seed:
// an administrative part with the clauses rules look at, and a long technical part with numbered articles,
// prose, lists, bills of quantities and lots. Used by `pnpm bench`.

export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

const subjects = ['de buitenschrijnwerken', 'de dakbedekking', 'de vloerafwerking', 'de binnenpleisterwerken', 'het metselwerk', 'de funderingen', 'de rioleringswerken', 'de technische installaties', 'de wegenis', 'de groenaanleg', 'de sanitaire installatie', 'de verwarmingsinstallatie', 'de elektrische installatie', 'de binnendeuren', 'de zonwering'];
const materials = ['betonstraatstenen', 'gevelsteen', 'kalkzandsteen', 'gewapend beton', 'staalprofielen', 'PVC-buizen', 'gresbuizen', 'minerale wol', 'gipskartonplaten', 'keramische tegels', 'aluminium profielen', 'bitumineuze membranen', 'cementgebonden dekvloer', 'epoxyharsvloer', 'gelaagd glas'];
const verbs = ['De aannemer levert en plaatst', 'De aannemer voert uit', 'Het werk omvat', 'De post omvat', 'Inbegrepen zijn', 'De aannemer voorziet'];
const tails = [
  'volgens de plannen en de detailtekeningen van de ontwerper',
  'met inbegrip van alle hulpstukken, bevestigingsmiddelen en afwerkingen',
  'conform de voorschriften van de fabrikant en de regels van goed vakmanschap',
  'na goedkeuring van een staal door de leidend ambtenaar',
  'waarbij de toleranties van de betreffende norm in acht worden genomen',
  'zodat een volledig afgewerkt en gebruiksklaar geheel wordt opgeleverd',
  'in overleg met de veiligheidscoördinator en de andere aannemers op de werf',
];
const checks = [
  'De vlakheid wordt gecontroleerd met een rei van 2 m; de afwijking bedraagt hoogstens 3 mm.',
  'De aannemer bezorgt de technische fiches van de materialen ten minste 15 kalenderdagen voor de bestelling.',
  'Beschadigde elementen worden op kosten van de aannemer vervangen.',
  'De werken worden uitgevoerd bij een buitentemperatuur van minstens 5 °C.',
  'Alle afval wordt selectief ingezameld en afgevoerd naar een vergunde verwerker.',
  'De meting gebeurt per vierkante meter netto uitgevoerde oppervlakte.',
  'Voor de aanvang van de werken wordt een plaatsbeschrijving opgemaakt.',
];

function paragraph(r) {
  const n = 2 + Math.floor(r() * 4);
  const parts = [];
  for (let i = 0; i < n; i++) {
    if (r() < 0.45) parts.push(pick(r, checks));
    else parts.push(`${pick(r, verbs)} ${pick(r, subjects)} in ${pick(r, materials)}, ${pick(r, tails)}.`);
  }
  return parts.join(' ');
}

const administrative = (value, lots) => [
  { h: 2, text: 'DEEL I - ADMINISTRATIEVE BEPALINGEN' },
  { h: 3, text: 'Artikel 1 - Voorwerp van de opdracht' },
  { p: 'De opdracht omvat de renovatie en uitbreiding van het administratief centrum van de gemeente, met alle bijhorende technische installaties en omgevingswerken. Het betreft een opdracht voor werken.' },
  { p: 'CPV-codes: 45210000-2 (bouwen van gebouwen) en 45453000-7 (revisie- en renovatiewerkzaamheden).' },
  { h: 3, text: 'Artikel 2 - Raming en percelen' },
  { p: `De opdracht wordt geraamd op € ${value.toLocaleString('nl-BE')} excl. btw.` },
  ...(lots
    ? [{ p: 'De opdracht is verdeeld in twee percelen. Inschrijvers mogen op één of op beide percelen inschrijven.' }, { list: ['Perceel 1: ruwbouw en afwerking', 'Perceel 2: technische installaties'] }]
    : [{ p: 'De opdracht wordt niet in percelen verdeeld omdat ruwbouw, afwerking en technieken in dezelfde fasen op dezelfde werf worden uitgevoerd en één aannemer de coördinatie moet dragen.' }]),
  { h: 3, text: 'Artikel 3 - Procedure en indiening' },
  { p: 'De opdracht wordt gegund bij openbare procedure. De aankondiging wordt op 2 maart 2026 bekendgemaakt. De offertes worden elektronisch ingediend via het e-Procurement-platform en moeten uiterlijk op 14 april 2026 om 11.00 uur toekomen.' },
  { h: 3, text: 'Artikel 4 - Uitsluiting en selectie' },
  { p: 'De inschrijver bevindt zich niet in een van de situaties van uitsluiting van de artikelen 67 tot 69 van de wet van 17 juni 2016; het UEA geldt als voorlopig bewijs.' },
  { p: 'De inschrijver is erkend in categorie D, klasse 5, of levert het bewijs van een gelijkwaardige draagkracht.' },
  { h: 3, text: 'Artikel 5 - Gunningscriteria' },
  { table: [['criterium', 'weging'], ['prijs', '70 %'], ['uitvoeringstermijn', '15 %'], ['plan van aanpak voor hinderbeperking', '15 %']] },
  { h: 3, text: 'Artikel 6 - Onderaanneming, sociale en ethische bepalingen' },
  { p: 'Onderaannemers zijn, ongeacht hun plaats in de keten, erkend in de categorie en klasse die overeenstemt met het deel van de opdracht dat zij uitvoeren.' },
  { p: 'De aannemer zet voor minstens 3 % van de arbeidsuren stagiairs of werkzoekenden uit kansengroepen in. Voor alle natuursteen en al het hout toont hij de naleving van de IAO-basisnormen aan doorheen de volledige toeleveringsketen, met een audit door een onafhankelijke derde.' },
  { h: 3, text: 'Artikel 7 - Betaling en facturatie' },
  { p: 'De verificatie en de betaling gebeuren binnen een behandelingstermijn van 30 dagen. De aannemer factureert elektronisch via Peppol. Elke vorm van belangenconflict wordt vermeden volgens artikel 6 van de wet van 17 juni 2016.' },
];

/** Blocks of a specification of about `words` words. */
export function specBlocks(seed, words) {
  const r = rng(seed);
  const value = 1_000_000 + Math.floor(r() * 4_000) * 1000;
  const blocks = [{ h: 1, text: `BESTEK NR. ${2026}/W/${String(seed).padStart(3, '0')} - RENOVATIE ADMINISTRATIEF CENTRUM` }, ...administrative(value, r() < 0.5)];
  let count = blocks.reduce((n, b) => n + (b.p ?? b.text ?? '').split(/\s+/).length, 0);
  blocks.push({ h: 2, text: 'DEEL II - TECHNISCHE BEPALINGEN' });
  let chapter = 0;
  while (count < words) {
    chapter++;
    blocks.push({ h: 3, text: `Hoofdstuk ${chapter} - ${pick(r, subjects).replace(/^de |^het /, '')}` });
    const articles = 3 + Math.floor(r() * 5);
    for (let a = 1; a <= articles && count < words; a++) {
      blocks.push({ h: 4, text: `${chapter}.${a} ${pick(r, materials)}` });
      const paras = 2 + Math.floor(r() * 4);
      for (let i = 0; i < paras; i++) {
        const text = paragraph(r);
        count += text.split(' ').length;
        blocks.push({ p: text });
      }
      if (r() < 0.3) {
        const items = [pick(r, checks), `${pick(r, verbs)} ${pick(r, subjects)}.`, `Materiaal: ${pick(r, materials)}.`];
        count += 30;
        blocks.push({ list: items });
      }
      if (r() < 0.25) {
        const rows = [['post', 'omschrijving', 'eenheid', 'hoeveelheid']];
        for (let k = 1; k <= 6; k++) rows.push([`${chapter}.${a}.${k}`, `${pick(r, materials)} - ${pick(r, subjects)}`, pick(r, ['m²', 'm', 'st', 'FH', 'm³']), String(1 + Math.floor(r() * 900))]);
        count += 60;
        blocks.push({ table: rows });
      }
    }
  }
  return blocks;
}

export function toMarkdown(blocks) {
  const out = [];
  for (const b of blocks) {
    if (b.h) out.push(`${'#'.repeat(b.h)} ${b.text}`);
    else if (b.p) out.push(b.p);
    else if (b.list) out.push(b.list.map((i) => `- ${i}`).join('\n'));
    else if (b.table) out.push([`| ${b.table[0].join(' | ')} |`, `|${b.table[0].map(() => '---').join('|')}|`, ...b.table.slice(1).map((r) => `| ${r.join(' | ')} |`)].join('\n'));
  }
  return out.join('\n\n') + '\n';
}

export async function toDocx(blocks) {
  const { Document, Packer, Paragraph, HeadingLevel, Table, TableRow, TableCell, LevelFormat, AlignmentType } = await import('docx');
  const heading = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];
  const children = [];
  for (const b of blocks) {
    if (b.h) children.push(new Paragraph({ text: b.text, heading: heading[b.h] }));
    else if (b.p) children.push(new Paragraph(b.p));
    else if (b.list) for (const item of b.list) children.push(new Paragraph({ text: item, numbering: { reference: 'bullets', level: 0 } }));
    else if (b.table) children.push(new Table({ rows: b.table.map((row) => new TableRow({ children: row.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) }));
  }
  const doc = new Document({
    numbering: { config: [{ reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }] }] },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
