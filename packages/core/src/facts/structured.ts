/**
 * Facts from machine-readable notices pasted into a document: OCDS releases (JSON) and TED XML
 * field dumps ("[OBJECT_CONTRACT/LOT_DIVISION]"). Used only where the prose says nothing.
 */
import type { Scan } from './scan.js';
import type { AwardCriterion, AwardGroup, ContractType, Evidence, Stated, Variants } from './types.js';

export interface StructuredFacts {
  contractType?: Stated<ContractType>;
  variants?: Stated<Variants>;
  lots?: { divided: boolean; count: number | null; evidence: Evidence };
  award?: AwardGroup[];
  deadline?: Stated<string>;
  publicationDate?: Stated<string>;
}

const OCDS_CATEGORY = /"mainProcurementCategory"\s*:\s*"(goods|works|services)"/u;
const OCDS_VARIANTS = /"variantPolicy"\s*:\s*"(notAllowed|allowed|required)"/u;
const OCDS_CRITERION = /"type"\s*:\s*"(quality|price|cost)"\s*,\s*"name"\s*:\s*"([^"]{1,120})"(?:\s*,\s*"description"\s*:\s*"(\d{1,3}(?:\.\d+)?)")?/gu;
const OCDS_END = /"tenderPeriod"\s*:\s*\{\s*"endDate"\s*:\s*"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/u;
const TED_TYPE = /TYPE_CONTRACT\s+CTYPE="(WORKS|SUPPLIES|SERVICES)"/u;

export function readStructured(scan: Scan): StructuredFacts {
  const out: StructuredFacts = {};
  const blocks = scan.document.blocks;
  for (const block of blocks) {
    const text = block.text;
    if (text.includes('"tender"') || text.includes('"mainProcurementCategory"')) readOcds(scan, block.id, text, out);
  }
  const tedLots = blocks.filter((b) => /^\s*\[OBJECT_CONTRACT\/OBJECT_DESCR\/LOT_NO\]/u.test(b.text));
  const division = blocks.find((b) => /^\s*\[OBJECT_CONTRACT\/(?:NO_)?LOT_DIVISION\]/u.test(b.text));
  if (division) {
    const divided = !/NO_LOT_DIVISION/u.test(division.text);
    out.lots = { divided, count: divided ? tedLots.length || null : null, evidence: scan.evidence(division, 0, division.text.length) };
  }
  const type = blocks.find((b) => TED_TYPE.test(b.text));
  if (type) {
    const m = TED_TYPE.exec(type.text)!;
    out.contractType = { value: m[1] === 'WORKS' ? 'works' : m[1] === 'SUPPLIES' ? 'supplies' : 'services', evidence: scan.evidence(type, m.index, m.index + m[0].length) };
  }
  return out;
}

function readOcds(scan: Scan, blockId: number, text: string, out: StructuredFacts): void {
  const block = scan.document.blocks[blockId]!;
  const ev = (m: RegExpExecArray) => scan.evidence(block, m.index, m.index + m[0].length);
  const cat = OCDS_CATEGORY.exec(text);
  if (cat && !out.contractType) out.contractType = { value: cat[1] === 'goods' ? 'supplies' : (cat[1] as ContractType), evidence: ev(cat) };
  const variants = OCDS_VARIANTS.exec(text);
  if (variants && !out.variants) out.variants = { value: variants[1] === 'notAllowed' ? 'forbidden' : variants[1] === 'required' ? 'required' : 'allowed', evidence: ev(variants) };
  const end = OCDS_END.exec(text);
  if (end && !out.deadline) out.deadline = { value: `${end[1]}T${end[2]}`, evidence: ev(end) };
  const lotsAt = text.indexOf('"lots": [');
  if (lotsAt >= 0 && !out.lots) {
    const after = text.slice(lotsAt);
    const stop = after.search(/"(?:lotDetails|bidOpening|contractTerms|selectionCriteria|participationFees|documents|items|milestones)"\s*:/u);
    const region = stop > 0 ? after.slice(0, stop) : after;
    const ids = (region.match(/"id"\s*:\s*"/gu) ?? []).length;
    if (ids) out.lots = { divided: ids >= 2, count: ids >= 2 ? ids : null, evidence: scan.evidence(block, lotsAt, lotsAt + 9) };
  }
  const criteria: AwardCriterion[] = [];
  const seen = new Set<string>();
  OCDS_CRITERION.lastIndex = 0;
  for (let m = OCDS_CRITERION.exec(text); m; m = OCDS_CRITERION.exec(text)) {
    const key = `${m[1]}|${m[2]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const c: AwardCriterion = { name: m[2]!, isPrice: m[1] !== 'quality', isLifeCycleCost: false, evidence: ev(m) };
    if (m[3]) {
      c.weight = Number(m[3]);
      c.unit = 'percent';
    }
    criteria.push(c);
  }
  if (criteria.length && !out.award) out.award = [{ lot: null, criteria, priceOnly: criteria.every((c) => c.isPrice), evidence: criteria[0]!.evidence }];
}
