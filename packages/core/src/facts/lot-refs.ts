/** "Perceel 2", "lot 1", "Lot n° 3", "Lot No: 2": references to a numbered lot. */
import type { Block } from '../document.js';
import type { Scan } from './scan.js';

const LOT_REF = /\b(?:perceel|percelen|lots?)\s*(?:n[°ºo]\.?\s*:?\s*|nr\.?\s*|no\.?\s*:?\s*|number\s+)?(\d{1,2})\b(?![.,]\d)/giu;

/** Every numbered lot reference in a text. */
export function lotRefs(text: string): { lot: number; start: number; end: number }[] {
  if (!/perce|lot/iu.test(text)) return [];
  const out: { lot: number; start: number; end: number }[] = [];
  LOT_REF.lastIndex = 0;
  for (let m = LOT_REF.exec(text); m; m = LOT_REF.exec(text)) {
    const lot = Number(m[1]);
    if (lot >= 1 && lot <= 60) out.push({ lot, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The lot a block starts with or belongs to as a row ("Perceel 1 - werkkledij | € 265.000", "- Lot 2: ..."). */
export function leadingLot(scan: Scan, block: Block): number | null {
  if (block.kind === 'table-cell') {
    const label = block.table?.column === 0 ? block : scan.rowLabel(block);
    if (!label) return null;
    const m = /^\s*(?:\*\*)?(?:perceel|lot)\s*(?:n[°ºo]\.?\s*|nr\.?\s*)?(\d{1,2})\b/iu.exec(label.text);
    if (m) return Number(m[1]);
    const bare = /^\s*(\d{1,2})\s*$/u.exec(label.text);
    const header = label.table && label.table.row > 0 ? scan.columnHeader(label) : undefined;
    if (bare && header && /^\s*(?:perce(?:e)?l|lot)\b/iu.test(header.text)) return Number(bare[1]);
    return null;
  }
  const m = /^\s*(?:\*\*)?(?:perceel|lot)\s*(?:n[°ºo]\.?\s*|nr\.?\s*|no\.?\s*:?\s*)?(\d{1,2})\b\s*(?:\*\*)?\s*[:\-–—.)(]/iu.exec(block.text);
  return m ? Number(m[1]) : null;
}

// "Lots 1 and 2", "percelen 1 tot 3", "lot 1, 2": a reference to more than one lot.
const MORE_LOTS_AFTER = /^\s*(?:,|&|\+|\/|-|–|en|and|et|tot|to|t\.?e\.?m\.?|t\/m|à|ou|or|of)\s*(?:(?:perceel|lot)\s*)?\d/i;

/** The one lot a text names ("Estimated value of Lot 1", "Raming perceel 2"), or null when it names none or several. */
export function singleLot(text: string): number | null {
  const refs = lotRefs(text);
  if (!refs.length || refs.some((r) => r.lot !== refs[0]!.lot)) return null;
  if (refs.some((r) => MORE_LOTS_AFTER.test(text.slice(r.end, r.end + 16)))) return null;
  return refs[0]!.lot;
}

/** The lot a table cell belongs to by its row label ("Estimated value of Lot 1 | EUR 800,000") or its column header ("| | Lot 1 | Lot 2 |"). */
export function cellLot(scan: Scan, block: Block): number | null {
  if (block.kind !== 'table-cell') return null;
  const label = scan.rowLabel(block);
  const byLabel = label ? singleLot(label.text) : null;
  if (byLabel !== null) return byLabel;
  const header = scan.columnHeader(block);
  return header ? singleLot(header.text) : null;
}

// "Lot 1 — guarding (EUR 800,000); Lot 2 — reception (EUR 250,000)": lots listed one after another in one block.
const LISTED_LOT = /(?:^|[;\n]|\s[•·]\s)\s*(?:\*\*)?(?:perceel|lot)\s*(?:n[°ºo]\.?\s*|nr\.?\s*|no\.?\s*:?\s*)?(\d{1,2})(?!\d)\s*(?:\*\*)?\s*[:\-–—.)]\s*([^;\n•·]*)/gi;

/** Each lot that starts a segment of a block (segments end at ";" or a line break), with the rest of its segment. */
export function listedLots(text: string): { lot: number; title: string; start: number }[] {
  const out: { lot: number; title: string; start: number }[] = [];
  LISTED_LOT.lastIndex = 0;
  for (let m = LISTED_LOT.exec(text); m; m = LISTED_LOT.exec(text)) {
    const lot = Number(m[1]);
    if (lot >= 1 && lot <= 60) out.push({ lot, title: m[2]!.replace(/\s*\([^()]*\d[^()]*\)\s*$/, '').trim(), start: m.index });
  }
  return out;
}

/** The lot an amount at an offset is tied to: the nearest lot reference in its clause, else the block's leading lot. */
export function lotNear(scan: Scan, block: Block, start: number, end: number): number | null {
  const text = block.text;
  let s = start;
  while (s > 0 && !/[;\n]/.test(text[s - 1]!) && start - s < 120) s--;
  let e = end;
  // Up to the end of the sentence: a period that is followed by a capital, not the one of "excl.".
  while (e < text.length && e - end < 60 && !/[;\n]/.test(text[e]!) && !(text[e] === '.' && /^\.\s+\p{Lu}|^\.$/u.test(text.slice(e, e + 3)))) e++;
  const refs = lotRefs(text.slice(s, e)).map((r) => ({ ...r, start: r.start + s, end: r.end + s }));
  // An amount belongs to the lot named right after it with a preposition ("EUR 3 200 000 for Lot 1"),
  // else to the nearest lot named before it ("Lot 2: EUR 2 400 000").
  let best: { lot: number; d: number } | null = null;
  for (const r of refs) {
    if (r.start < end) continue;
    const between = text.slice(end, r.start);
    if (between.length <= 25 && /\b(?:voor|for|pour|van|of|du|de|in|op|per|bij)\s+(?:het\s+|le\s+|the\s+|l['’])?$/iu.test(between)) {
      best = { lot: r.lot, d: 0 };
      break;
    }
  }
  if (!best) {
    for (const r of refs) {
      if (r.end > start) continue;
      const d = start - r.end;
      if (!best || d < best.d) best = { lot: r.lot, d };
    }
  }
  if (best) return best.lot;
  return leadingLot(scan, block) ?? cellLot(scan, block);
}
