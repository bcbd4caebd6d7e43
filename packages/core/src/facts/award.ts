/** Award criteria and their weights, per lot, from tables, lists and prose. */
import { latinFast } from '../text/latin-fast.js';
import type { Block } from '../document.js';
import { lotRefs } from './lot-refs.js';
import { findPriceOnly } from './price-only.js';
import type { Scan } from './scan.js';
import type { AwardCriterion, AwardGroup, Evidence } from './types.js';

const AWARD_CUE = latinFast(/gunningscriteri\p{L}*|gunningscriterium|crit[èe]res?\s+d['’]attribution|award\s+criteri\p{L}*|wordt\s+gegund|worden\s+gegund|est\s+attribu[ée]|sera\s+attribu[ée]|will\s+be\s+awarded|is\s+awarded|gunning\s+gebeurt/iu);
const PRICE = /prijs|prijzen|\bprix\b|\bprice|\bkost(?:en|prijs)?\b|co[ûu]t|\bcost|tarie[fv]|\btarifs?\b|\brates?\b|\bTCO\b|levenscycluskost|aankoopprijs|inschrijvingsprijs|\bbedrag\b|\bmontant\b|\bpremies?\b|\bpremiums?\b|\bprimes?\s+d['’]assurance/iu;
const LCC = /levenscyclus|life[-\s]?cycle|cycle\s+de\s+vie|\bTCO\b|total\s+cost\s+of\s+ownership|totale\s+eigendomskost|energiekost|energieverbruik|exploitatiekost|gebruikskost|running\s+costs?|operating\s+costs?|co[ûu]t\s+(?:d['’]utilisation|[ée]nerg)/iu;
const WEIGHT = /(\d{1,3}(?:[.,]\d{1,2})?)\s*(%|procent|pour\s?cent|percent|punten|points|pts?\.?|ptn\.?|pt\b)/iu;
// "Prijs (weging: 60)", "Qualité - pondération 40".
const WEIGHT_WORD = /\(?\s*(?:weging|gewicht|pond[ée]ration|weighting|weight)\s*:?\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*(%|punten|points)?\s*\)?/iu;
const WEIGHT_CELL = /^\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*(%|procent|punten|points|pts?\.?|ptn\.?|\/\s?100)?\s*$/iu;
/**
 * The name cell of a sum row in a criteria table: only "Totaal / Total(e) / Som / Sum / Maximum", with
 * at most a score word, "(max.)", a weight or a colon ("Totaal:", "Total score", "Totaal (max.) 100
 * punten", "Somme des points"). A criterion that opens with the adjective ("Totale eigendomskost",
 * "Total cost of ownership", "Totale prijs") is a criterion, not a sum.
 */
export const AWARD_TOTAL_ROW =
  /^[\s*_]*(?:algemeen\s+|grand\s+|sub)?(?:eindtotaal|puntentotaal|totaalscore|totaalpunten|eindscore|totaal|totale|total|totaux|som|somme|sum|maximum|max\.?)(?:[\s\d:=*_()/.,%-]|\b(?:g[ée]n[ée]ral|generaal|algemeen|score|scores|des|du|van|de|het|aantal|of|the|points?|punten|pts?|ptn|gewicht(?:en)?|weging(?:en)?|pond[ée]rations?|weights?|weighting|max(?:imum|imaal)?|procent|percent|pour\s?cent))*$/iu;
const TOTAL_ROW = AWARD_TOTAL_ROW;
const NAME_HEADER = /criteri|crit[èe]re|omschrijving|description|beschrijving|onderdeel|aspect/iu;
const WEIGHT_HEADER = /weging|gewicht|weight|pond[ée]ration|punten|points|score|max|%/iu;

interface Group {
  lot: number | null;
  criteria: AwardCriterion[];
  priceOnly: boolean;
  evidence: Evidence;
}

export function extractAward(scan: Scan): AwardGroup[] {
  const blocks = scan.document.blocks;
  let awardBlocks = blocks.filter((b) => scan.sections[b.id] === 'award');
  if (!awardBlocks.length) awardBlocks = cueBlocks(blocks);
  const groups: Group[] = [];
  const groupFor = (lot: number | null, evidence: Evidence) => {
    let g = groups.find((x) => x.lot === lot);
    if (!g) groups.push((g = { lot, criteria: [], priceOnly: false, evidence }));
    return g;
  };
  let currentLot: number | null = null;
  let intro: Evidence | null = null;
  const doneTables = new Set<number>();
  for (const block of awardBlocks) {
    const text = block.text;
    if (block.kind === 'heading' || block.kind === 'paragraph') {
      const lots = [...new Set(lotRefs(text.slice(0, 200)).map((r) => r.lot))];
      const startsWithLot = /^\s*(?:perceel|lot)\s*\d/iu.test(text);
      if (lots.length === 1 && (startsWithLot || block.kind === 'heading' || AWARD_CUE.test(text))) currentLot = lots[0]!;
      else if (block.kind === 'heading') currentLot = null;
      if (block.kind === 'paragraph' || block.kind === 'heading') intro = scan.evidence(block, 0, Math.min(text.length, 120));
    }
    if (block.kind === 'table-cell' && block.table && !doneTables.has(block.table.index)) {
      doneTables.add(block.table.index);
      readTable(scan, block, currentLot, intro ?? scan.evidence(block, 0, text.length), groupFor);
      continue;
    }
    // Short weighted lines ("Prijs: 60 %") written as paragraphs or list items.
    if (block.kind === 'list-item' || (block.kind === 'paragraph' && text.length <= 120 && WEIGHT.test(text) && !AWARD_CUE.test(text) && weightCount(text) < 2)) {
      const c = criterionFrom(text, scan.evidence(block, 0, text.length));
      if (c) groupFor(currentLot, intro ?? c.evidence).criteria.push(c);
      continue;
    }
    if (block.kind === 'paragraph') {
      for (const s of scan.sentences(block)) {
        const p = findPriceOnly(s.text);
        if (p) {
          const g = groupFor(currentLot, scan.evidence(block, s.start, s.end));
          if (!g.criteria.some((c) => !c.isPrice)) {
            g.priceOnly = true;
            if (!g.criteria.length) g.criteria.push({ name: priceName(s.text), isPrice: true, isLifeCycleCost: LCC.test(s.text), evidence: scan.evidence(block, s.start + p.index, s.start + p.index + p[0].length) });
          }
        }
      }
      readProseWeights(scan, block, currentLot, groupFor);
      readProseEnumeration(scan, block, currentLot, groupFor);
    }
  }
  readTedCriteria(scan, groupFor);
  return groups
    .filter((g) => g.criteria.length)
    .map((g) => {
      const priceOnly = g.priceOnly ? !g.criteria.some((c) => !c.isPrice) : g.criteria.length === 1 && g.criteria[0]!.isPrice;
      const group: AwardGroup = { lot: g.lot, criteria: g.criteria, priceOnly, evidence: g.evidence };
      const units = new Set(g.criteria.map((c) => c.unit).filter(Boolean));
      if (g.criteria.every((c) => c.weight !== undefined)) group.weightSum = Math.round(g.criteria.reduce((s, c) => s + c.weight!, 0) * 100) / 100;
      if (units.size === 1) group.unit = [...units][0];
      return group;
    });
}

function priceName(sentence: string): string {
  const m = /(?:laagste\s+)?(?:totale\s+|aankoop)?prijs|prix(?:\s+le\s+plus\s+bas)?|(?:lowest\s+)?price/iu.exec(sentence);
  return m ? m[0] : 'prijs';
}

function criterionFrom(text: string, evidence: Evidence): AwardCriterion | null {
  const t = text.replace(/^\s*\[[^\]]{1,80}\]\s*/u, '').replace(/^\s*(?:[a-z0-9]{1,2}[.)]|[-–•*])\s*/iu, '').replace(/[;.,]\s*$/u, '').trim();
  if (!t || t.length > 250) return null;
  const w = WEIGHT.exec(t) ?? WEIGHT_WORD.exec(t);
  let name = w ? t.slice(0, w.index).replace(/[\s:(\-–,]+$/u, '').trim() : t;
  if (!name) name = t;
  // A list item in the award section that is neither short nor weighted is prose, not a criterion.
  if (!w && (name.split(/\s+/).length > 14 || /[.!?]\s+\p{Lu}/u.test(name))) return null;
  const c: AwardCriterion = { name: name.slice(0, 160), isPrice: PRICE.test(name.split(/[(:,]/u)[0]!), isLifeCycleCost: LCC.test(name), evidence };
  if (w) {
    c.weight = Number(w[1]!.replace(',', '.'));
    c.unit = /%|procent|pour|percent/iu.test(w[2] ?? '') || !w[2] ? 'percent' : 'points';
  }
  return c;
}

function readTable(scan: Scan, first: Block, currentLot: number | null, intro: Evidence, groupFor: (lot: number | null, e: Evidence) => Group): void {
  const index = first.table!.index;
  const rows: Block[][] = [];
  for (let i = first.id; i < scan.document.blocks.length; i++) {
    const b = scan.document.blocks[i]!;
    if (b.kind !== 'table-cell' || b.table?.index !== index) break;
    (rows[b.table.row] ??= [])[b.table.column] = b;
  }
  const header = rows[0] ?? [];
  const width = Math.max(...rows.map((r) => r?.length ?? 0));
  // Name column: the header that says "criterium", else the column with the longest texts.
  let nameCol = header.findIndex((h) => h && NAME_HEADER.test(h.text));
  if (nameCol < 0) {
    let best = -1;
    for (let c = 0; c < width; c++) {
      const len = rows.slice(1).reduce((s, r) => s + (r?.[c]?.text.length ?? 0), 0);
      if (len > best && !rows.slice(1).every((r) => WEIGHT_CELL.test(r?.[c]?.text ?? '0'))) {
        best = len;
        nameCol = c;
      }
    }
  }
  if (nameCol < 0) return;
  const weightCols: { col: number; lot: number | null; unit?: 'percent' | 'points' }[] = [];
  for (let c = 0; c < width; c++) {
    if (c === nameCol) continue;
    const body = rows.slice(1).filter((r) => r && r[nameCol] && !TOTAL_ROW.test(r[nameCol]!.text));
    const numeric = body.filter((r) => WEIGHT_CELL.test(r[c]?.text ?? ''));
    if (!body.length || numeric.length < Math.ceil(body.length / 2)) continue;
    const h = header[c]?.text ?? '';
    const looksIndex = body.every((r, i) => (r[c]?.text.trim() ?? '') === String(i + 1));
    if (looksIndex && !WEIGHT_HEADER.test(h)) continue;
    const lots = lotRefs(h);
    const unit = /punten|points|pts|ptn/iu.test(h) ? 'points' : /%|procent|pourcent|percent/iu.test(h) ? 'percent' : undefined;
    weightCols.push({ col: c, lot: lots.length === 1 ? lots[0]!.lot : currentLot, ...(unit ? { unit } : {}) });
  }
  if (!weightCols.length) weightCols.push({ col: -1, lot: currentLot });
  for (const wc of weightCols) {
    const group = groupFor(wc.lot, intro);
    for (const r of rows.slice(1)) {
      const cell = r?.[nameCol];
      if (!cell || !cell.text.trim() || TOTAL_ROW.test(cell.text)) continue;
      const name = cell.text.replace(/^\s*[A-Z0-9]{1,2}[.)]\s+/u, '').trim();
      const c: AwardCriterion = { name: name.slice(0, 160), isPrice: PRICE.test(name.split(/[(:,]/u)[0]!), isLifeCycleCost: LCC.test(name), evidence: scan.evidence(cell, 0, cell.text.length) };
      const wtext = wc.col >= 0 ? r[wc.col]?.text ?? '' : '';
      const w = WEIGHT_CELL.exec(wtext);
      if (w) {
        c.weight = Number(w[1]!.replace(',', '.'));
        const u = w[2] ?? '';
        c.unit = /%|procent/iu.test(u) ? 'percent' : u ? 'points' : wc.unit ?? 'points';
      }
      group.criteria.push(c);
    }
  }
}

// "prijs (60 %) en kwaliteit (40 %)", "Price: 40%, Quality: 60%" in one sentence.
const PROSE_WEIGHT = /\(?\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*(%|punten|points|pts)\s*\)?/giu;
const LEAD_IN = /^.*(?:gunningscriteria|criteria|criterium|crit[èe]res?(?:\s+d['’]attribution)?|award\s+criteria)\b[^:]*?(?:\s+(?:zijn|sont|are|is|:)\s*|:\s*|\s+)/iu;

// "gegund op basis van de prijs (70 %)": the words before the first criterion are no part of its name.
const BASIS_LEAD_IN = /^.*?\b(?:op\s+(?:basis|grond)\s+van|volgens|sur\s+(?:la\s+)?base\s+d[eu]s?|selon|en\s+fonction\s+d[eu]s?|on\s+the\s+basis\s+of|based\s+on|according\s+to)\s+/iu;

function weightCount(text: string): number {
  return text.match(PROSE_WEIGHT)?.length ?? 0;
}

/** Cue blocks, and the list items or table that follow a short cue line ("Art. 8. Critères d'attribution."). */
function cueBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!AWARD_CUE.test(b.text) && !/AC_PRICE|AC_QUALITY|AC_COST/u.test(b.text)) continue;
    out.push(b);
    if (b.text.length > 100 && !/:\s*$/u.test(b.text)) continue;
    for (let j = i + 1; j < blocks.length && (blocks[j]!.kind === 'list-item' || blocks[j]!.kind === 'table-cell'); j++) out.push(blocks[j]!);
  }
  return [...new Set(out)].sort((a, b) => a.id - b.id);
}

// "De offertes worden beoordeeld op de prijs, op de kwaliteit van ... en op de aanpak ...": criteria named in a sentence, without weights.
const ENUM_LEAD =
  latinFast(/(?<!\p{L})(?:beoordeeld|ge[ëe]valueerd|gegund|gerangschikt|vergeleken|gequoteerd)\s+(?:op\s+(?:basis|grond)\s+van|volgens|op)\s+|(?<!\p{L})(?:[ée]valu[ée]e?s?|class[ée]e?s?|attribu[ée]e?|compar[ée]e?s?|cot[ée]e?s?)\s+(?:sur\s+(?:la\s+)?base\s+d(?:[eu]s?|e\s+la|e\s+l['’])|selon|en\s+fonction\s+d(?:[eu]s?|e\s+la|e\s+l['’]))\s*|(?<!\p{L})(?:evaluated|assessed|awarded|scored|ranked|compared)\s+(?:on\s+the\s+basis\s+of|based\s+on|according\s+to|on)\s+|(?<!\p{L})(?:select|choose|retain)\s+(?:a|the)\s+(?:vendor|tenderer|bidder|contractor|supplier)\s+(?:that|who|which)\s+(?:puts\s+forward|offers|submits|proposes|provides)\s+|(?<!\p{L})(?:retient|choisit|s[ée]lectionne)\s+le\s+soumissionnaire\s+qui\s+(?:propose|offre|pr[ée]sente|remet)\s+/iu);
const ITEM_ARTICLE = /^(?:(?:but\s+also|as\s+well\s+as|ainsi\s+que|mais\s+aussi|maar\s+ook|evenals|alsook|en|et|and|op|on|sur|de|het|een|la|le|les|du|des|un|une|the|a|an|its|hun|zijn|haar|leur|leurs|their)\s+|[dl]['’]\s*)+/iu;
// An item that opens with these words continues the sentence; it names no criterion.
const NOT_AN_ITEM = /^(?:zoals|die|dat|waarbij|welke|wat|als|conform|overeenkomstig|volgens|rekening|inclusief|exclusief|incl|excl|btw|in|met|zie|which|that|as|with|including|excluding|taking|see|vat|comme|qui|que|dont|avec|dans|compte|tenant|y|voir|tva|hors|htva|toutes?|alle|all)\b/iu;

const ANNOUNCES = /volgende|hierna|onderstaande|following|below|suivants?|ci-dessous|ci-apr[èe]s|gunningscriteri|crit[èe]res|criteria/iu;

function readProseEnumeration(scan: Scan, block: Block, lot: number | null, groupFor: (lot: number | null, e: Evidence) => Group): void {
  if (!ENUM_LEAD.test(block.text)) return;
  const inAward = scan.sections[block.id] === 'award';
  for (const s of scan.sentences(block)) {
    const lead = ENUM_LEAD.exec(s.text);
    // A sentence that announces the criteria ("op de volgende gunningscriteria, ...:") names none itself.
    if (lead && (/:\s*$/u.test(s.text) || ANNOUNCES.test(s.text.slice(lead.index)))) continue;
    if (!lead || WEIGHT.test(s.text) || (!inAward && !AWARD_CUE.test(s.text) && !/criteri|crit[èe]re/iu.test(s.text))) continue;
    const from = lead.index + lead[0].length;
    // Asides in brackets ("a reasonable price (not necessarily the lowest)") are blanked, keeping offsets.
    const flat = s.text.replace(/\([^()]*\)/gu, (m) => ' '.repeat(m.length));
    const rest = flat.slice(from).replace(/[.;:!?\s]+$/u, '');
    let pieces = rest.split(/\s*,\s*/u);
    if (pieces.length < 2) pieces = rest.split(/\s+(?:en|et|and)\s+/iu);
    else if (!/^(?:en|et|and)\s/iu.test(pieces[pieces.length - 1]!)) {
      // "price, technical merit and delivery time": the last "and" joins the last two criteria.
      const last = pieces.pop()!;
      const m = /^(.*)\s+(?:en|et|and)\s+(.*)$/iu.exec(last);
      pieces.push(...(m ? [m[1]!, m[2]!] : [last]));
    }
    if (pieces.length < 2 || pieces.length > 8) continue;
    const names = pieces.map((p) => p.replace(ITEM_ARTICLE, '').replace(/\s+/gu, ' ').trim());
    if (names.some((n) => !n || NOT_AN_ITEM.test(n) || n.split(/\s+/u).length > 20)) continue;
    const g = groupFor(lot, scan.evidence(block, s.start, s.end));
    if (g.criteria.length) continue;
    let at = from;
    for (const [i, name] of names.entries()) {
      const start = flat.indexOf(pieces[i]!, at);
      const end = start + pieces[i]!.length;
      at = end;
      g.criteria.push({ name: name.slice(0, 160), isPrice: PRICE.test(name.split(/[(:,]/u)[0]!), isLifeCycleCost: LCC.test(name), evidence: scan.evidence(block, s.start + start, s.start + end) });
    }
  }
}

function readProseWeights(scan: Scan, block: Block, lot: number | null, groupFor: (lot: number | null, e: Evidence) => Group): void {
  const text = block.text;
  if (!WEIGHT.test(text)) return;
  const inAward = scan.sections[block.id] === 'award';
  for (const s of scan.sentences(block)) {
    if (!inAward && !/gunningscriteri|criteri|crit[èe]re|weging|pond[ée]ration|weight|gewogen/iu.test(s.text)) continue;
    const found: AwardCriterion[] = [];
    let prevEnd = 0;
    PROSE_WEIGHT.lastIndex = 0;
    for (let m = PROSE_WEIGHT.exec(s.text); m; m = PROSE_WEIGHT.exec(s.text)) {
      const name = s.text
        .slice(prevEnd, m.index)
        .replace(LEAD_IN, '')
        .replace(BASIS_LEAD_IN, '')
        .replace(/^[\s,;:.)]*(?:(?:en|et|and|ou|of|de|het|la|le|les|l['’]|the)\s+)*/iu, '')
        .replace(/[\s:(\-–,]+$/u, '')
        .trim();
      prevEnd = m.index + m[0].length;
      if (!name || name.length > 120 || /^(?:minstens|minimum|au moins|at least|maximum|max)$/iu.test(name)) continue;
      found.push({
        name,
        weight: Number(m[1]!.replace(',', '.')),
        unit: /%/u.test(m[2]!) ? 'percent' : 'points',
        isPrice: PRICE.test(name),
        isLifeCycleCost: LCC.test(name),
        evidence: scan.evidence(block, s.start + m.index, s.start + m.index + m[0].length),
      });
    }
    if (found.length >= 2) {
      const g = groupFor(lot, scan.evidence(block, s.start, s.end));
      if (!g.criteria.length) g.criteria.push(...found);
    }
  }
}

// TED notices: "[.../AC/AC_QUALITY] Quality 30", "[.../AC/AC_PRICE] 70".
function readTedCriteria(scan: Scan, groupFor: (lot: number | null, e: Evidence) => Group): void {
  const blocks = scan.document.blocks;
  if (!blocks.some((b) => /\/AC\/AC_/u.test(b.text))) return;
  const g = groupFor(null, scan.evidence(blocks.find((b) => /\/AC\/AC_/u.test(b.text))!, 0, 10));
  if (g.criteria.length) return;
  const seen = new Set<string>();
  for (let i = 0; i < blocks.length; i++) {
    const m = /\/AC\/(AC_PRICE|AC_QUALITY|AC_COST)\]/u.exec(blocks[i]!.text);
    if (!m) continue;
    const next = blocks[i + 1];
    const own = blocks[i]!.text.slice(m.index + m[0].length).trim();
    // The value is on the label's own lines, or in the next block unless that is the next label.
    const valueText = own || (next && !/^\s*\[/u.test(next.text) ? next.text.trim() : '');
    const key = `${m[1]}:${valueText}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const w = /(\d{1,3}(?:[.,]\d+)?)\s*$/u.exec(valueText.split('\n')[0]!);
    const name = m[1] === 'AC_PRICE' ? 'Price' : m[1] === 'AC_COST' ? 'Cost' : valueText.replace(/\s*\d{1,3}(?:[.,]\d+)?\s*$/u, '') || 'Quality';
    const c: AwardCriterion = { name, isPrice: m[1] !== 'AC_QUALITY', isLifeCycleCost: m[1] === 'AC_COST', evidence: scan.evidence(blocks[i]!, 0, blocks[i]!.text.length) };
    if (w) {
      c.weight = Number(w[1]!.replace(',', '.'));
      c.unit = 'percent';
    }
    g.criteria.push(c);
  }
}
