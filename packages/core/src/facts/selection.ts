/** Selection requirements: minimum turnover, references, certificates. */
import { EQUIVALENT_PATTERN, findGeneralEquivalenceClauses } from '../text/equivalence.js';
import { latinFast } from '../text/latin-fast.js';
import { amountExclVat, findMoney } from '../text/money.js';
import { COUNT_TOKEN, parseCount } from '../text/numbers.js';
import { withUnicodeBoundaries } from '../text/word-boundary.js';
import { lotNear, lotRefs } from './lot-refs.js';
import { cueWords, type Scan } from './scan.js';
import type { CertificateRequirement, ReferenceRequirement, TurnoverRequirement } from './types.js';

const T = COUNT_TOKEN;
const TURNOVER_WORDS = cueWords(['omzet', 'chiffre', 'turnover', 'umsatz']);
const REFERENCE_WORDS = cueWords(['referent', 'référ', 'refer', 'attest', 'gelijkaardig', 'vergelijkba', 'soortgelijk', 'analog', 'comparab', 'similai', 'similar']);
// The names a certificate sentence holds (case as written), or the certification word of a sector scheme, as one search.
const CERT_WORD = /ISO|VCA|SCC|VCU|EMAS|CO2|CO₂|OHSAS|BRC|coVadis|SA 8000|SA8000|Cyber|Milieuzorg|ertifi/;
const TURNOVER = /omzet|chiffre\s+d['’]affaires|turnover|umsatz/iu;
const MULTIPLE = latinFast(new RegExp(String.raw`(${T}|\d+(?:[.,]\d+)?)\s*(?:maal|keer|x|fois|times)\s+(?:de|het|la|le|l['’]|the)?\s*(?:geraamde\s+|jaarlijkse\s+|estimated\s+|annual\s+)?(?:waarde|bedrag|raming|montant|valeur|value|contract\s+value)`, 'iu'));
const YEARS = latinFast(new RegExp(
  String.raw`(?:laatste|afgelopen|voorbije|last|past|previous)\s+(${T})\s+(?:afgesloten\s+|closed\s+|financial\s+|afgesloten\s+financiële\s+)*(?:boekjaren|boekjaar|jaren|jaar|years|financial\s+years|exercices)|(?:(${T})\s+)?(?:derniers?|dernières)\s+(?:(${T})\s+)?(?:exercices|années|ans)|au\s+cours\s+(?:des|du)\s+(${T})?\s*(?:derniers?|dernières)\s+(?:exercices?|années|ans)|(?:the|in)\s+(${T})\s+(?:most\s+recent|previous|preceding)\s+(?:financial\s+)?years`,
  'iu',
));
const SINGLE_YEAR = /laatste\s+(?:afgesloten\s+)?boekjaar\b|dernier\s+exercice|last\s+(?:closed\s+)?financial\s+year|most\s+recent\s+financial\s+year/iu;
const JUSTIFIED = /omdat|gerechtvaardigd|verantwoord|gelet\s+op|aangezien|wegens|vanwege|parce\s+que|en\s+raison|justifi|because|justified|due\s+to|given\s+(?:the|that)|as\s+the/iu;

/**
 * Earlier work like the contract's, by its adjective: "gelijkaardige / vergelijkbare / soortgelijke /
 * analoge leveringen", "travaux similaires / comparables / analogues", "similar / comparable contracts".
 * One list for the facts and proportionality/reference-scope (exported from @tenderlint/core).
 */
// The work done before, named by the noun of a reference: contracts, deliveries, assignments
// ("opdrachten", "realisaties", "missions", "chantiers", "assignments", "engagements").
export const SIMILAR_WORK_SOURCE = String.raw`(?:gelijkaardige|vergelijkbare|soortgelijke|analoge)\s+(?:opdrachten|leveringen|diensten|werken|werkzaamheden|renovaties|projecten|prestaties|realisaties|installaties|studieopdrachten|studies|audits|missies|overheidsopdrachten)|(?:marchés|fournitures|services|travaux|prestations|projets|missions|réalisations|chantiers|interventions|études|audits|contrats)\s+(?:similaires|comparables|analogues)|(?:similar|comparable)\s+(?:contracts|services|supplies|works|projects|deliveries|assignments|engagements|commissions|missions|audits|studies|installations|schemes)`;
const SIMILAR_ADJECTIVE = /gelijkaardige|vergelijkbare|soortgelijke|analoge|similaires|comparables?|analogues|similar/iu;
const REFERENCE = latinFast(new RegExp(String.raw`\breferenties?\b|\br[ée]f[ée]rences?\b|\breferences?\b|attesten?\s+van\s+goede\s+uitvoering|attestations?\s+de\s+bonne\s+ex[ée]cution|${SIMILAR_WORK_SOURCE}`, 'iu'));
const REF_NOUN = /\b(?:referenties|referentie|r[ée]f[ée]rences|references|reference|gelijkaardige|vergelijkbare|soortgelijke|analoge|similaires|comparables|analogues|similar|comparable|attesten|attestations|projecten|projets|projects|opdrachten|contracts)\b/giu;

/** The count written just before a reference noun ("minstens drie gelijkaardige referenties", "At least three references"). */
function refCount(text: string): { count: number; raw: string } | null {
  REF_NOUN.lastIndex = 0;
  for (let m = REF_NOUN.exec(text); m; m = REF_NOUN.exec(text)) {
    const words = text.slice(Math.max(0, m.index - 50), m.index).split(/[\s,()]+/u).filter(Boolean);
    for (let i = words.length - 1; i >= 0 && i >= words.length - 3; i--) {
      const w = words[i]!;
      const n = parseCount(w);
      if (n === null && /^(?:van|of|de|des|die|deze|these|those|ces|daarvan|hiervan)$/iu.test(w)) break;
      if (n === null) continue;
      const single = /^(?:een|één|un|une|one)$/iu.test(w);
      if (single && !/^(?:minstens|minimum|au|at|ten)$/iu.test(words[i - 1] ?? '') && !/^(?:moins|least|minste)$/iu.test(words[i - 1] ?? '')) break;
      if (n >= 1 && n <= 20) return { count: n, raw: w };
      break;
    }
  }
  return null;
}
const AT_LEAST_COUNT = latinFast(/\b(?:minstens|ten\s+minste|minimaal|at\s+least|au\s+moins)\s+(\p{L}+|\d{1,2})\s+(\p{L}+)/giu);
const TIME_UNIT = /^(?:jaar|jaren|maanden|maand|dagen|weken|years?|months?|days?|weeks?|ans?|années?|mois|jours?|semaines?)$/iu;

/**
 * "Referenties: ... minstens drie dijk- of oeverwerken": in a sentence about references, the count
 * after "minstens / at least" when the noun it counts is not a period of time.
 */
function minimumCount(text: string): { count: number; raw: string } | null {
  AT_LEAST_COUNT.lastIndex = 0;
  for (let m = AT_LEAST_COUNT.exec(text); m; m = AT_LEAST_COUNT.exec(text)) {
    const n = parseCount(m[1]!);
    if (n !== null && n >= 2 && n <= 20 && !TIME_UNIT.test(m[2]!)) return { count: n, raw: m[1]! };
  }
  return null;
}
const IDENTICAL = latinFast(/\bidentie[kc]\p{L}*|\bidentiques?\b|\bidentical\b|\bexact\s+dezelfde\b|\bzelfde\s+voorwerp\b/iu);
const PUBLIC_ONLY = latinFast(/(?:enkel|alleen|uitsluitend|slechts|uniquement|exclusivement|only|exclusively)\b[^.;]{0,80}\b(?:openba\p{L}*|publie\p{L}*|overheid\p{L}*|publi(?:c|que)s?|public|gemeente|intercommunale)|(?:opdrachtgever|klant)\s+(?:een\s+)?(?:Vlaamse\s+)?(?:gemeente|overheid|openbaar\s+bestuur)\s+is/iu);
const MIN_VALUE = /waarde|value|valeur|montant|bedrag|budget/iu;

// Names that are standards, standards bodies, product marks or labels, not a certification scheme of a firm.
const NOT_SCHEMES = 'CoC|COC|VCA|VCU|SCC|EMAS|OHSAS|BRC|BRCGS|CO2|EPC|PEB|ADR|CAP|ISO|IEC|NBN|DIN|CEN|CENELEC|ETSI|ASTM|BENOR|ATG|KOMO|FSC|PEFC|MSC|ASC|GOTS|OEKO|TCO|EPEAT|RAL|EPB|BREEAM|LEED|AREI|RGIE|CPV|KBO|RSZ|ONSS|BTW|TVA|VAT|UEA|ESPD|DUME|GDPR|AVG|PDF|EU|EN|NF|CE|UL|DNS|SSL|TLS|IT|ICT';
const SCHEME_NAME = String.raw`(?!(?:${NOT_SCHEMES})(?![\p{L}\p{N}]))(\p{Lu}[\p{Lu}\p{N}]{2,}|\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{N}]*|\p{Lu}[\p{L}\p{N}]*(?:-\p{Lu}[\p{L}\p{N}]+)+)`;
/**
 * A firm certified under a sector scheme named by its shape rather than from a list (BOSEC, QUALIBAT,
 * CHAS, SafeContractor, Rf-Technologies): "BOSEC-gecertificeerd", "een BOSEC-certificaat",
 * "certifié QUALIBAT", "CHAS certified", "SafeContractor certification". The name is group 1 or 2.
 * Both alternatives open at the certification word (a name before it is checked behind it), so
 * the engine scans for that word only. Callers check that the tenderer (or its staff) is the one certified.
 */
const CERT_NOUN_AFTER = String.raw`(?:[Gg]ecertificeerde?|[Gg]ecertifieerde?|[Cc]ertifica(?:at|ten|tie)|[Cc]ertificering|[Cc]ertifi(?:ed|cates?|cation)|[Cc]ertificats?)`;
export const SECTOR_SCHEME_SOURCE = String.raw`${CERT_NOUN_AFTER}(?<=(?<![\p{L}\p{N}-])${SCHEME_NAME}[-\s]?${CERT_NOUN_AFTER})(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:[Gg]ecertificeerd|[Cc]ertifi[ée]e?s?|[Cc]ertified|[Cc]ertification|[Cc]ertificering|[Cc]ertificat)\s+(?:(?:door|bij|volgens|onder|par|selon|by|under|to|with)\s+)?(?:(?:het|de|la|le|the)\s+)?${SCHEME_NAME}(?![\p{L}\p{N}])`;
const SECTOR_SCHEME = withUnicodeBoundaries(new RegExp(SECTOR_SCHEME_SOURCE, 'gu'));

const CERTS: [string, RegExp][] = [
  ['ISO', /\bISO(?:\/IEC)?[\s\u00A0]?(9001|14001|45001|27001|50001|22000|22301|13485|20000(?:-1)?|37001|26000|39001|28000)\b/gu],
  ['VCA', /\bVCA[\s\u00A0]?(?:\*{1,2}|-?P|Petrochemie)?|\bSCC\*{0,2}|\bVCU\b/gu],
  ['EMAS', /\bEMAS\b/gu],
  ['CO2-prestatieladder', /\bCO2[-\s]?prestatieladder\b|\bCO₂[-\s]?prestatieladder\b/giu],
  ['OHSAS 18001', /\bOHSAS[\s\u00A0]?18001\b/gu],
  ['BRC', /\bBRC(?:GS)?\b/gu],
  ['Ecovadis', /\bEcoVadis\b/giu],
  ['SA8000', /\bSA[\s\u00A0]?8000\b/gu],
  ['Cyber Essentials', /\bCyber\s+Essentials(?:\s+Plus)?\b/gu],
  ['Milieuzorg op School', /\bMilieuzorg\s+op\s+School\b/gu],
  ['scheme', SECTOR_SCHEME],
];
const TENDERER = /inschrijver|aannemer|opdrachtnemer|dienstverlener|leverancier|kandida|soumissionnaire|entrepreneur|adjudicataire|prestataire|candidat|tenderer|bidder|contractor|supplier|service\s+provider|economic\s+operator/iu;
const CERT_CUE = latinFast(/certifica\p{L}*|gecertificeerd|certifi[ée]|certified|certification|beschikt\s+over|dispose|hold|must\s+have|moet|doit|voorleggen|bezit|kwaliteitssyste|management\s+system/iu);

// A turnover counts only as a requirement on the tenderer, not as a figure about the authority or the market.
const REQUIREMENT = latinFast(/(?<![\p{L}\p{N}])(?:moet|moeten|dient|dienen|minstens|minimaal|minimum|minimale|ten\s+minste|tenminste|vereist\p{L}*|beschikken|aantonen|bewijzen|voorleggen|doit|doivent|au\s+moins|minimal\p{L}*|exig\p{L}*|requis\p{L}*|justifier|must|shall|at\s+least|required?|should|demonstrate|not\s+less)(?![\p{L}\p{N}])/iu);
const AUTHORITY_SUBJECT = latinFast(/^[\s\d.)(*\-–•]*(?:(?:de|het|la|le|the|our|onze|ons|notre|nos)\s+|l['’]\s*)?(?:\p{L}+\s+)?(?:gemeente|overheid|raad|college|stad|bestuur|provincie|\p{L}*zone|agentschap|intercommunale|ocmw|\p{L}*school\p{L}*|scholengroep|aanbestedende\s+(?:overheid|entiteit)|opdrachtgever|haven|sector|markt|commune|ville|administration|pouvoir\s+adjudicateur|r[ée]gie|port|march[ée]|secteur|council|authority|contracting\s+authority|city|municipality|agency|market|sector)(?![\p{L}\p{N}])/iu);

const AUTHORITY_DEMANDS = latinFast(/(?<![\p{L}\p{N}])(?:vraagt|eist|vereist|verlangt|legt\s+\p{L}*\s*op|exige|demande|impose|requires|asks|demands)(?![\p{L}\p{N}])/iu);

function requiresOfTenderer(sentence: string, inSelection: boolean): boolean {
  if (TENDERER.test(sentence)) return true;
  if (AUTHORITY_SUBJECT.test(sentence)) return AUTHORITY_DEMANDS.test(sentence);
  return inSelection || REQUIREMENT.test(sentence);
}

export function extractTurnover(scan: Scan, valueKnown: number | null): TurnoverRequirement[] {
  void valueKnown;
  const out: TurnoverRequirement[] = [];
  const blocks = scan.document.blocks;
  for (const block of blocks) {
    if (block.kind === 'heading' || !scan.has(block, TURNOVER_WORDS) || !TURNOVER.test(block.text)) continue;
    const section = scan.sections[block.id];
    if (section === 'award' || section === 'execution' || section === 'invoicing') continue;
    for (const s of scan.sentences(block)) {
      if (!TURNOVER.test(s.text)) continue;
      if (!requiresOfTenderer(s.text, section === 'selection')) continue;
      const years = yearsIn(s.text) ?? yearsIn(block.text);
      const justified = JUSTIFIED.test(block.text);
      const money = findMoney(s.text);
      const mult = MULTIPLE.exec(s.text);
      if (money.length) {
        for (const m of money) {
          const amount = amountExclVat(m);
          const lot = lotNear(scan, block, s.start + m.start, s.start + m.end);
          out.push(requirement(amount, undefined, lot, years, justified, scan.evidence(block, s.start, s.end)));
        }
      } else if (mult && !/correspond|komt\s+overeen|equals|is\s+gelijk/iu.test(s.text)) {
        const n = parseCount(mult[1]!) ?? Number(mult[1]!.replace(',', '.'));
        if (Number.isFinite(n) && n > 0) out.push(requirement(undefined, n, lotOf(s.text), years, justified, scan.evidence(block, s.start, s.end)));
      } else if (/:\s*$/u.test(s.text)) {
        // "minstens:" followed by one list item per lot.
        for (let i = block.id + 1; i < blocks.length && i < block.id + 12; i++) {
          const item = blocks[i]!;
          if (item.kind !== 'list-item' && item.kind !== 'table-cell') break;
          const im = findMoney(item.text);
          if (!im.length) continue;
          const m = im[0]!;
          const itemJustified = justified || JUSTIFIED.test(item.text);
          out.push(requirement(amountExclVat(m), undefined, lotNear(scan, item, m.start, m.end), years, itemJustified, scan.evidence(item, 0, item.text.length)));
        }
      }
    }
  }
  return out;
}

function requirement(amount: number | undefined, multiple: number | undefined, lot: number | null, years: number | undefined, justified: boolean, evidence: TurnoverRequirement['evidence']): TurnoverRequirement {
  const r: TurnoverRequirement = { lot, justified, evidence };
  if (amount !== undefined) r.amount = amount;
  if (multiple !== undefined) r.multiple = multiple;
  if (years !== undefined) r.years = years;
  return r;
}

function lotOf(text: string): number | null {
  const lots = [...new Set(lotRefs(text).map((r) => r.lot))];
  return lots.length === 1 ? lots[0]! : null;
}

const YEAR_WORDS = ['laatste', 'afgelopen', 'voorbije', 'last', 'past', 'previous', 'dernier', 'derniè', 'recent', 'preceding'];

// "de afgelopen twaalf maanden", "les dix-huit derniers mois", "the last 24 months".
const MONTHS = new RegExp(
  String.raw`(?:laatste|afgelopen|voorbije|jongste|vorige|last|past|previous|preceding)\s+(${T})\s+(?:kalender|calendar\s+)?(?:maanden|months)|(${T})\s+derniers\s+mois|derniers\s+(${T})\s+mois`,
  'iu',
);

/**
 * The look-back period in years. A period in months is converted: 12 months is 1 year, 18 months
 * 1.5 years, 24 months 2 years (rounded to two decimals), since the fact is a number of years.
 */
function yearsIn(text: string): number | undefined {
  const low = text.toLowerCase();
  if (!YEAR_WORDS.some((w) => low.includes(w))) return undefined;
  const m = YEARS.exec(text);
  if (m) {
    const token = m.slice(1).find((g) => g !== undefined);
    const n = token ? parseCount(token) : 1;
    if (n !== null && n >= 1 && n <= 15) return n;
  }
  if (SINGLE_YEAR.test(text)) return 1;
  if (low.includes('maand') || low.includes('mois') || low.includes('month')) {
    const mm = MONTHS.exec(text);
    const token = mm?.slice(1).find((g) => g !== undefined);
    const months = token ? parseCount(token) : null;
    if (months !== null && months >= 1 && months <= 180) return Math.round((months / 12) * 100) / 100;
  }
  return undefined;
}

export function extractReferences(scan: Scan): ReferenceRequirement[] {
  const out: ReferenceRequirement[] = [];
  const blocks = scan.document.blocks;
  const hasSelection = scan.sections.includes('selection');
  for (const block of blocks) {
    if (block.kind === 'heading' || !scan.has(block, REFERENCE_WORDS) || !REFERENCE.test(block.text)) continue;
    const section = scan.sections[block.id];
    if (hasSelection ? section !== 'selection' : !/\b(?:minstens|au\s+moins|at\s+least|minimum)\b/iu.test(block.text)) continue;
    if (TURNOVER.test(block.text) && !/referent|r[ée]f[ée]renc/iu.test(block.text)) continue;
    for (const s of scan.sentences(block)) {
      const found = REFERENCE.test(s.text) || SIMILAR_ADJECTIVE.test(s.text) ? (refCount(s.text) ?? minimumCount(s.text)) : null;
      if (!REFERENCE.test(s.text) && !found) continue;
      const validCount = found && !/^(?:een|één|un|une|one)$/iu.test(found.raw) ? found.count : null;
      const years = yearsIn(s.text) ?? (validCount !== null ? yearsIn(block.text) : undefined);
      if (validCount === null && years === undefined && !IDENTICAL.test(s.text) && !PUBLIC_ONLY.test(s.text)) continue;
      const r: ReferenceRequirement = {
        identical: IDENTICAL.test(s.text),
        publicOnly: PUBLIC_ONLY.test(s.text),
        lot: lotOf(s.text),
        evidence: scan.evidence(block, s.start, s.end),
      };
      if (validCount !== null) r.count = validCount;
      if (years !== undefined) r.years = years;
      const money = findMoney(s.text).filter(() => MIN_VALUE.test(s.text));
      if (money.length) r.minValue = amountExclVat(money[0]!);
      // A "minstens één referentie van € X" sentence refines the previous requirement instead of adding one.
      const prev = out[out.length - 1];
      if (prev && validCount === null && prev.evidence.blockId >= block.id - 3) {
        if (r.minValue !== undefined && prev.minValue === undefined) prev.minValue = r.minValue;
        prev.identical ||= r.identical;
        prev.publicOnly ||= r.publicOnly;
        if (prev.years === undefined && r.years !== undefined) prev.years = r.years;
        continue;
      }
      out.push(r);
    }
  }
  // "minstens één van die referenties heeft een waarde van € 2.000.000" also counts as a minimum value.
  for (const block of blocks) {
    if (scan.sections[block.id] !== 'selection' || !scan.has(block, REFERENCE_WORDS) || !REFERENCE.test(block.text)) continue;
    const m = findMoney(block.text);
    const first = out[0];
    if (m.length && first && first.minValue === undefined && MIN_VALUE.test(block.text) && !TURNOVER.test(block.text)) first.minValue = amountExclVat(m[0]!);
  }
  return out;
}

export function extractCertificates(scan: Scan): CertificateRequirement[] {
  const out: CertificateRequirement[] = [];
  let generalClause: boolean | undefined;
  // The document-wide clause is looked for only when a certificate without its own equivalence is found.
  const general = () =>
    // The whole document rather than its blocks with "waardig", "quivalen" or "gleichwertig": the same
    // clauses (each needs one of those words), and the rules that ask next get them from the cache.
    (generalClause ??= findGeneralEquivalenceClauses(scan.document).some((c) => c.covers.has('certificate')));
  const hasSelection = scan.sections.includes('selection');
  for (const block of scan.document.blocks) {
    if (block.kind === 'heading') continue;
    const section = scan.sections[block.id];
    if (hasSelection && section !== 'selection' && section !== 'subcontracting' && section !== 'execution') continue;
    if (!CERT_WORD.test(block.text)) continue;
    const sentences = scan.sentences(block);
    sentences.forEach((s, i) => {
      if (!CERT_WORD.test(s.text)) return;
      for (const [family, re] of CERTS) {
        re.lastIndex = 0;
        for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
          if (!CERT_CUE.test(s.text) && section !== 'selection') continue;
          // Without a selection section, a certificate counts only when the tenderer must hold it (not a product's).
          if (!hasSelection && !TENDERER.test(s.text)) continue;
          // A sector scheme counts only when the tenderer (or its staff) is the one certified.
          if (family === 'scheme' && !TENDERER.test(s.text)) continue;
          const name = certName(family, m[0], m[1] ?? m[2]);
          const next = sentences[i + 1]?.text ?? '';
          const equivalentAccepted = EQUIVALENT_PATTERN.test(s.text) || EQUIVALENT_PATTERN.test(next.slice(0, 200)) || general();
          out.push({ name, equivalentAccepted, evidence: scan.evidence(block, s.start + m.index, s.start + m.index + m[0].length) });
        }
      }
    });
  }
  return out;
}

function certName(family: string, raw: string, number: string | undefined): string {
  if (family === 'ISO') return /IEC/u.test(raw) ? `ISO/IEC ${number}` : `ISO ${number}`;
  if (family === 'VCA') return raw.replace(/[\s\u00A0]+/gu, '').replace(/^VCA-?P$/u, 'VCA-P');
  if (family === 'scheme') return number ?? raw;
  if (family === 'OHSAS 18001' || family === 'SA8000') return family;
  return family;
}
