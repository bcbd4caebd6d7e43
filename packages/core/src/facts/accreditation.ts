/**
 * Works contractor accreditation (erkenning / agréation, Wet 20 maart 1991): category and class, per lot.
 * "categorie D, klasse 5", "ondercategorie D18, klasse 4", "klasse 3 in categorie C", "5D", "3P1", "D1".
 */
import type { Block } from '../document.js';
import { leadingLot } from './lot-refs.js';
import { cueWords, type Scan } from './scan.js';
import type { AccreditationRequirement } from './types.js';

const CATEGORY = String.raw`([A-H](?:\d{1,2})?|[P-V]\d{1,2}|[A-Z]\d{1,2})`;
// The category's name often stands in brackets between letter and class: "categorie D (algemene aannemingen van gebouwen), klasse 5".
const GLOSS = String.raw`(?:\s*[(\[][^()\[\]]{1,100}[)\]])?`;
const CAT_THEN_CLASS = new RegExp(String.raw`(?:onder)?categorie\s+${CATEGORY}\b${GLOSS}[\s,]*(?:en\s+|in\s+|van\s+)?(?:de\s+)?klasse\s*([1-8])\b|(?:sous-)?cat[ée]gorie\s+${CATEGORY}\b${GLOSS}[\s,]*(?:et\s+|en\s+|de\s+)?(?:la\s+)?classe\s*([1-8])\b|(?:sub-?)?category\s+${CATEGORY}\b${GLOSS}[\s,]*(?:and\s+|in\s+)?class\s*([1-8])\b`, 'iu');
const CLASS_THEN_CAT = new RegExp(String.raw`klasse\s*([1-8])\s*(?:in|van|voor)\s+(?:de\s+)?(?:onder)?categorie\s+${CATEGORY}\b|classe\s*([1-8])\s*(?:en|de|dans\s+la)\s+(?:sous-)?cat[ée]gorie\s+${CATEGORY}\b|class\s*([1-8])\s*(?:in|of)\s+(?:sub-?)?category\s+${CATEGORY}\b`, 'iu');
const COMPACT = /(?<![\w.\-/])([1-8])([A-H]|[P-V]\d{1,2}|[A-D]\d{1,2})(?![\w\-/])/u;
const CAT_ONLY = new RegExp(String.raw`(?:onder)?categorie\s+${CATEGORY}\b|(?:sous-)?cat[ée]gorie\s+${CATEGORY}\b|(?:sub-?)?category\s+${CATEGORY}\b`, 'iu');
const CLASS_WORDS = cueWords(['klasse', 'classe', 'class', 'categor', 'catégor']);
const ACCREDITED_WORDS = cueWords(['erken', 'agréation', 'agréé', 'agreation']);
// The Belgian terms; an English "accredited" (UKAS, ISO 17025) is another thing.
const BE_CUE = /erkenning|erkend|agr[ée]ation|agr[ée][ée]/iu;
const CUE = /erkenning|erkend|agr[ée]ation|agr[ée][ée]|accreditation|accredited|wet\s+van\s+20\s+maart\s+1991/iu;

export function extractAccreditation(scan: Scan): AccreditationRequirement[] {
  const out: AccreditationRequirement[] = [];
  const blocks = scan.document.blocks;
  for (const block of blocks) {
    if (block.kind === 'heading') continue;
    const text = block.text;
    if (!scan.has(block, CLASS_WORDS) && !(scan.has(block, ACCREDITED_WORDS) && /\d[A-Z]/u.test(text))) continue;
    const ctx = block.kind === 'table-cell' ? scan.context(block) : text;
    // Paint, visibility or waterproofing "klasse 2" is no accreditation: an accreditation cue must be near.
    if (!CUE.test(ctx) && !cueAround(scan, block)) continue;
    for (const s of block.kind === 'table-cell' ? [{ start: 0, end: text.length, text }] : scan.sentences(block)) {
      let m = CAT_THEN_CLASS.exec(s.text);
      let category: string | undefined;
      let klass: number | undefined;
      if (m) {
        category = m[1] ?? m[3] ?? m[5];
        klass = Number(m[2] ?? m[4] ?? m[6]);
      } else if ((m = CLASS_THEN_CAT.exec(s.text))) {
        klass = Number(m[1] ?? m[3] ?? m[5]);
        category = m[2] ?? m[4] ?? m[6];
      } else if ((m = COMPACT.exec(s.text)) && BE_CUE.test(block.kind === 'table-cell' ? ctx : s.text)) {
        klass = Number(m[1]);
        category = m[2];
      } else if ((m = CAT_ONLY.exec(s.text)) && (BE_CUE.test(s.text) || beCueInHeading(scan, block))) {
        category = m[1] ?? m[2] ?? m[3];
      }
      if (!m) continue;
      // "de erkenning in de categorie vereist voor het perceel" without a letter is no requirement to read.
      const r: AccreditationRequirement = { lot: lotOf(scan, block, s.text), evidence: scan.evidence(block, s.start + m.index, s.start + m.index + m[0].length) };
      if (category) r.category = category.toUpperCase();
      if (klass) r.class = klass;
      if (!out.some((o) => o.category === r.category && o.class === r.class && o.lot === r.lot)) out.push(r);
    }
  }
  return out;
}

function beCueInHeading(scan: Scan, block: Block): boolean {
  return block.headingId >= 0 && BE_CUE.test(scan.document.blocks[block.headingId]!.text);
}

function cueAround(scan: Scan, block: Block): boolean {
  const heading = block.headingId >= 0 ? scan.document.blocks[block.headingId]!.text : '';
  if (CUE.test(heading)) return true;
  if (block.kind === 'table-cell') return CUE.test(scan.columnHeader(block)?.text ?? '');
  return false;
}

function lotOf(scan: Scan, block: Block, sentence: string): number | null {
  const lead = leadingLot(scan, block);
  if (lead !== null) return lead;
  const m = /\b(?:perceel|lot)\s*(\d{1,2})\b/iu.exec(sentence);
  return m ? Number(m[1]) : null;
}
