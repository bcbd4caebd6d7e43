/**
 * Whether a contract (or one of its lots) buys energy-related products: the products named in the
 * title, the subject and the lot descriptions, or a CPV code of such products. Equipment the
 * authority provides, the contractor's own tools and items left out of the contract do not count,
 * and neither does a services contract (maintenance of lighting is not buying lighting).
 */
import { withUnicodeBoundaries } from './word-boundary.js';
import type { Block, TenderDocument } from '../document.js';
import type { Facts } from '../facts/types.js';
import { energyProductGroupOfCpv, findEnergyProducts, type EnergyProductGroup } from '../data/energy-products.js';

export interface EnergyGoods {
  group: EnergyProductGroup;
  /** The words or CPV code that name them. */
  text: string;
  blockId: number;
}

const SUBJECT_HEADING = withUnicodeBoundaries(/\b(?:voorwerp|onderwerp|beschrijving\s+van\s+de\s+opdracht|percelen|objet|description\s+du\s+marché|lots|subject|scope|TITLE|SHORT_DESCR)\b/iu);
const NOT_BOUGHT =
  withUnicodeBoundaries(/\b(?:ter\s+beschikking\s+(?:gesteld|stelt)|stelt\b[^.;]{0,80}\bter\s+beschikking|niet\s+inbegrepen|geen\s+deel\s+uit|eigen\s+materieel|mis\s+à\s+disposition|met\s+à\s+disposition|non\s+compris|government[- ]furnished|provided\s+by\s+the\s+(?:authority|government|agency|council)|not\s+included)\b/iu);
const SERVICES_TITLE = withUnicodeBoundaries(/\b(?:onderhoud|diensten|dienstverlening|schoonmaak|studieopdracht|studie|huur|services?|maintenance|entretien|nettoyage|consultancy|mentoring|support|location|rental|hire)\b/iu);
const SUPPLY_TITLE = withUnicodeBoundaries(/\b(?:levering(?:en)?|aankoop|fournitures?|acquisition|achat|supply|supplies|purchase|delivery)\b/iu);
const CPV = withUnicodeBoundaries(/\b(\d{8})(?:-\d)?\b/gu);

/** The blocks that say what the contract buys. */
export function subjectBlocks(document: TenderDocument, facts: Facts): Block[] {
  const blocks = document.blocks;
  const ids = new Set<number>();
  for (let i = 0; i < Math.min(blocks.length, 14); i++) if (blocks[i]!.kind === 'heading' || blocks[i]!.kind === 'table-cell') ids.add(i);
  if (facts.subjectBlock !== null) ids.add(facts.subjectBlock);
  facts.sections.forEach((kind, id) => {
    if (kind === 'subject' || kind === 'lots') ids.add(id);
  });
  for (const b of blocks) {
    const head = b.kind === 'heading' ? b : /^\[[A-Z_/]*(?:TITLE|SHORT_DESCR)\]/u.test(b.text.trim()) ? b : undefined;
    if (!head || !SUBJECT_HEADING.test(head.kind === 'heading' ? head.text : head.text.slice(0, 60))) continue;
    ids.add(head.id);
    for (let k = head.id + 1; k < Math.min(blocks.length, head.id + 6); k++) {
      if (blocks[k]!.kind === 'heading') break;
      ids.add(k);
    }
  }
  return [...ids].sort((a, b) => a - b).map((id) => blocks[id]!);
}

/** The title of the document: its first headings, or the TED title field. */
function titleText(document: TenderDocument): string {
  const parts: string[] = [];
  const blocks = document.blocks;
  for (let i = 0; i < Math.min(blocks.length, 8); i++) if (blocks[i]!.kind === 'heading') parts.push(blocks[i]!.text);
  for (let i = 0; i + 1 < blocks.length; i++) {
    const t = blocks[i]!.text.trim();
    if (!/^\[[A-Z_/]*\/TITLE\]/u.test(t)) continue;
    const own = t.replace(/^\[[^\]]*\]\s*/u, '');
    parts.push(own || blocks[i + 1]!.text);
  }
  return parts.join('\n');
}

/** Whether the contract is a services contract rather than a purchase of goods. */
function isServices(document: TenderDocument, facts: Facts): boolean {
  if (facts.contractType) return facts.contractType.value === 'services';
  const title = titleText(document);
  return SERVICES_TITLE.test(title) && !SUPPLY_TITLE.test(title);
}

function goodsIn(blocks: Block[]): EnergyGoods[] {
  const out: EnergyGoods[] = [];
  for (const b of blocks) {
    for (const p of findEnergyProducts(b.text)) {
      const sentenceStart = Math.max(b.text.lastIndexOf('.', p.index), b.text.lastIndexOf(';', p.index)) + 1;
      const sentenceEnd = b.text.indexOf('.', p.index);
      const sentence = b.text.slice(sentenceStart, sentenceEnd < 0 ? b.text.length : sentenceEnd);
      if (NOT_BOUGHT.test(sentence)) continue;
      out.push({ group: p.group, text: p.text, blockId: b.id });
    }
  }
  return out;
}

function cpvGoods(document: TenderDocument, facts: Facts): EnergyGoods[] {
  const out: EnergyGoods[] = [];
  const seen = new Set<string>();
  const add = (code: string, blockId: number) => {
    const group = energyProductGroupOfCpv(code);
    if (group && !seen.has(code)) {
      seen.add(code);
      out.push({ group, text: code, blockId });
    }
  };
  for (const c of facts.cpv) add(c.value, c.evidence.blockId);
  for (const b of document.blocks) {
    if (!/CPV/u.test(b.text)) continue;
    for (const m of b.text.matchAll(CPV)) add(m[1]!, b.id);
  }
  return out;
}

/** The blocks that describe lot `lot`: its heading or list item, and the lot's title in the facts. */
function lotBlocks(document: TenderDocument, facts: Facts, lot: number): Block[] {
  const re = new RegExp(`^\\W{0,3}(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:perceel|lot)\\s*${lot}\\b`, 'iu');
  const out = document.blocks.filter((b) => re.test(b.text));
  const fact = facts.lots.lots.find((l) => l.number === lot);
  if (fact) out.push(document.blocks[fact.evidence.blockId]!);
  return out.filter(Boolean);
}

/**
 * The energy-related products the contract buys (or lot `lot` buys, when given). Empty for a
 * services contract.
 */
export function energyGoodsBought(document: TenderDocument, facts: Facts, lot: number | null = null): readonly EnergyGoods[] {
  // Two rules ask for the same document (life-cycle-cost and energy-efficiency): find them once.
  let byLot = found.get(facts);
  if (!byLot) found.set(facts, (byLot = new Map()));
  let goods = byLot.get(lot);
  if (!goods) byLot.set(lot, (goods = findEnergyGoods(document, facts, lot)));
  return goods;
}

const found = new WeakMap<Facts, Map<number | null, readonly EnergyGoods[]>>();

function findEnergyGoods(document: TenderDocument, facts: Facts, lot: number | null): EnergyGoods[] {
  if (isServices(document, facts)) return [];
  if (lot !== null) {
    const inLot = goodsIn(lotBlocks(document, facts, lot));
    if (inLot.length) return inLot;
    const lotsNamed = document.blocks.some((b) => /^\W{0,3}(?:perceel|lot)\s*\d/iu.test(b.text));
    if (lotsNamed) return [];
  }
  const words = goodsIn(subjectBlocks(document, facts));
  return words.length ? words : cpvGoods(document, facts);
}
