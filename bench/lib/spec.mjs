// The one generator of benchmark specifications (`pnpm bench`, bench/generate.mjs): realistic Dutch
// tender specifications (bestekken), deterministic from a seed, of any length. Each follows the
// structure of a Flemish bestek (Deel I administratieve bepalingen, Deel II uitvoeringsbepalingen,
// Deel III technische bepalingen in chapters of numbered articles, with lists and bills of
// quantities, and a closing meetstaat) and varies what the rules and `tenderlint report` look at:
// value, contract type, lots, award criteria, variants, social and ILO clauses, e-invoicing,
// payment term, brands, standards and vague wording, at the rates they occur in real specifications.

export const WORDS_PER_PAGE = 445;

/** mulberry32: small, fast and the same everywhere. */
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

const SUBJECTS = [
  { type: 'supplies', title: 'levering van werkkledij en veiligheidsschoenen', cpv: '18100000-0', segment: 'textiles', items: ['werkjas', 'werkbroek', 'fluojas', 'veiligheidsschoen', 'regenpak', 'T-shirt'] },
  { type: 'supplies', title: 'levering van laptops, schermen en dockingstations', cpv: '30213100-6', segment: 'electronics', items: ['laptop', 'beeldscherm', 'dockingstation', 'toetsenbord', 'muis', 'headset'] },
  { type: 'supplies', title: 'levering van kantoormeubilair', cpv: '39130000-2', segment: 'furniture', items: ['bureau', 'bureaustoel', 'kast', 'vergadertafel', 'ladeblok', 'akoestisch paneel'] },
  { type: 'works', title: 'heraanleg van de dorpskern met natuursteen', cpv: '45233200-1', segment: 'natural-stone', items: ['kasseien in graniet', 'boordstenen', 'riolering', 'funderingslaag', 'straatkolken', 'bomen'] },
  { type: 'works', title: 'renovatie van de gemeentelijke basisschool', cpv: '45214200-2', segment: null, items: ['dakisolatie', 'buitenschrijnwerk', 'verwarmingsketel', 'ventilatie', 'binnenafwerking', 'elektriciteit'] },
  { type: 'works', title: 'renovatie en uitbreiding van het administratief centrum', cpv: '45210000-2', segment: null, items: ['metselwerk', 'dakbedekking', 'vloerafwerking', 'binnenpleisterwerk', 'sanitaire installatie', 'zonwering'] },
  { type: 'services', title: 'schoonmaak van de administratieve gebouwen', cpv: '90911200-8', segment: null, items: ['kantoren', 'sanitair', 'vergaderzalen', 'trappenhallen', 'ramen', 'keukens'] },
  { type: 'services', title: 'onderhoud van het openbaar groen', cpv: '77310000-6', segment: null, items: ['gazons', 'hagen', 'plantvakken', 'bomen', 'onkruidbeheer', 'bermen'] },
  { type: 'services', title: 'catering voor het woonzorgcentrum', cpv: '55520000-1', segment: null, items: ['warme maaltijden', 'broodmaaltijden', 'dieetmaaltijden', 'dranken', 'desserts', 'tussendoortjes'] },
  { type: 'supplies', title: 'levering van houten speeltoestellen', cpv: '37535200-9', segment: 'timber', items: ['klimtoestel', 'schommel', 'zandbak', 'glijbaan', 'picknicktafel', 'valdempende ondergrond'] },
  { type: 'services', title: 'opmaak van een mobiliteitsplan', cpv: '71311200-4', segment: null, items: ['verkeerstellingen', 'participatietraject', 'scenario-analyse', 'rapportage', 'kaartmateriaal', 'stuurgroepvergaderingen'] },
];
const AUTHORITIES = ['Gemeente Zonnebeke', 'Stad Lier', 'Intercommunale Leiedal', 'OCMW Brakel', 'Provincie Limburg', 'Agentschap Wegen en Verkeer', 'Gemeente Kapellen', 'Stad Ronse', 'Autonoom Gemeentebedrijf Sportoase', 'Polder Vinderhoute'];
const BRANDS = ['Snickers', 'Dell', 'Steelcase', 'Bosch', 'HP', 'Vitra', 'Caterpillar', 'Lenovo'];
const STANDARDS = ['NBN EN 1338', 'NBN EN 13501-1', 'NBN EN ISO 20471', 'NBN EN 1176-1', 'NBN EN 12464-1', 'NBN B 21-601', 'NBN EN 1340', 'NBN EN 14411'];
const VAGUE = ['voldoende', 'zo snel mogelijk', 'in de mate van het mogelijke', 'tijdig', 'adequaat', 'bij voorkeur'];
const VERBS = ['moet', 'dient', 'zal'];
const QUALITIES = ['duurzaam', 'onderhoudsvriendelijk', 'veilig in gebruik', 'bestand tegen intensief gebruik', 'eenvoudig te herstellen', 'volledig demonteerbaar', 'vrij van schadelijke stoffen', 'goed bereikbaar voor onderhoud'];
const NOUNS = ['de opdrachtnemer', 'de leverancier', 'de aannemer', 'de dienstverlener'];
const ACTIONS = [
  'bezorgt vóór de start van de uitvoering een gedetailleerde planning aan de leidend ambtenaar',
  'houdt een register bij van alle uitgevoerde controles en legt dit op eenvoudig verzoek voor',
  'meldt elke afwijking van de technische bepalingen schriftelijk binnen twee werkdagen',
  'voert de werkzaamheden uit buiten de openingsuren van de gebouwen',
  'organiseert maandelijks een werfvergadering en maakt er een verslag van',
  'neemt alle maatregelen om hinder voor omwonenden en gebruikers te beperken',
  'zorgt voor de afvoer en de verwerking van alle afval volgens de geldende regelgeving',
  'stelt een vaste contactpersoon aan die Nederlands spreekt',
  'levert en plaatst de elementen volgens de plannen en de detailtekeningen van de ontwerper',
  'bezorgt de technische fiches van de materialen ten minste 15 kalenderdagen voor de bestelling',
];
const ASPECTS = ['algemeen', 'materialen', 'uitvoering', 'controle', 'oplevering'];
const UNITS = ['st', 'm²', 'm', 'm³', 'uur', 'FH', 'forfait'];

const pick = (r, list) => list[Math.floor(r() * list.length)];
const chance = (r, p) => r() < p;
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const euro = (n) => `€ ${n.toLocaleString('nl-BE').replace(/\u202f|\u00a0/g, '.')}`;
const countWords = (s) => s.split(/\s+/).filter(Boolean).length;

function requirement(r, item, n) {
  const verb = pick(r, VERBS);
  // Weighted like real technical clauses: mostly plain requirements, a standard now and then, a brand rarely.
  const kinds = [
    [8, () => `De ${item} ${verb} ${pick(r, QUALITIES)} zijn.`],
    [2, () => `De ${item} ${verb} voldoen aan ${pick(r, STANDARDS)}${chance(r, 0.85) ? ' of gelijkwaardig' : ''}.`],
    [10, () => `${cap(pick(r, NOUNS))} ${pick(r, ACTIONS)}.`],
    [6, () => `De ${item} ${verb} een levensduur van minstens ${5 + Math.floor(r() * 20)} jaar hebben bij normaal gebruik.`],
    [2, () => `Herstellingen aan de ${item} gebeuren ${pick(r, VAGUE)}${chance(r, 0.6) ? ` en uiterlijk binnen ${2 + Math.floor(r() * 46)} uur na de melding` : ''}.`],
    [6, () => `De garantie op de ${item} bedraagt ${1 + Math.floor(r() * 9)} jaar, onderdelen en arbeidsloon inbegrepen.`],
    [0.15, () => `De ${item} ${verb} van het merk ${pick(r, BRANDS)} zijn${chance(r, 0.5) ? ', of gelijkwaardig' : ''}.`],
    [6, () => `Bij de oplevering worden de ${item} gecontroleerd op ${pick(r, ['afmetingen', 'afwerking', 'werking', 'stabiliteit', 'kleurvastheid'])}; afwijkingen groter dan ${1 + Math.floor(r() * 5)} % worden geweigerd.`],
    [3, () => `Verpakkingen van de ${item} zijn herbruikbaar of gemaakt van gerecycleerd karton en worden door ${pick(r, NOUNS)} teruggenomen.`],
  ];
  const total = kinds.reduce((s, [w]) => s + w, 0);
  const sentences = [];
  for (let i = 0; i < n; i++) {
    let x = r() * total;
    let made;
    for (const [w, make] of kinds) if ((x -= w) < 0) { made = make(); break; }
    sentences.push(made ?? kinds[0][1]());
  }
  return sentences.join(' ');
}

function billOfQuantities(r, items, prefix, rows) {
  const table = [['post', 'omschrijving', 'eenheid', 'hoeveelheid']];
  for (let k = 1; k <= rows; k++) table.push([`${prefix}${k}`, `${cap(pick(r, items))}${chance(r, 0.4) ? ` – ${pick(r, ASPECTS)}` : ''}`, pick(r, UNITS), String(1 + Math.floor(r() * 900))]);
  return table;
}

/**
 * The blocks of one specification of about `pages` pages: `{ h, text }`, `{ p }`, `{ list, ordered }`
 * or `{ table }` (rows of cells, the first the header). `seed` and `index` pick it deterministically
 * (`works`: a works contract, as the longest specifications are);
 * the same seed and index with fewer pages give the same document cut shorter (up to its closing meetstaat).
 */
export function specBlocks({ seed, index = 0, pages, works = false }) {
  const r = rng(seed * 1_000_003 + index);
  const s = pick(r, works ? SUBJECTS.filter((x) => x.type === 'works') : SUBJECTS);
  const authority = pick(r, AUTHORITIES);
  const large = pages > 40;
  const value = Math.round((s.type === 'works' ? (large ? 2_000_000 + r() * 8_000_000 : 200_000 + r() * 4_000_000) : 20_000 + r() * 600_000) / 1000) * 1000;
  const divided = chance(r, 0.45);
  const lotCount = divided ? 2 + Math.floor(r() * 3) : 0;
  const priceOnly = chance(r, 0.3);
  const lcc = !priceOnly && chance(r, 0.3);
  const variants = pick(r, ['allowed', 'forbidden', 'silent']);
  const social = chance(r, 0.5);
  const ilo = s.segment ? chance(r, 0.6) : false;
  const eInvoice = chance(r, 0.75);
  const paperSubmission = chance(r, 0.1);
  const days = pick(r, [30, 30, 30, 45, 60, 90]);
  const nr = `2026/${String(index + 1).padStart(4, '0')}`;
  const out = [];
  const p = (text) => out.push({ p: text });
  let section = 0;
  const h = (title) => out.push({ h: 3, text: `${++section}. ${title}` });

  out.push({ h: 1, text: `Bestek nr. ${nr}: ${s.title}` });
  p(`Opdrachtgevend bestuur: ${authority}. Dit bestek bevat de administratieve, uitvoerings- en technische bepalingen van de opdracht.`);
  out.push({ h: 2, text: 'Deel I. Administratieve bepalingen' });
  h('Voorwerp en aard van de opdracht');
  p(`De opdracht betreft de ${s.title} voor ${authority}. Het gaat om een opdracht voor ${s.type === 'works' ? 'werken' : s.type === 'supplies' ? 'leveringen' : 'diensten'}. CPV-code: ${s.cpv}.`);
  h('Raming');
  p(`De geraamde waarde van de opdracht bedraagt ${euro(value)} exclusief btw, alle verlengingen en opties inbegrepen.`);
  h('Percelen');
  if (divided) {
    p(`De opdracht is verdeeld in ${lotCount} percelen. Inschrijvers mogen een offerte indienen voor één, meerdere of alle percelen.`);
    const lots = [];
    for (let i = 1; i <= lotCount; i++) lots.push(`Perceel ${i}: ${s.items[(i - 1) % s.items.length]} (raming ${euro(Math.round(value / lotCount / 1000) * 1000)} excl. btw)`);
    out.push({ list: lots });
  } else if (chance(r, 0.5)) {
    p('De opdracht wordt niet in percelen verdeeld, omdat de prestaties technisch zo samenhangen dat één aanspreekpunt nodig is voor de coördinatie.');
  } else {
    p('De opdracht wordt niet in percelen verdeeld.');
  }
  h('Plaatsingsprocedure');
  p(`De opdracht wordt geplaatst bij ${value > 216_000 ? 'openbare procedure' : 'vereenvoudigde onderhandelingsprocedure met voorafgaande bekendmaking'}.`);
  h('Uitsluitingsgronden en selectie');
  p('De inschrijver bevindt zich niet in een van de situaties van uitsluiting bedoeld in artikelen 67 tot 69 van de wet van 17 juni 2016. Het aanbestedend bestuur raadpleegt de gegevens over sociale en fiscale schulden zelf via Telemarc. Het Uniform Europees Aanbestedingsdocument (UEA) geldt als voorlopig bewijs.');
  p(`De inschrijver heeft een minimale jaaromzet van ${euro(Math.round((value * (1 + r() * 2)) / 1000) * 1000)} in elk van de laatste drie boekjaren. Hij legt ${2 + Math.floor(r() * 3)} referenties voor van gelijkaardige opdrachten uit de laatste ${pick(r, [3, 5])} jaar.`);
  if (s.type === 'works') p(`De inschrijver is erkend in categorie ${pick(r, ['C', 'D'])}, klasse ${value > 2_750_000 ? 7 : value > 1_370_000 ? 6 : 5}, of levert het bewijs van een gelijkwaardige draagkracht.`);
  if (chance(r, 0.4)) p(`De inschrijver beschikt over een certificaat ISO ${pick(r, ['9001', '14001', '45001'])}${chance(r, 0.5) ? ' of gelijkwaardig' : ''}.`);
  h('Gunningscriteria');
  if (priceOnly) {
    p('De opdracht wordt gegund aan de inschrijver met de laagste prijs. De prijs is het enige gunningscriterium.');
  } else {
    const price = pick(r, [40, 50, 60, 70]);
    p('De opdracht wordt gegund aan de economisch meest voordelige offerte op basis van de volgende criteria:');
    out.push({ list: [`${lcc ? 'Levenscycluskost (aankoopprijs en energieverbruik over 8 jaar)' : 'Prijs'}: ${price} punten`, `Kwaliteit van de uitvoering en de duurzaamheid van de oplossing: ${100 - price} punten`], ordered: true });
  }
  h('Varianten');
  if (variants === 'allowed') p('Vrije varianten zijn toegelaten.');
  else if (variants === 'forbidden') p('Varianten zijn niet toegelaten.');
  else p('Het bestek vermeldt de uitvoeringstermijn en de plaats van uitvoering in deel II.');
  h('Indienen van de offertes');
  p(paperSubmission ? 'De offerte wordt in drievoud op papier ingediend bij het onthaal van het administratief centrum.' : 'De offertes worden uitsluitend elektronisch ingediend via het e-Procurement-platform van de federale overheid (e-Tendering).');
  p('Belangenconflicten worden vermeden overeenkomstig artikel 6 van de wet van 17 juni 2016.');

  out.push({ h: 2, text: 'Deel II. Uitvoeringsbepalingen' });
  h('Betaling en facturatie');
  p(days === 30 ? 'De behandelingstermijn voor de verificatie en de betaling bedraagt 30 dagen.' : `De betalingstermijn bedraagt ${days} dagen na ontvangst van de factuur.`);
  p(eInvoice ? 'Facturen worden uitsluitend elektronisch verstuurd via het Peppol-netwerk, volgens de norm EN 16931, of via het Mercurius-portaal.' : 'Facturen worden per e-mail in PDF-formaat verstuurd naar de boekhouding.');
  if (s.type === 'works') p('Onderaannemers zijn, ongeacht hun plaats in de keten, erkend in de categorie en klasse die overeenstemt met het deel van de opdracht dat zij uitvoeren.');
  if (social) {
    h('Sociale clausule');
    p(`De opdrachtnemer zet tijdens de uitvoering minstens ${1 + Math.floor(r() * 3)} stagiairs of werkzoekenden uit een kansengroep in, of besteedt een deel van de opdracht uit aan een maatwerkbedrijf uit de sociale economie.`);
  }
  if (ilo) {
    h('Ethische clausule');
    p('De opdrachtnemer waarborgt dat de goederen doorheen de volledige toeleveringsketen geproduceerd worden met respect voor de IAO-basisnormen (conventies 29, 87, 98, 100, 105, 111, 138 en 182). Hij bezorgt op verzoek een lijst van productiesites en aanvaardt een audit door een onafhankelijke derde.');
  }
  h('Milieu');
  if (chance(r, 0.7)) p('De opdrachtnemer beperkt het energieverbruik en de uitstoot van zijn voertuigen, gebruikt herbruikbare verpakkingen en voert afval gescheiden af volgens de milieuwetgeving.');
  else p('De opdrachtnemer volgt de richtlijnen van de leidend ambtenaar.');

  out.push({ h: 2, text: 'Deel III. Technische bepalingen' });
  let words = out.reduce((n, b) => n + countWords(b.p ?? b.text ?? (b.list ?? []).join(' ')), 0);
  const target = pages * WORDS_PER_PAGE - 150;
  // Chapters of numbered articles; a chapter now and then closes with its bill of quantities.
  for (let chapter = 1; words < target; chapter++) {
    const subject = pick(r, s.items);
    out.push({ h: 3, text: `Hoofdstuk ${chapter}. ${cap(subject)}` });
    const articles = 3 + Math.floor(r() * 5);
    for (let a = 1; a <= articles && words < target; a++) {
      const item = chance(r, 0.7) ? subject : pick(r, s.items);
      out.push({ h: 4, text: `Artikel ${chapter}.${a}. ${cap(item)}${chance(r, 0.3) ? ` – ${pick(r, ASPECTS)}` : ''}` });
      const paras = 1 + Math.floor(r() * 3);
      for (let k = 0; k < paras; k++) {
        const text = requirement(r, item, 3 + Math.floor(r() * 5));
        words += countWords(text);
        p(text);
      }
      if (chance(r, 0.2)) {
        const list = [requirement(r, item, 1), requirement(r, item, 1), requirement(r, item, 1)];
        words += countWords(list.join(' '));
        out.push({ list });
      }
    }
    if (chance(r, 0.35)) {
      const table = billOfQuantities(r, s.items, `${chapter}.`, 4 + Math.floor(r() * 8));
      words += countWords(table.flat().join(' '));
      out.push({ table });
    }
  }
  out.push({ h: 2, text: 'Meetstaat' });
  out.push({ table: billOfQuantities(r, s.items, '', 15) });
  return out;
}

export function toMarkdown(blocks) {
  const out = [];
  for (const b of blocks) {
    if (b.h) out.push(`${'#'.repeat(b.h)} ${b.text}`);
    else if (b.p) out.push(b.p);
    else if (b.list) out.push(b.list.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${item}`).join('\n'));
    else if (b.table) out.push([`| ${b.table[0].join(' | ')} |`, `|${b.table[0].map(() => '---').join('|')}|`, ...b.table.slice(1).map((row) => `| ${row.join(' | ')} |`)].join('\n'));
  }
  return out.join('\n\n') + '\n';
}

/** The same blocks as a Word file: real heading styles, numbered and bulleted lists, tables. */
export async function toDocx(blocks) {
  const { Document, Packer, Paragraph, HeadingLevel, Table, TableRow, TableCell, LevelFormat, AlignmentType } = await import('docx');
  const heading = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];
  const children = [];
  let lists = 0;
  for (const b of blocks) {
    if (b.h) children.push(new Paragraph({ text: b.text, heading: heading[b.h] }));
    else if (b.p) children.push(new Paragraph(b.p));
    else if (b.list) {
      // Each numbered list restarts at 1, as Word does for a new list.
      const instance = ++lists;
      for (const item of b.list) children.push(new Paragraph({ text: item, numbering: { reference: b.ordered ? 'numbers' : 'bullets', level: 0, ...(b.ordered ? { instance } : {}) } }));
    } else if (b.table) children.push(new Table({ rows: b.table.map((row) => new TableRow({ children: row.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) }));
  }
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }] },
        { reference: 'numbers', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
