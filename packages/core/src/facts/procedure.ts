/** Contract type, award procedure, framework agreement, CPV codes and the kind of contracting authority. */
import type { Block } from '../document.js';
import { cueWords, type Scan } from './scan.js';
import type { AuthorityType, ContractType, Procedure, SectionKind, Stated } from './types.js';

// Most specific first: "vereenvoudigde onderhandelingsprocedure met voorafgaande bekendmaking" is not
// "onderhandelingsprocedure met bekendmaking", "niet-openbare" is not "openbare".
const PROCEDURES: [Procedure, RegExp][] = [
  ['simplified-negotiated', /vereenvoudigde\s+onderhandelingsprocedure|proc[ée]dure\s+n[ée]goci[ée]e\s+directe\s+avec\s+publication|proc[ée]dure\s+simplifi[ée]e/iu],
  ['accepted-invoice', /aanvaarde\s+factuur|facture\s+accept[ée]e|PT_ACCEPTED_INVOICE/iu],
  ['competitive-negotiation', /mededingingsprocedure\s+met\s+onderhandeling|proc[ée]dure\s+concurrentielle\s+avec\s+n[ée]gociation|competitive\s+procedure\s+with\s+negotiation|PT_COMPETITIVE_NEGOTIATION/iu],
  ['negotiated-without-publication', /onderhandelingsprocedure\s+zonder\s+(?:voorafgaande\s+)?(?:bekendmaking|oproep)|proc[ée]dure\s+n[ée]goci[ée]e\s+sans\s+(?:publication|mise\s+en\s+concurrence)|negotiated\s+procedure\s+without\s+(?:prior\s+)?(?:publication|a\s+(?:prior\s+)?call)|PT_NEGOTIATED_WITHOUT_PUBLICATION|PT_AWARD_CONTRACT_WITHOUT_CALL/iu],
  ['negotiated-with-publication', /onderhandelingsprocedure\s+met\s+(?:voorafgaande\s+)?(?:bekendmaking|oproep)|proc[ée]dure\s+n[ée]goci[ée]e\s+avec\s+(?:publication|mise\s+en\s+concurrence)|negotiated\s+procedure\s+with\s+(?:prior\s+)?(?:publication|a\s+(?:prior\s+)?call)|PT_NEGOTIATED_WITH_PRIOR_CALL/iu],
  ['competitive-dialogue', /concurrentiedialoog|concurrentiegerichte\s+dialoog|dialogue\s+comp[ée]titif|competitive\s+dialogue|PT_COMPETITIVE_DIALOGUE/iu],
  ['innovation-partnership', /innovatiepartnerschap|partenariat\s+d['’]innovation|innovation\s+partnership|PT_INNOVATION_PARTNERSHIP/iu],
  ['restricted', /niet[-\s]openbare\s+procedure|proc[ée]dure\s+restreinte|restricted\s+procedure|PT_RESTRICTED/iu],
  ['open', /(?<!niet[-\s])\bopenbare\s+procedure|proc[ée]dure\s+ouverte|\bopen\s+procedure|PT_OPEN\b|procedure\s*:\s*open\b|\bopen\s+tender(?:ing)?\s+procedure/iu],
];
const PROCEDURE_WORDS = cueWords(['procedure', 'procédure', 'factu', 'dialo', 'partner', 'pt_']);
// Mentions that name a procedure without choosing it ("in afwijking van de openbare procedure", "anders dan").
const NOT_CHOSEN = /\b(?:in\s+plaats\s+van|afwijking\s+van|anders\s+dan|au\s+lieu\s+de|plutôt\s+que|instead\s+of|rather\s+than|unlike)\s*(?:de|la|het|the|een|une?|a)?\s*$/iu;

const CONTRACT_TYPES: [ContractType, RegExp][] = [
  ['works', /(?:soort|aard|type)\s+(?:van\s+)?(?:de\s+)?opdracht\s*:\s*(?:opdracht\s+voor\s+)?werken\b|type\s+de\s+march[ée]\s*:\s*(?:march[ée]\s+de\s+)?travaux\b|type\s+of\s+contract\s*:\s*works\b|opdracht(?:en)?\s+voor\s+(?:de\s+)?(?:aanneming\s+van\s+)?werken|overheidsopdracht\s+voor\s+werken|march[ée]s?\s+(?:public\s+)?de\s+travaux|\bworks\s+contract|contract\s+for\s+(?:the\s+)?works|type\s+of\s+contract\s*:?\s*works|aard\s+van\s+de\s+opdracht\s*:?\s*(?:\|\s*)?werken|^\s*werken\b|^\s*travaux\b|TYPE_CONTRACT\s+CTYPE="WORKS"/iu],
  ['supplies', /(?:soort|aard|type)\s+(?:van\s+)?(?:de\s+)?opdracht\s*:\s*(?:opdracht\s+voor\s+)?leveringen\b|type\s+de\s+march[ée]\s*:\s*(?:march[ée]\s+de\s+)?fournitures\b|type\s+of\s+contract\s*:\s*supplies\b|opdracht(?:en)?\s+voor\s+(?:de\s+)?leveringen|overheidsopdracht\s+voor\s+leveringen|march[ée]s?\s+(?:public\s+)?de\s+fournitures?|\bsuppl(?:y|ies)\s+contract|contract\s+for\s+(?:the\s+)?supply|type\s+of\s+contract\s*:?\s*suppl|^\s*leveringen\b|^\s*fournitures\b|TYPE_CONTRACT\s+CTYPE="SUPPLIES"/iu],
  ['services', /(?:soort|aard|type)\s+(?:van\s+)?(?:de\s+)?opdracht\s*:\s*(?:opdracht\s+voor\s+)?diensten\b|type\s+de\s+march[ée]\s*:\s*(?:march[ée]\s+de\s+)?services\b|type\s+of\s+contract\s*:\s*services\b|opdracht(?:en)?\s+voor\s+(?:de\s+)?diensten|overheidsopdracht\s+voor\s+diensten|dienstenopdracht|studieopdracht|march[ée]s?\s+(?:public\s+)?de\s+services|\bservices?\s+contract|contract\s+for\s+(?:the\s+)?(?:provision\s+of\s+)?services|type\s+of\s+contract\s*:?\s*services|^\s*diensten\b|^\s*services\b|TYPE_CONTRACT\s+CTYPE="SERVICES"/iu],
];
// Every phrasing of a type holds one of these words (lower-cased), so a block without them is not searched.
const TYPE_KEYWORDS: Record<ContractType, readonly string[]> = {
  works: cueWords(['werken', 'travaux', 'works']),
  supplies: cueWords(['leveringen', 'fourniture', 'suppl']),
  services: cueWords(['diensten', 'service', 'studieopdracht']),
};
const TYPE_WORDS = cueWords(['opdracht', 'marché', 'marche', 'contract', 'aard', 'nature', 'type', 'werken', 'leveringen', 'diensten', 'travaux', 'fournitures', 'services', 'works', 'suppl']);

const FRAMEWORK_WORDS = cueWords(['raam', 'cadre', 'framework']);
const FRAMEWORK = /raamovereenkomst|raamcontract|accord[-\s]cadre|framework\s+(?:agreement|contract)|PROCEDURE\/FRAMEWORK/iu;

const AUTHORITIES: [AuthorityType, RegExp][] = [
  ['federal', /\bFOD\b|\bPOD\b|\bSPF\b|\bSPP\b|federale\s+overheidsdienst|service\s+public\s+f[ée]d[ée]ral|\bDefensie\b|\bDéfense\b|Regie\s+der\s+Gebouwen|R[ée]gie\s+des\s+B[âa]timents/u],
  ['regional', /Vlaamse\s+(?:overheid|regering|Gemeenschap|Gewest)|\bagentschap\b|Vlaams\s+agentschap|R[ée]gion\s+wallonne|Service\s+public\s+de\s+Wallonie|\bSPW\b|Bruxelles[-\s]Capitale|Brussels\s+Hoofdstedelijk|Fédération\s+Wallonie|De\s+Vlaamse\s+Waterweg|Agentschap\s+Wegen/u],
  ['local', /\b(?:gemeente|stad|provincie|OCMW|intercommunale|opdrachthoudende\s+vereniging|dienstverlenende\s+vereniging|politiezone|hulpverleningszone|autonoom\s+gemeentebedrijf|commune|ville|CPAS|province|zone\s+de\s+police|intercommunale|city\s+council|county\s+council|borough)\b/iu],
  ['other', /\b(?:vzw|asbl|schoolbestuur|ziekenhuis|h[ôo]pital|universiteit|universit[ée]|university|hogeschool|housing\s+association|housing\s+group)\b/iu],
];

const CPV_RE = /(?<![\d.\-/])(\d{8})(?:\s?-\s?(\d))?(?![\d])/gu;
const CPV_CUE = /\bCPV\b|CPV[_-]|\bnomenclatuur\b|common\s+procurement\s+vocabulary/iu;
// CPV divisions (the first two digits) from the 2008 CPV regulation (EC 213/2008).
const CPV_DIVISIONS = new Set(
  '03 09 14 15 16 18 19 22 24 30 31 32 33 34 35 37 38 39 41 42 43 44 45 48 50 51 55 60 63 64 65 66 70 71 72 73 75 76 77 79 80 85 90 92 98'.split(' '),
);

/** The first procedure named, preferring the procedure section and summary tables over mentions elsewhere. */
export function extractProcedure(scan: Scan): Stated<Procedure> | null {
  let fallback: Stated<Procedure> | null = null;
  for (const block of scan.document.blocks) {
    const text = block.text;
    if (!scan.has(block, PROCEDURE_WORDS)) continue;
    for (const [value, re] of PROCEDURES) {
      const m = re.exec(text);
      if (!m || NOT_CHOSEN.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      const stated = { value, evidence: scan.evidence(block, m.index, m.index + m[0].length) };
      const section = scan.sections[block.id]!;
      if (section === 'procedure' || section === 'subject' || block.kind === 'table-cell' || /^PT_/u.test(m[0])) return stated;
      if (!fallback) fallback = stated;
      break;
    }
  }
  return fallback;
}

export function extractContractType(scan: Scan, cpv: Stated<string>[]): Stated<ContractType> | null {
  const preferred: SectionKind[] = ['subject', 'other', 'procedure', 'lots', 'value'];
  let best: { stated: Stated<ContractType>; rank: number } | null = null;
  for (const block of scan.document.blocks) {
    if (!scan.has(block, TYPE_WORDS)) continue;
    const text = block.kind === 'table-cell' ? block.text : block.text;
    const labelled = block.kind === 'table-cell' && /aard|soort|type|nature|opdracht/iu.test(scan.rowLabel(block)?.text ?? '');
    for (const [value, re] of CONTRACT_TYPES) {
      if (!scan.mayHave(block, TYPE_KEYWORDS[value])) continue;
      const m = re.exec(text);
      if (!m) continue;
      // A bare "Werken" counts only as the value of a "Aard van de opdracht" row.
      if (/^\s*(?:werken|leveringen|diensten|travaux|fournitures|services)$/iu.test(m[0]) && !labelled) continue;
      const rank = labelled ? 0 : preferred.includes(scan.sections[block.id]!) ? 1 : 2;
      if (!best || rank < best.rank) best = { stated: { value, evidence: scan.evidence(block, m.index, m.index + m[0].length) }, rank };
      break;
    }
    if (best?.rank === 0) break;
  }
  if (best) return best.stated;
  // No words say it: the main CPV code does (division 45 is works).
  const main = cpv[0];
  if (main) return { value: main.value.startsWith('45') ? 'works' : inferFromCpv(main.value), evidence: main.evidence };
  return byVocabulary(scan);
}

// The words a specification of each type keeps using for its contractor and its object.
const VOCABULARY: [ContractType, RegExp][] = [
  ['works', /\b(?:aannemer|aanneming|werf|bouwheer|vorderingsstaat|travaux|entrepreneur|chantier|works\s+contract|construction\s+works|building\s+works|design\s+(?:&|and)\s+build)\b/giu],
  ['services', /\b(?:dienstverlener|dienstverlening|diensten|prestataire|prestations\s+de\s+services|services|service\s+provider|consultancy|task\s+order)\b/giu],
  ['supplies', /\b(?:leverancier|leveringen|fournisseur|fournitures|goods|supplier|supplies|equipment)\b/giu],
];

function byVocabulary(scan: Scan): Stated<ContractType> | null {
  const counts = VOCABULARY.map(([type, re]) => {
    let n = 0;
    let first: { blockId: number; start: number; end: number } | null = null;
    for (const b of scan.document.blocks.slice(0, 1500)) {
      re.lastIndex = 0;
      for (let m = re.exec(b.text); m; m = re.exec(b.text)) {
        n++;
        first ??= { blockId: b.id, start: m.index, end: m.index + m[0].length };
      }
    }
    return { type, n, first };
  }).sort((a, b) => b.n - a.n);
  const [top, second] = counts as [(typeof counts)[0], (typeof counts)[0]];
  if (top.n < 3 || top.n < second.n * 1.5 || !top.first) return null;
  const block = scan.document.blocks[top.first.blockId]!;
  return { value: top.type, evidence: scan.evidence(block, top.first.start, top.first.end) };
}

function inferFromCpv(code: string): ContractType {
  const division = Number(code.slice(0, 2));
  // Divisions 03-44 and 48 are goods; 50 and up are services (CPV structure, EC 213/2008).
  return division < 45 || division === 48 ? 'supplies' : 'services';
}

/** Whether the prose states the contract type in words (which then beats a pasted notice). */
export function hasExplicitType(scan: Scan): boolean {
  return scan.document.blocks.some((b) => CONTRACT_TYPES.some(([value, re]) => scan.mayHave(b, TYPE_KEYWORDS[value]) && re.test(b.text)));
}

export function extractFramework(scan: Scan): boolean {
  return scan.document.blocks.some((b) => scan.has(b, FRAMEWORK_WORDS) && FRAMEWORK.test(b.text));
}

export function extractAuthority(scan: Scan): Stated<AuthorityType> | null {
  for (const block of scan.document.blocks.slice(0, 40)) {
    for (const [value, re] of AUTHORITIES) {
      const m = re.exec(block.text);
      if (m) return { value, evidence: scan.evidence(block, m.index, m.index + m[0].length) };
    }
  }
  return null;
}

/** 8-digit CPV codes in document order, check digit dropped, no duplicates. */
export function extractCpv(scan: Scan): Stated<string>[] {
  const out: Stated<string>[] = [];
  const seen = new Set<string>();
  const blocks = scan.document.blocks;
  for (const block of blocks) {
    const text = block.text;
    if (!/\d{8}/.test(text)) continue;
    const cued = CPV_CUE.test(text) || cueNearby(scan, block);
    CPV_RE.lastIndex = 0;
    for (let m = CPV_RE.exec(text); m; m = CPV_RE.exec(text)) {
      const code = m[1]!;
      if (!CPV_DIVISIONS.has(code.slice(0, 2))) continue;
      if (!cued && !m[2]) continue;
      if (!cued && !/cpv/iu.test(text.slice(Math.max(0, m.index - 80), m.index))) {
        // A code with a check digit outside any CPV context must at least not be a date or a phone number.
        if (/^(?:19|20)\d{6}$/u.test(code)) continue;
      }
      if (seen.has(code)) continue;
      seen.add(code);
      out.push({ value: code, evidence: scan.evidence(block, m.index, m.index + m[0].length) });
    }
  }
  return out;
}

function cueNearby(scan: Scan, block: Block): boolean {
  if (block.kind === 'table-cell') return CPV_CUE.test(scan.context(block));
  const heading = block.headingId >= 0 ? scan.document.blocks[block.headingId]!.text : '';
  if (CPV_CUE.test(heading)) return true;
  const prev = scan.document.blocks[block.id - 1];
  return !!prev && prev.kind !== 'heading' && CPV_CUE.test(prev.text) && prev.text.length < 200;
}
