/**
 * Reads the award criteria of a document: criteria tables, lists and TED notice fields under an award
 * heading or after a sentence that introduces them, and sentences that make price the only criterion.
 * Used by the award rules; the facts' `award` groups are taken when this reader finds nothing.
 */
import { factored, PRICE_ONLY_HINT, findPriceOnly, withUnicodeBoundaries, type Block, type RuleContext } from '@tenderlint/core';
import {
  AWARD_HEADING,
  AWARD_INTRO,
  LIFE_CYCLE,
  LOT_NUMBER,
  ORDER_OF_IMPORTANCE,
  PRICE_CRITERION,
  PROSE_CRITERION_NOUN,
  TED_AC_TAG,
  TOTAL_ROW,
  WEIGHT,
  WEIGHT_HEADER,
} from '../data/award-cues.js';
import { readProseCriteria } from './prose-criteria.js';

// Items of a list written in one paragraph: after a dash or bullet, or a semicolon, before a capital.
// "rn" is a line break whose backslashes were lost when a JSON notice was copied as text.
const LIST_SPLIT = withUnicodeBoundaries(/(?:^|\s|rn)\s*[-•–]\s*t?(?=\p{Lu})|;\s*(?=\p{Lu})/u);

export interface Place {
  blockId: number;
  start: number;
  end: number;
}

export interface Criterion extends Place {
  name: string;
  weight?: number;
  unit?: 'percent' | 'points';
  isPrice: boolean;
  isLifeCycleCost: boolean;
}

export interface CriteriaGroup {
  lot: number | null;
  criteria: Criterion[];
  /** Price (or lowest price) is the only criterion. */
  priceOnly: boolean;
  /** Price is counted over the life cycle, or running costs are part of it. */
  lifeCycle: boolean;
  /** The sentence that introduces the criteria, or the price-only sentence. */
  intro?: Place;
  /** The criteria are ranked in order of importance instead of weighted. */
  ordered: boolean;
}

const parseNumber = (s: string) => Number(s.replace(',', '.'));

function readWeight(text: string): { weight: number; unit: 'percent' | 'points' } | undefined {
  const m = WEIGHT.exec(text);
  if (!m) return undefined;
  const unit = /^(?:%|procent|pour|per|percent)/i.test(m[2]!) ? 'percent' : 'points';
  return { weight: parseNumber(m[1]!), unit };
}

function criterion(block: Block, name: string, weightText: string, start = 0, end = block.text.length): Criterion {
  const w = readWeight(weightText);
  const c: Criterion = {
    name: name.trim(),
    isPrice: PRICE_CRITERION.test(name),
    isLifeCycleCost: LIFE_CYCLE.test(name),
    blockId: block.id,
    start,
    end,
  };
  if (w) {
    c.weight = w.weight;
    c.unit = w.unit;
  }
  return c;
}

function lotOf(text: string): number | null {
  const m = LOT_NUMBER.exec(text.slice(0, 120));
  return m ? Number(m[1]) : null;
}

/** Criteria of one table: the name column and one group per weight column (several lots side by side). */
function readTable(blocks: Block[], startIndex: number, lot: number | null): { groups: CriteriaGroup[]; next: number } {
  const first = blocks[startIndex]!;
  const tableIndex = first.table!.index;
  const cells: Block[] = [];
  let i = startIndex;
  while (i < blocks.length && blocks[i]!.kind === 'table-cell' && blocks[i]!.table!.index === tableIndex) cells.push(blocks[i++]!);
  const rows = new Map<number, Block[]>();
  for (const c of cells) {
    const r = rows.get(c.table!.row) ?? [];
    r.push(c);
    rows.set(c.table!.row, r);
  }
  const header = rows.get(0) ?? [];
  const weightColumns = new Set<number>();
  for (const [row, rowCells] of rows) {
    if (row === 0) continue;
    for (const c of rowCells) if (c.table!.column > 0 && (WEIGHT.test(c.text) || (/^\s*\d{1,3}(?:[.,]\d{1,2})?\s*$/u.test(c.text) && WEIGHT_HEADER.test(header.find((h) => h.table!.column === c.table!.column)?.text ?? '')))) weightColumns.add(c.table!.column);
  }
  if (!weightColumns.size) {
    // A table of criteria without weights: only when its header says so.
    if (!header.some((h) => /\b(?:criteri(?:um|a|on)|critères?)\b/i.test(h.text))) return { groups: [], next: i };
    const criteria: Criterion[] = [];
    for (const [row, rowCells] of rows) {
      const nameCell = rowCells.find((c) => c.table!.column === 0);
      if (row === 0 || !nameCell || !nameCell.text.trim() || TOTAL_ROW.test(nameCell.text)) continue;
      criteria.push(criterion(nameCell, nameCell.text, ''));
    }
    return { groups: criteria.length ? [group(lot, criteria)] : [], next: i };
  }
  const groups: CriteriaGroup[] = [];
  for (const col of [...weightColumns].sort((a, b) => a - b)) {
    const headerText = header.find((h) => h.table!.column === col)?.text ?? '';
    const headerUnit = /%/.test(headerText) ? 'percent' : undefined;
    const criteria: Criterion[] = [];
    for (const [row, rowCells] of rows) {
      if (row === 0) continue;
      const nameCell = rowCells.find((c) => !weightColumns.has(c.table!.column) && c.text.trim() && !/^\s*[\dIVX]{1,3}[.)]?\s*$/u.test(c.text)) ?? rowCells[0];
      const weightCell = rowCells.find((c) => c.table!.column === col);
      // Sub-criteria rows ("1.1 Methodologie", "a) Planning", "- Veiligheid") carry part of a criterion's weight.
      if (!nameCell || TOTAL_ROW.test(nameCell.text.trim()) || SUB_ROW.test(nameCell.text)) continue;
      const c = criterion(nameCell, nameCell.text, weightCell?.text ?? '');
      if (c.weight === undefined && weightCell && /^\s*\d{1,3}(?:[.,]\d{1,2})?\s*$/u.test(weightCell.text)) {
        c.weight = parseNumber(weightCell.text.trim());
        c.unit = headerUnit ?? 'points';
      }
      criteria.push(c);
    }
    const colLot = lotOf(headerText) ?? lot;
    if (criteria.length) groups.push(group(colLot, criteria));
  }
  return { groups, next: i };
}

const SUB_ROW = /^\s*(?:\d+\.\d+|[a-z]\)|[ivx]+[.)]\s|[-•–]\s)/;

function group(lot: number | null, criteria: Criterion[], intro?: Place, ordered = false): CriteriaGroup {
  const priceOnly = criteria.length > 0 && criteria.every((c) => c.isPrice) && !criteria.some((c) => c.isLifeCycleCost);
  const g: CriteriaGroup = { lot, criteria, priceOnly, lifeCycle: criteria.some((c) => c.isLifeCycleCost), ordered };
  if (intro) g.intro = intro;
  return g;
}

// A sentence that announces the criteria themselves, not documents or explanations about them.
const LIST_INTRO =
  /(?:volgende|onderstaande)\s+(?:gunnings|beoordelings)?criteria|(?:gunnings)?criteria\s+(?:zijn|luiden)|criteria\s*:|following\s+(?:award\s+|evaluation\s+|assessment\s+)?(?:criteria|factors)|criteria\s+(?:are|will\s+be)|critères\s+(?:d['’]attribution\s+)?suivants|critères\s+(?:d['’]attribution\s+)?sont|critères\s*:|evaluation\s+factors/i;
const DOCUMENTS_LIST = /documenten|stukken|bijvoeg|voegt\b|documents|joint|submit|indienen|fournir/i;

/** A list item or short line that names a criterion; the weight is read from it when it has one. */
function listCriterion(block: Block): Criterion {
  const text = block.text;
  const name = text.replace(WEIGHT, '').replace(/[\s:;,.–—-]+$/u, '');
  return criterion(block, name, text);
}

/** The criteria after an introducing sentence or in an award section, from `from` up to `to` (exclusive). */
function readRange(context: RuleContext, from: number, to: number, lot: number | null, intro?: Place, ordered = false): CriteriaGroup[] {
  const blocks = context.document.blocks;
  const groups: CriteriaGroup[] = [];
  let currentLot = lot;
  let currentIntro = intro;
  let currentOrdered = ordered;
  let i = from;
  while (i < to) {
    const b = blocks[i]!;
    if (b.kind === 'table-cell') {
      const { groups: tableGroups, next } = readTable(blocks, i, currentLot);
      for (const g of tableGroups) {
        if (currentIntro) g.intro = currentIntro;
        groups.push(g);
      }
      i = next;
      continue;
    }
    if (b.kind === 'list-item') {
      const minDepth = b.depth ?? 1;
      const items: Criterion[] = [];
      while (i < to && blocks[i]!.kind === 'list-item') {
        const item = blocks[i]!;
        if ((item.depth ?? 1) <= minDepth && item.text.length <= 300) items.push(listCriterion(item));
        i++;
      }
      // A list is a list of criteria when it carries weights or a sentence right before it announces criteria.
      const before = blocks[b.id - 1];
      const announced = before !== undefined && before.kind !== 'list-item' && LIST_INTRO.test(before.text) && !DOCUMENTS_LIST.test(before.text);
      // Sub-criteria under a criterion that already has its weight are not a second set of criteria.
      const subCriteria = before !== undefined && /sub-?criteri|subcriteri|deelcriteri|sous-critère/i.test(before.text) && groups.some((g) => g.criteria.some((c) => c.weight !== undefined));
      if (subCriteria) continue;
      if (items.length && (announced || items.some((c) => c.weight !== undefined))) groups.push(group(currentLot, items, currentIntro, currentOrdered));
      continue;
    }
    if (b.kind === 'paragraph') {
      const lotHere = lotOf(b.text);
      if (lotHere !== null && /^\W{0,3}(?:perceel|lot)\b/i.test(b.text)) currentLot = lotHere;
      if (ORDER_OF_IMPORTANCE.test(b.text)) currentOrdered = true;
      if (/:\s*$/u.test(b.text) || AWARD_INTRO.test(b.text)) currentIntro = { blockId: b.id, start: 0, end: b.text.length };
      const inline = inlineList(b, currentLot);
      if (inline) groups.push(inline);
      else groups.push(...proseGroups(context, b, currentLot, currentOrdered));
    }
    i++;
  }
  return groups;
}

/** Criteria listed in the sentences of a paragraph ("beoordeeld op de prijs, de kwaliteit en de termijn"). */
function proseGroups(context: RuleContext, b: Block, lot: number | null, ordered: boolean, needPrice = false): CriteriaGroup[] {
  if (!PROSE_PREFILTER.test(b.text)) return [];
  const out: CriteriaGroup[] = [];
  for (const s of context.sentences(b)) {
    const read = readProseCriteria(s.text);
    if (!read || (needPrice && !read.criteria.some((c) => c.isPrice))) continue;
    const at = { blockId: b.id, start: s.start, end: s.end };
    const criteria: Criterion[] = read.criteria.map((c) => ({ ...c, ...at }));
    out.push(group(lotOf(s.text) ?? lotOfParagraphStart(b) ?? lot, criteria, at, ordered || ORDER_OF_IMPORTANCE.test(s.text)));
  }
  return out;
}

const PROSE_PREFILTER = factored(/gegund|beoordeeld|gerangschikt|geëvalueerd|gequoteerd|gescoord|attribu|évalu|class|jugé|coté|retient|choisit|sélectionne|awarded|evaluated|assessed|scored|ranked|select|choose|retain/i);

/**
 * Criteria listed in one paragraph after a colon: "The criteria used to assess the submissions will be
 * based around the following: - a - b - c", or with commas in one sentence: "beoordeeld op de volgende
 * criteria, in afnemende orde van belangrijkheid: de jaarlijkse kost, de functionele dekking, en de
 * ondersteuning", "selon les critères suivants : le prix, la valeur technique et le délai".
 */
function inlineList(block: Block, lot: number | null = null): CriteriaGroup | undefined {
  const intro = AWARD_INTRO.exec(block.text);
  if (!intro) return undefined;
  const colon = block.text.indexOf(':', intro.index);
  if (colon < 0) return undefined;
  const rest = block.text.slice(colon + 1);
  let parts = rest.split(LIST_SPLIT).map((p) => p.trim()).filter((p) => p.length > 2);
  if (parts.length < 2) parts = commaItems(rest);
  if (parts.length < 2) return undefined;
  const criteria = parts.map((p) => criterion(block, p, p, intro.index, colon + 1));
  return group(lotOf(block.text.slice(0, colon)) ?? lot, criteria, { blockId: block.id, start: intro.index, end: colon + 1 }, ORDER_OF_IMPORTANCE.test(block.text));
}

// An item that opens with these words continues the sentence; it names no criterion.
const NOT_AN_ITEM = withUnicodeBoundaries(/^(?:zie|zoals|die|dat|waarbij|welke|conform|overeenkomstig|volgens|met|in|see|as|which|that|with|including|in|voir|comme|qui|que|dont|avec|dans|selon|conformément)\b|^\d/iu);
const ITEM_LEAD = withUnicodeBoundaries(/^(?:(?:en|et|and|ainsi\s+que|as\s+well\s+as)\s+)?/iu);

/**
 * "de prijs, de kwaliteit van de aanpak, en de termijn": the items of the sentence after the colon,
 * split at commas and the last "en / et / and". Only when they read as criteria: no weights, two to
 * eight short items, none continuing the sentence, one of them a price, cost or known criterion noun.
 */
function commaItems(rest: string): string[] {
  const end = rest.search(/[.;!?](?:\s|$)/u);
  const sentence = end < 0 ? rest : rest.slice(0, end);
  // Weighted criteria may hold commas of their own ("herkomst, beoordeeld op ... (20 punten)"): read elsewhere, by their weights.
  if ((!sentence.includes(',') && !/\s(?:en|et|and)\s/iu.test(sentence)) || WEIGHT.test(sentence)) return [];
  const pieces = sentence.split(/,\s*/u);
  const last = pieces.pop()!;
  const and = /^(.*\S)\s+(?:en|et|and)\s+(.+)$/iu.exec(last);
  // "A, B, en C": the last piece already starts with the conjunction.
  if (and && !/^\s*(?:en|et|and)\s/iu.test(last)) pieces.push(and[1]!, and[2]!);
  else pieces.push(last);
  const items = pieces.map((p) => p.trim().replace(ITEM_LEAD, '').trim()).filter(Boolean);
  if (items.length < 2 || items.length > 8) return [];
  if (items.some((p) => p.length < 3 || p.split(/\s+/u).length > 20 || NOT_AN_ITEM.test(p))) return [];
  if (!items.some((p) => PRICE_CRITERION.test(p) || LIFE_CYCLE.test(p) || PROSE_CRITERION_NOUN.test(p))) return [];
  return items;
}

/** The AC fields of a TED notice: each tag with the value line after it. */
function readTedFields(blocks: Block[]): CriteriaGroup[] {
  const groups: CriteriaGroup[] = [];
  let current: Criterion[] = [];
  let lastTag = -10;
  const flush = () => {
    if (current.length) groups.push(group(null, current));
    current = [];
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!b.text.includes('/AC/')) continue;
    const tag = TED_AC_TAG.exec(b.text.trim());
    if (!tag) continue;
    if (i - lastTag > 2) flush();
    lastTag = i;
    const kind = tag[1]!;
    if (kind === 'AC_PROCUREMENT_DOC') continue;
    const next = blocks[i + 1];
    const own = tag[2]!.trim();
    const valueText = own || (next && !next.text.trim().startsWith('[') ? next.text : '');
    const lines = valueText.split('\n').filter((l) => l.trim());
    const isPrice = kind === 'AC_PRICE';
    if (!lines.length) {
      current.push({ name: isPrice ? 'price' : kind, isPrice, isLifeCycleCost: false, blockId: b.id, start: 0, end: b.text.length });
      continue;
    }
    for (const line of lines) {
      const w = readWeight(line) ?? (/(\d{1,3}(?:[.,]\d{1,2})?)\s*$/u.exec(line) ? { weight: parseNumber(/(\d{1,3}(?:[.,]\d{1,2})?)\s*$/u.exec(line)![1]!), unit: 'points' as const } : undefined);
      const name = line.replace(WEIGHT, '').replace(/\d{1,3}(?:[.,]\d{1,2})?\s*$/u, '').trim() || (isPrice ? 'price' : kind);
      const c: Criterion = {
        name,
        isPrice: isPrice || PRICE_CRITERION.test(name),
        isLifeCycleCost: LIFE_CYCLE.test(name),
        blockId: b.id,
        start: 0,
        end: b.text.length,
      };
      if (w) {
        c.weight = w.weight;
        c.unit = w.unit;
      }
      current.push(c);
    }
  }
  flush();
  return groups;
}

/** Sentences anywhere that make price the only criterion, for the whole contract or one lot (the list is core's, shared with the facts). */
function readPriceOnlySentences(context: RuleContext): CriteriaGroup[] {
  const groups: CriteriaGroup[] = [];
  for (const b of context.document.blocks) {
    if (b.kind === 'heading' || !PRICE_ONLY_HINT.test(b.text)) continue;
    for (const s of context.sentences(b)) {
      if (!findPriceOnly(s.text)) continue;
      const lot = lotOf(s.text) ?? lotOfParagraphStart(b);
      groups.push({
        lot,
        criteria: [],
        priceOnly: true,
        lifeCycle: LIFE_CYCLE.test(s.text),
        intro: { blockId: b.id, start: s.start, end: s.end },
        ordered: false,
      });
    }
  }
  return groups;
}

const SELECTION_HEADING = /selecti|kwalitatieve|qualitative|sélection|exclusion|uitsluiting/i;

const AWARD_HEADING_HINT = /gunning|attribution|award|evaluation|assessment/i;
// "3.3 Gunningscriteria perceel 3." / "Art. 9 - Critères d'attribution :" at the start of a paragraph, then more text.
const RUN_IN = /^((?:(?:art(?:ikel|icle)?\.?\s*)?\d+(?:\.\d+)*\.?\s*[-–—]?\s*)?\p{Lu}[^.:!?]{2,70})[.:](?:\s|$)/u;

const ARTICLE_START = /^(?:de|het|een|le|la|les|l['’]|un|une|the|a|an)\s/iu;

/**
 * The title of a paragraph that opens with a short title ("3.3 Gunningscriteria perceel 3.",
 * "Gunningscriteria: ..."), else undefined. A sentence is no title: numbered titles have at most
 * eight words, others at most four, and none opens with an article ("De gunningscriteria zijn:").
 */
function runInHeading(text: string): string | undefined {
  const m = RUN_IN.exec(text);
  if (!m) return undefined;
  const title = m[1]!;
  const numbered = /^(?:art|\d)/iu.test(title);
  const words = title.replace(/^(?:(?:art(?:ikel|icle)?\.?\s*)?\d+(?:\.\d+)*\.?\s*[-–—]?\s*)/iu, '').split(/\s+/u).length;
  if (words > (numbered ? 8 : 4) || ARTICLE_START.test(title)) return undefined;
  return title;
}

/** The lot of a title that names exactly one ("Gunningscriteria perceel 3"), else null. */
function singleLot(title: string): number | null {
  const lots = new Set([...title.matchAll(/\b(?:perceel|percelen|lot|lots)\s+(\d{1,2})\b/giu)].map((m) => m[1]));
  return lots.size === 1 && !/\d\s*(?:en|et|and|,|-|–|tot|à|to)\s*(?:perceel|lot)?\s*\d/iu.test(title.replace(/^\d+(?:\.\d+)*\.?\s*/u, '')) ? Number([...lots][0]) : null;
}

function headingOf(b: Block): string {
  return b.headingPath.join('\n');
}

function lotOfParagraphStart(b: Block): number | null {
  return /^\W{0,3}(?:perceel|lot)\s+\d/i.test(b.text) ? lotOf(b.text) : null;
}

const CRITERIA_WORD = /criteri|critère/i;

// The three award rules read the same criteria; read them once per document.
const cache = new WeakMap<object, CriteriaGroup[]>();

/** Every group of award criteria in the document. */
export function readAwardCriteria(context: RuleContext): CriteriaGroup[] {
  let groups = cache.get(context.document);
  if (!groups) {
    groups = read(context);
    cache.set(context.document, groups);
  }
  return groups;
}

function read(context: RuleContext): CriteriaGroup[] {
  const blocks = context.document.blocks;
  const groups: CriteriaGroup[] = [];
  const covered = new Set<number>();
  for (let h = 0; h < blocks.length; h++) {
    const head = blocks[h]!;
    const isAwardHeading = head.kind === 'heading' && /gunning|attribution|award|evaluation|assessment/i.test(head.text) && AWARD_HEADING.test(head.text) && !/\bselecti|kwalitatieve|qualitative/i.test(head.text);
    if (!isAwardHeading) continue;
    let end = h + 1;
    while (end < blocks.length && !(blocks[end]!.kind === 'heading' && (blocks[end]!.depth ?? 1) <= (head.depth ?? 1))) end++;
    for (let k = h; k < end; k++) covered.add(k);
    groups.push(...readRange(context, h + 1, end, null));
    h = end - 1;
  }
  // A run-in heading ("**3.3 Gunningscriteria perceel 3.** De offertes ...") opens an award section of
  // its own paragraph and the lists and tables after it, up to the next heading or run-in heading.
  for (let h = 0; h < blocks.length; h++) {
    const head = blocks[h]!;
    if (covered.has(h) || head.kind !== 'paragraph' || !AWARD_HEADING_HINT.test(head.text.slice(0, 80))) continue;
    const lead = runInHeading(head.text);
    if (lead === undefined || !AWARD_HEADING.test(lead) || SELECTION_HEADING.test(lead)) continue;
    let end = h + 1;
    let paragraphs = 0;
    for (; end < blocks.length && blocks[end]!.kind !== 'heading' && !covered.has(end); end++) {
      const b = blocks[end]!;
      if (b.kind === 'paragraph' && (runInHeading(b.text) !== undefined || ++paragraphs > 3)) break;
    }
    for (let k = h; k < end; k++) covered.add(k);
    groups.push(...readRange(context, h, end, singleLot(lead)));
    h = end - 1;
  }
  // A sentence introducing the criteria outside an award section: the list or table right after it.
  for (const b of blocks) {
    if (covered.has(b.id) || b.kind !== 'paragraph' || !CRITERIA_WORD.test(b.text) || !AWARD_INTRO.test(b.text)) continue;
    const inline = inlineList(b);
    if (inline) {
      groups.push(inline);
      continue;
    }
    if (!/:\s*$/u.test(b.text)) continue;
    const next = blocks[b.id + 1];
    if (!next || (next.kind !== 'list-item' && next.kind !== 'table-cell')) continue;
    let end = b.id + 1;
    while (end < blocks.length && (blocks[end]!.kind === 'list-item' || blocks[end]!.kind === 'table-cell')) end++;
    groups.push(...readRange(context, b.id + 1, end, null, { blockId: b.id, start: 0, end: b.text.length }, ORDER_OF_IMPORTANCE.test(b.text)));
  }
  // Criteria listed in a sentence outside an award section: only with price among them, and not in selection.
  for (const b of blocks) {
    // The cue test of proseGroups first: it is cheaper than joining the headings.
    if (covered.has(b.id) || b.kind !== 'paragraph' || !PROSE_PREFILTER.test(b.text) || SELECTION_HEADING.test(headingOf(b))) continue;
    groups.push(...proseGroups(context, b, null, false, true));
  }
  groups.push(...readTedFields(blocks));
  groups.push(...readPriceOnlySentences(context));
  if (!groups.length) return fromFacts(context);
  return groups;
}

function fromFacts(context: RuleContext): CriteriaGroup[] {
  // Unweighted names with no price and no known criterion among them ("beoordeeld op hun regelmatigheid
  // en volledigheid") are a check of the offers, not award criteria.
  const trusted = context.facts.award.filter((g) => g.criteria.some((c) => c.weight !== undefined || c.isPrice || PROSE_CRITERION_NOUN.test(c.name)) || g.priceOnly);
  return trusted.map((g) => {
    const criteria: Criterion[] = g.criteria.map((c) => {
      const out: Criterion = { name: c.name, isPrice: c.isPrice, isLifeCycleCost: c.isLifeCycleCost, ...c.evidence };
      if (c.weight !== undefined) out.weight = c.weight;
      if (c.unit !== undefined) out.unit = c.unit;
      return out;
    });
    return {
      lot: g.lot,
      criteria,
      priceOnly: g.priceOnly,
      lifeCycle: criteria.some((c) => c.isLifeCycleCost),
      intro: { blockId: g.evidence.blockId, start: g.evidence.start, end: g.evidence.end },
      ordered: false,
    };
  });
}
