/** Division into lots: whether, how many, their values, and the rules for bidding on them. */
import { latinFast } from '../text/latin-fast.js';
import { COUNT_TOKEN, parseCount } from '../text/numbers.js';
import { leadingLot, listedLots } from './lot-refs.js';
import { cueWords, type Scan } from './scan.js';
import type { Evidence, Lot, LotsFacts, ValueStatement } from './types.js';

const T = COUNT_TOKEN;
const COUNT_RE = latinFast(new RegExp(
  String.raw`(?:(?:verdeeld|opgesplitst|ingedeeld|onderverdeeld|opgedeeld)\s+in\s+(${T})\s+percelen|(?:bestaat uit|omvat|telt|bevat)\s+(${T})\s+percelen|divis[ée]e?s?\s+en\s+(${T})\s+lots|(?:comporte|comprend|constitu[ée]\s+de|compos[ée]\s+de|r[ée]parti\s+en)\s+(${T})\s+lots|(?:divided|split|subdivided)\s+into\s+(${T})\s+lots|(?:consists?\s+of|comprises|is\s+made\s+up\s+of)\s+(${T})\s+lots|\((${T})\s+(?:lots|percelen)\)|(?:het\s+)?aantal\s+percelen\s+(?:is|bedraagt|wordt)\s+(?:(?:vastgelegd|vastgesteld|bepaald|gebracht)\s+)?(?:op\s+)?(${T})\b|nombre\s+de\s+lots\s+(?:est|s['’][ée]l[èe]ve)\s+(?:(?:fix[ée]|arr[êe]t[ée]|port[ée])\s+)?(?:[àa]|de)\s+(${T})\b|number\s+of\s+lots\s+(?:is|will\s+be)\s+(?:(?:set|fixed)\s+at\s+)?(${T})\b|(${T})\s+percelen\s*:|(${T})\s+lots\s*:)`,
  'giu',
));
const NOT_DIVIDED =
  /niet\s+(?:in\s+percelen\s+)?(?:verdeeld|opgedeeld|opgesplitst)(?:\s+in\s+percelen)?|geen\s+(?:opsplitsing|verdeling|onderverdeling|opdeling)\s+in\s+percelen|ziet\s+af\s+van\s+(?:een\s+)?(?:opsplitsing|verdeling|opdeling)|(?:verdeling|opsplitsing)\s+in\s+percelen\s+(?:is|wordt)\s+(?:hier\s+)?niet|één\s+(?:enkel|enkele|enig)\s+perceel|(?:bestaat|omvat)\s+(?:slechts\s+)?(?:uit\s+)?één\s+perceel|\benig\s+perceel\b|n['’]est\s+pas\s+divis[ée]e?\s+en\s+lots|pas\s+(?:de\s+)?(?:division|allotissement|répartition)\s+en\s+lots|\blot\s+unique\b|\bun\s+seul\s+lot\b|not\s+(?:be\s+)?(?:divided|split)\s+into\s+lots|divided\s+into\s+lots\s*:?\s*no\b|\bsingle\s+lot\b|\bno\s+lots\b|lots\s*:\s*no\b/iu;
const DIVIDED_YES = /divided\s+into\s+lots\s*:?\s*yes\b|(?:is|wordt)\s+verdeeld\s+in\s+percelen|est\s+divis[ée]\s+en\s+lots/iu;
// A reason is an objective ground (plan 2.3, Wet art. 58): a connective, a consequence of splitting, a need, or the ground named.
const CONNECTIVE = latinFast(/(?<![\p{L}\p{N}])(?:omdat|want|aangezien|gezien|gelet\s+op|wegens|vanwege|immers|doordat|parce\s+que?|car|en\s+raison|vu\s+que|[ée]tant\s+donn[ée]|compte\s+tenu|because|since|due\s+to|owing\s+to|as\s+the|given\s+(?:that|the)|in\s+view\s+of|reason)(?![\p{L}\p{N}])|:\s*\p{L}/iu);
const CONSEQUENCE = latinFast(/(?<![\p{L}\p{N}])(?:zou(?:den)?|leidt|leiden|veroorzaakt|would|could|will\s+(?:lead|result|void|cause)|serait|seraient|entra[îi]ne\p{L}*|provoque\p{L}*|compromet\p{L}*|void|voids|jeopardi\p{L}*|risk|risico|risque)(?![\p{L}\p{N}])/iu);
const NEED = latinFast(/(?<![\p{L}\p{N}])(?:vereist|vereisen|noodzakelijk|noodzaakt|onmisbaar|requires?|required|necessary|essential|n[ée]cessite\p{L}*|n[ée]cessaire|indispensable|exige|exigent)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:moeten|moet|must|doivent|doit)(?![\p{L}\p{N}])[^.;]{0,80}\b(?:samen|gezamenlijk|op\s+elkaar|gecoördineerd|geco[öo]rdineerd|together|coordinated|jointly|ensemble|coordonn\p{L}*)/iu);
const GROUND = latinFast(/technisch\p{L}*|economisch\p{L}*|co[öo]rdinatie|afstemming|samenhang|geheel|eenheid|garantie|aansprakelijkheid|interface\p{L}*|compatib\p{L}*|interoperab\p{L}*|marktstructuur|schaalvoordel\p{L}*|technical\p{L}*|economic\p{L}*|coordination|coh[ée]rence|warranty|liability|market\s+structure|economies\s+of\s+scale|technique\p{L}*|[ée]conomique\p{L}*|responsabilit[ée]|ensemble\s+indissociable|un\s+tout/iu);
// A wish of the authority ("wil één aanspreekpunt behouden") or its convenience ("voor het gemak") is a
// preference, not a ground (rule-catalogue.md, "How to read": a bare preference is not a reason).
const PREFERENCE = latinFast(/(?<![\p{L}\p{N}])(?:wil|willen|wenst|wensen|verkiest|verkiezen|voorkeur|liever|gemak|gemakshalve|prefers?|preferred|preference|wants|(?:we|they|it)\s+want|wishes|convenien\p{L}*|souhaite\p{L}*|pr[ée]f[èe]re\p{L}*|pr[ée]f[ée]rence|veut|veulent|commodit[ée])(?![\p{L}\p{N}])/iu);

/**
 * A bare preference: the text says what the authority wants or finds convenient and names no ground,
 * no consequence of splitting and no need ("the Service prefers to work with a single provider",
 * "het bestuur verkiest één aanspreekpunt", "le pouvoir adjudicateur souhaite un seul interlocuteur").
 * Shared with lots/justify-no-division, so that the rule and the facts agree on what is a reason.
 */
export function isBarePreference(text: string): boolean {
  return PREFERENCE.test(text) && !GROUND.test(text) && !CONSEQUENCE.test(text) && !NEED.test(text);
}

/** The text (what follows "niet in percelen verdeeld") gives a reason for not dividing: a ground, a consequence, a need, or a connective that does not introduce a bare preference. */
export function givesNoDivisionReason(text: string): boolean {
  if (GROUND.test(text) || CONSEQUENCE.test(text) || NEED.test(text)) return true;
  return CONNECTIVE.test(text) && !PREFERENCE.test(text);
}
const givesReason = givesNoDivisionReason;
const MUST_ALL =
  latinFast(/(?:moet|moeten|verplicht)\b[^.;]{0,40}\b(?:alle|beide|de\s+\p{L}+)\s+percelen|percelen\s+samen\s+omvat|slechts\s+ontvankelijk[^.;]{0,60}percelen|(?:doit|doivent|obligatoirement)\b[^.;]{0,40}(?:tous\s+les|les\s+deux|l['’]ensemble\s+des)\s+lots|must\s+(?:bid|tender|submit\s+a\s+tender|submit)\s+for\s+(?:all|both|every)\s+lots?|tenders?\s+(?:must|shall)\s+cover\s+(?:all|both)\s+lots/iu);
const MAY_ANY =
  /\b(?:mag|mogen|kan|kunnen|peut|peuvent|may|can)\b[^.;]{0,60}\b(?:één|een|meerdere|alle|beide|un|plusieurs|tous|one|several|all|both|any)\b[^.;]{0,40}\b(?:perce(?:e)?l(?:en)?|lots?)\b/iu;
const PERCE = cueWords(['perce']);
const LOT = cueWords(['lot']);
// A table cell that states the number of lots on its own ("Lots | two lots", "Percelen | Ja, 3 percelen", "Number of lots | 2").
const CELL_COUNT = new RegExp(String.raw`^\s*(?:(?:ja|yes|oui)\s*[,:;–—-]\s*)?(${T})\s+(?:percelen|lots|kavels)(?![a-z])`, 'iu');
const BARE_COUNT = new RegExp(String.raw`^\s*(${T})\s*\.?\s*$`, 'iu');
const LOTS_LABEL = /^\s*(?:\*\*)?(?:(?:aantal|number\s+of|nombre\s+de)\s+)?(?:percelen|perceel|lots?|kavels?)\b|(?:verdeling|opsplitsing)\s+in\s+percelen|division\s+(?:en|into)\s+lots/i;
const NUMBER_LABEL = /(?:aantal|number\s+of|nombre\s+de)\s+(?:percelen|lots)/i;
// "Maximum per inschrijver | twee percelen" is the number one tenderer may win, not the number of lots.
const NOT_LOT_COUNT = /max|hoogstens|ten\s+hoogste|au\s+plus|at\s+most|per\s+(?:inschrijver|tenderer|bidder|soumissionnaire)|gegund|awarded|attribu/i;

const MAX_LOTS = latinFast(new RegExp(String.raw`(?:maximaal|hoogstens|ten hoogste|maximum|au maximum|au plus|at most|a maximum of|up to)\s+(${T})\s+(?:percelen|lots)`, 'iu'));

export function extractLots(scan: Scan, values: ValueStatement[]): LotsFacts {
  const facts: LotsFacts = { divided: null, count: null, lots: [], countStatements: [] };
  const defs = new Map<number, Lot>();
  let yes: Evidence | undefined;
  for (const block of scan.document.blocks) {
    const text = block.text;
    const cellLot = block.kind === 'table-cell' && block.table?.column === 0 ? leadingLot(scan, block) : null;
    const lotWords = scan.has(block, PERCE) || (scan.has(block, LOT) && /\blots?\b/i.test(text));
    const rowLabel = block.kind === 'table-cell' && block.table?.column !== 0 ? scan.rowLabel(block)?.text ?? '' : '';
    const lotsRow = rowLabel !== '' && /perce|lot|kavel/i.test(rowLabel) && LOTS_LABEL.test(rowLabel);
    if (!lotWords && cellLot === null && !lotsRow) continue;
    const lead = cellLot ?? (block.kind === 'table-cell' ? null : leadingLot(scan, block));
    const section = scan.sections[block.id];
    // A lot named at the start of a selection or award paragraph is a reference to it, not its definition.
    if (lead !== null && !defs.has(lead) && section !== 'selection' && section !== 'award') {
      const title = block.kind === 'table-cell' ? scan.rowCells(block)[1]?.text : text.replace(/^\s*(?:\*\*)?(?:perceel|lot)\s*(?:n[°ºo]\.?\s*|nr\.?\s*|no\.?\s*:?\s*)?\d{1,2}\s*(?:\*\*)?\s*[:\-–.)]\s*/iu, '');
      const lot: Lot = { number: lead, evidence: scan.evidence(block, 0, Math.min(text.length, 80)) };
      if (title) lot.title = title.slice(0, 120);
      defs.set(lead, lot);
    }
    // Lots listed one after another in one cell or paragraph ("Lots | Lot 1 — ... (EUR 800,000); Lot 2 — ...").
    if (section !== 'selection' && section !== 'award' && (text.includes(';') || text.includes('\n') || block.kind === 'table-cell')) {
      const listed = listedLots(text);
      if (listed.length >= 2 || (listed.length === 1 && lotsRow)) {
        for (const l of listed) {
          if (defs.has(l.lot)) continue;
          const lot: Lot = { number: l.lot, evidence: scan.evidence(block, l.start, Math.min(text.length, l.start + 80)) };
          if (l.title) lot.title = l.title.slice(0, 120);
          defs.set(l.lot, lot);
        }
      }
    }
    COUNT_RE.lastIndex = 0;
    const counted = facts.countStatements.length;
    for (let m = COUNT_RE.exec(text); m; m = COUNT_RE.exec(text)) {
      const token = m.slice(1).find((g) => g !== undefined)!;
      const n = parseCount(token);
      if (n !== null && n >= 1 && n <= 60) facts.countStatements.push({ value: n, evidence: scan.evidence(block, m.index, m.index + m[0].length) });
    }
    if (lotsRow && facts.countStatements.length === counted && !NOT_LOT_COUNT.test(rowLabel)) {
      const m = CELL_COUNT.exec(text) ?? (NUMBER_LABEL.test(rowLabel) ? BARE_COUNT.exec(text) : null);
      const n = m ? parseCount(m[1]!) : null;
      if (m && n !== null && n >= 1 && n <= 60) facts.countStatements.push({ value: n, evidence: scan.evidence(block, m.index, m.index + m[0].length) });
    }
    for (const s of scan.sentences(block)) {
      const low = s.text.toLowerCase();
      if (!low.includes('perce') && !low.includes('lot')) continue;
      if (!facts.notDivided) {
        const nd = NOT_DIVIDED.exec(s.text);
        if (nd) {
          facts.notDivided = scan.evidence(block, s.start, s.end);
          const tail = s.text.slice(nd.index + nd[0].length);
          if (tail.length > 15 && givesReason(tail)) facts.notDividedReason = scan.evidence(block, s.start, s.end);
          else {
            const rest = block.text.slice(s.end).trim();
            if (rest.length > 30 && givesReason(rest)) facts.notDividedReason = scan.evidence(block, s.end + (block.text.slice(s.end).length - block.text.slice(s.end).trimStart().length), block.text.length);
          }
        }
      }
      if (!yes && DIVIDED_YES.test(s.text)) yes = scan.evidence(block, s.start, s.end);
      if (!facts.mustBidAll && MUST_ALL.test(s.text)) facts.mustBidAll = scan.evidence(block, s.start, s.end);
      else if (!facts.mayBidAny && MAY_ANY.test(s.text) && !/\bmoet|must|doit\b/iu.test(s.text)) facts.mayBidAny = scan.evidence(block, s.start, s.end);
      if (!facts.maxLotsPerTenderer) {
        const mx = MAX_LOTS.exec(s.text);
        const n = mx ? parseCount(mx[1]!) : null;
        if (mx && n !== null) facts.maxLotsPerTenderer = { value: n, evidence: scan.evidence(block, s.start + mx.index, s.start + mx.index + mx[0].length) };
      }
    }
  }
  for (const v of values) {
    if (v.scope !== 'lot' || v.lot === undefined) continue;
    const lot = defs.get(v.lot);
    if (lot && !lot.value) lot.value = v.value;
    else if (!lot) defs.set(v.lot, { number: v.lot, value: v.value, evidence: v.evidence });
  }
  const maxDef = defs.size ? Math.max(...defs.keys()) : 0;
  const stated = facts.countStatements[0]?.value;
  if (facts.notDivided && !(stated && stated > 1)) {
    facts.divided = false;
    facts.count = null;
    facts.lots = [];
    return facts;
  }
  const count = stated ?? (maxDef >= 2 ? maxDef : null);
  if (count !== null && count >= 2) {
    facts.divided = true;
    facts.count = count;
  } else if (yes) {
    facts.divided = true;
    facts.count = maxDef || null;
  } else {
    facts.divided = false;
    facts.count = null;
  }
  if (facts.divided) facts.lots = [...defs.values()].filter((l) => l.number <= (facts.count ?? 60)).sort((a, b) => a.number - b.number);
  return facts;
}
