#!/usr/bin/env node
// Generates a corpus of realistic Dutch tender specifications (bestekken) for benchmarks and the
// monitoring report: deterministic from a seed, so every run and every machine gets the same files.
//
//   node bench/generate.mjs [--count 1000] [--pages 20] [--seed 2026] [--out bench/corpus]
//
// Each file follows the structure of a Flemish bestek (Deel I administratieve bepalingen, Deel II
// uitvoeringsbepalingen, Deel III technische bepalingen with a meetstaat) and varies what the
// linter and the report look at: value, contract type, lots, award criteria, variants, social and
// ILO clauses, e-invoicing, payment terms, brands, standards and vague wording.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    pages: { type: 'string', default: '20' },
    seed: { type: 'string', default: '2026' },
    out: { type: 'string', default: 'bench/corpus' },
  },
});
const COUNT = Number(values.count);
const PAGES = Number(values.pages);
const WORDS_PER_PAGE = 450;

/** mulberry32: small, fast and the same everywhere. */
function prng(seed) {
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
];

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const chance = (rnd, p) => rnd() < p;
const euro = (n) => `€ ${n.toLocaleString('nl-BE').replace(/\u202f|\u00a0/g, '.')}`;

function requirement(rnd, item, n) {
  const verb = pick(rnd, VERBS);
  // Weighted like real technical clauses: mostly plain requirements, a standard now and then, a brand rarely.
  const kinds = [
    [8, () => `De ${item} ${verb} ${pick(rnd, QUALITIES)} zijn.`],
    [2, () => `De ${item} ${verb} voldoen aan ${pick(rnd, STANDARDS)}${chance(rnd, 0.85) ? ' of gelijkwaardig' : ''}.`],
    [10, () => `${cap(pick(rnd, NOUNS))} ${pick(rnd, ACTIONS)}.`],
    [6, () => `De ${item} ${verb} een levensduur van minstens ${5 + Math.floor(rnd() * 20)} jaar hebben bij normaal gebruik.`],
    [2, () => `Herstellingen aan de ${item} gebeuren ${pick(rnd, VAGUE)}${chance(rnd, 0.6) ? ` en uiterlijk binnen ${2 + Math.floor(rnd() * 46)} uur na de melding` : ''}.`],
    [6, () => `De garantie op de ${item} bedraagt ${1 + Math.floor(rnd() * 9)} jaar, onderdelen en arbeidsloon inbegrepen.`],
    [0.15, () => `De ${item} ${verb} van het merk ${pick(rnd, BRANDS)} zijn${chance(rnd, 0.5) ? ', of gelijkwaardig' : ''}.`],
    [6, () => `Bij de oplevering worden de ${item} gecontroleerd op ${pick(rnd, ['afmetingen', 'afwerking', 'werking', 'stabiliteit', 'kleurvastheid'])}; afwijkingen groter dan ${1 + Math.floor(rnd() * 5)} % worden geweigerd.`],
    [3, () => `Verpakkingen van de ${item} zijn herbruikbaar of gemaakt van gerecycleerd karton en worden door ${pick(rnd, NOUNS)} teruggenomen.`],
  ];
  const total = kinds.reduce((s, [w]) => s + w, 0);
  const choose = () => {
    let r = rnd() * total;
    for (const [w, make] of kinds) if ((r -= w) < 0) return make();
    return kinds[0][1]();
  };
  const sentences = [];
  for (let i = 0; i < n; i++) sentences.push(choose());
  return sentences.join(' ');
}
const cap = (s) => s[0].toUpperCase() + s.slice(1);

function spec(index, seed) {
  const rnd = prng(seed * 1_000_003 + index);
  const s = pick(rnd, SUBJECTS);
  const authority = pick(rnd, AUTHORITIES);
  const value = Math.round((s.type === 'works' ? 200_000 + rnd() * 4_000_000 : 20_000 + rnd() * 600_000) / 1000) * 1000;
  const divided = chance(rnd, 0.45);
  const lotCount = divided ? 2 + Math.floor(rnd() * 3) : 0;
  const priceOnly = chance(rnd, 0.3);
  const lcc = !priceOnly && chance(rnd, 0.3);
  const variants = pick(rnd, ['allowed', 'forbidden', 'silent']);
  const social = chance(rnd, 0.5);
  const ilo = s.segment ? chance(rnd, 0.6) : false;
  const eInvoice = chance(rnd, 0.75);
  const paperSubmission = chance(rnd, 0.1);
  const days = pick(rnd, [30, 30, 30, 45, 60, 90]);
  const nr = `${2026}/${String(index + 1).padStart(4, '0')}`;
  const out = [];
  const p = (t) => out.push(t, '');
  let section = 0;
  const h = (title) => p(`### ${++section}. ${title}`);

  p(`# Bestek nr. ${nr}: ${s.title}`);
  p(`Opdrachtgevend bestuur: ${authority}. Dit bestek bevat de administratieve, uitvoerings- en technische bepalingen van de opdracht.`);
  p('## Deel I. Administratieve bepalingen');
  h('Voorwerp en aard van de opdracht');
  p(`De opdracht betreft de ${s.title} voor ${authority}. Het gaat om een opdracht voor ${s.type === 'works' ? 'werken' : s.type === 'supplies' ? 'leveringen' : 'diensten'}. CPV-code: ${s.cpv}.`);
  h('Raming');
  p(`De geraamde waarde van de opdracht bedraagt ${euro(value)} exclusief btw, alle verlengingen en opties inbegrepen.`);
  h('Percelen');
  if (divided) {
    const lots = [];
    for (let i = 1; i <= lotCount; i++) lots.push(`- Perceel ${i}: ${s.items[(i - 1) % s.items.length]} (raming ${euro(Math.round(value / lotCount / 1000) * 1000)} excl. btw)`);
    p(`De opdracht is verdeeld in ${lotCount} percelen. Inschrijvers mogen een offerte indienen voor één, meerdere of alle percelen.`);
    p(lots.join('\n'));
  } else if (chance(rnd, 0.5)) {
    p('De opdracht wordt niet in percelen verdeeld, omdat de prestaties technisch zo samenhangen dat één aanspreekpunt nodig is voor de coördinatie.');
  } else {
    p('De opdracht wordt niet in percelen verdeeld.');
  }
  h('Plaatsingsprocedure');
  p(`De opdracht wordt geplaatst bij ${value > 216_000 ? 'openbare procedure' : 'vereenvoudigde onderhandelingsprocedure met voorafgaande bekendmaking'}.`);
  h('Uitsluitingsgronden en selectie');
  p('De inschrijver bevindt zich niet in een van de situaties van uitsluiting bedoeld in artikelen 67 tot 69 van de wet van 17 juni 2016. Het aanbestedend bestuur raadpleegt de gegevens over sociale en fiscale schulden zelf via Telemarc. Het Uniform Europees Aanbestedingsdocument (UEA) geldt als voorlopig bewijs.');
  p(`De inschrijver heeft een minimale jaaromzet van ${euro(Math.round((value * (1 + rnd() * 2)) / 1000) * 1000)} in elk van de laatste drie boekjaren. Hij legt ${2 + Math.floor(rnd() * 3)} referenties voor van gelijkaardige opdrachten uit de laatste ${pick(rnd, [3, 5])} jaar.`);
  if (chance(rnd, 0.4)) p(`De inschrijver beschikt over een certificaat ISO ${pick(rnd, ['9001', '14001', '45001'])}${chance(rnd, 0.5) ? ' of gelijkwaardig' : ''}.`);
  h('Gunningscriteria');
  if (priceOnly) {
    p('De opdracht wordt gegund aan de inschrijver met de laagste prijs. De prijs is het enige gunningscriterium.');
  } else {
    const price = pick(rnd, [40, 50, 60, 70]);
    const quality = 100 - price;
    p(`De opdracht wordt gegund aan de economisch meest voordelige offerte op basis van de volgende criteria:\n\n1. ${lcc ? 'Levenscycluskost (aankoopprijs en energieverbruik over 8 jaar)' : 'Prijs'}: ${price} punten\n2. Kwaliteit van de uitvoering en de duurzaamheid van de oplossing: ${quality} punten`);
  }
  h('Varianten');
  if (variants === 'allowed') p('Vrije varianten zijn toegelaten.');
  else if (variants === 'forbidden') p('Varianten zijn niet toegelaten.');
  else p('Het bestek vermeldt de uitvoeringstermijn en de plaats van uitvoering in deel II.');
  h('Indienen van de offertes');
  p(paperSubmission ? 'De offerte wordt in drievoud op papier ingediend bij het onthaal van het administratief centrum.' : 'De offertes worden uitsluitend elektronisch ingediend via het e-Procurement-platform van de federale overheid (e-Tendering).');
  p(`Belangenconflicten worden vermeden overeenkomstig artikel 6 van de wet van 17 juni 2016.`);

  p('## Deel II. Uitvoeringsbepalingen');
  h('Betaling en facturatie');
  p(days === 30 ? 'De behandelingstermijn voor de verificatie en de betaling bedraagt 30 dagen.' : `De betalingstermijn bedraagt ${days} dagen na ontvangst van de factuur.`);
  p(eInvoice ? 'Facturen worden uitsluitend elektronisch verstuurd via het Peppol-netwerk, volgens de norm EN 16931, of via het Mercurius-portaal.' : 'Facturen worden per e-mail in PDF-formaat verstuurd naar de boekhouding.');
  if (social) {
    h('Sociale clausule');
    p(`De opdrachtnemer zet tijdens de uitvoering minstens ${1 + Math.floor(rnd() * 3)} stagiairs of werkzoekenden uit een kansengroep in, of besteedt een deel van de opdracht uit aan een maatwerkbedrijf uit de sociale economie.`);
  }
  if (ilo) {
    h('Ethische clausule');
    p('De opdrachtnemer waarborgt dat de goederen doorheen de volledige toeleveringsketen geproduceerd worden met respect voor de IAO-basisnormen (conventies 29, 87, 98, 100, 105, 111, 138 en 182). Hij bezorgt op verzoek een lijst van productiesites en aanvaardt een audit door een onafhankelijke derde.');
  }
  h('Milieu');
  if (chance(rnd, 0.7)) p('De opdrachtnemer beperkt het energieverbruik en de uitstoot van zijn voertuigen, gebruikt herbruikbare verpakkingen en voert afval gescheiden af volgens de milieuwetgeving.');
  else p('De opdrachtnemer volgt de richtlijnen van de leidend ambtenaar.');

  p('## Deel III. Technische bepalingen');
  let words = out.join(' ').split(/\s+/).length;
  const target = PAGES * WORDS_PER_PAGE;
  while (words < target - 400) {
    const item = pick(rnd, s.items);
    const para = requirement(rnd, item, 4 + Math.floor(rnd() * 4));
    h(`${cap(item)}${chance(rnd, 0.3) ? ` – ${pick(rnd, ['algemeen', 'materialen', 'uitvoering', 'controle', 'oplevering'])}` : ''}`);
    p(para);
    if (chance(rnd, 0.3)) p(requirement(rnd, item, 3));
    words += para.split(/\s+/).length + 8;
  }
  p('## Meetstaat');
  const rows = ['| post | omschrijving | eenheid | hoeveelheid |', '|---|---|---|---|'];
  for (let i = 0; i < 15; i++) rows.push(`| ${i + 1} | ${cap(pick(rnd, s.items))} | ${pick(rnd, ['st', 'm²', 'm', 'uur', 'forfait'])} | ${1 + Math.floor(rnd() * 500)} |`);
  p(rows.join('\n'));
  return out.join('\n');
}

mkdirSync(values.out, { recursive: true });
const seed = Number(values.seed);
let bytes = 0;
for (let i = 0; i < COUNT; i++) {
  const text = spec(i, seed);
  bytes += Buffer.byteLength(text);
  writeFileSync(join(values.out, `bestek-${String(i + 1).padStart(4, '0')}.md`), text);
}
process.stderr.write(`${COUNT} specifications of about ${PAGES} pages (${(bytes / 1048576).toFixed(1)} MiB) in ${values.out}\n`);
