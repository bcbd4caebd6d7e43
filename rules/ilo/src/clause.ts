import type { Block, RuleContext, TenderDocument } from '@tenderlint/core';
import { CLAUSE_PREFILTER, ILO_ACRONYM, ILO_CUE, LABOUR_ABUSE_CUE, OIT_CONTEXT, OIT_CUE, REQUIREMENT_CUE } from './data/clause-cues.js';

/** The ILO clause of a document: every block that names it, and the blocks of the sections it stands in. */
export interface IloClause {
  /** The paragraph that states the clause (a finding about the clause points here). */
  main: Block;
  /** The blocks that name the ILO, its core standards or the ethical clause. */
  cueBlocks: Block[];
  /** The cue blocks with the other blocks of their sections, in document order. */
  blocks: Block[];
}

/** At most this many blocks after a clause's heading or paragraph belong to the clause. */
const MAX_SECTION_BLOCKS = 12;

export function namesIlo(context: RuleContext, block: Block): boolean {
  if (!CLAUSE_PREFILTER.test(block.text)) return false;
  if (ILO_ACRONYM.test(block.text) || ILO_CUE.test(block.text)) return true;
  if (!OIT_CUE.test(block.text)) return false;
  return context.sentences(block).some((s) => OIT_CUE.test(s.text) && OIT_CONTEXT.test(s.text.replace(OIT_CUE, '')));
}

// The four ILO rules read the same clause: find it once per document.
const cache = new WeakMap<TenderDocument, IloClause | null>();

export function findIloClause(context: RuleContext): IloClause | null {
  const cached = cache.get(context.document);
  if (cached !== undefined) return cached;
  const clause = readIloClause(context);
  cache.set(context.document, clause);
  return clause;
}

/** A ban on forced or child labour anywhere in the document (no ILO named). */
export function bansLabourAbuse(context: RuleContext): boolean {
  return context.document.blocks.some((b) => CLAUSE_PREFILTER.test(b.text) && LABOUR_ABUSE_CUE.test(b.text));
}

function readIloClause(context: RuleContext): IloClause | null {
  const blocks = context.document.blocks;
  const cueBlocks = blocks.filter((b) => namesIlo(context, b));
  if (!cueBlocks.length) return null;
  const bySection = new Map<number, Block[]>();
  for (const b of blocks) {
    if (b.headingId < 0) continue;
    const list = bySection.get(b.headingId);
    if (list) list.push(b);
    else bySection.set(b.headingId, [b]);
  }
  const ids = new Set<number>();
  for (const cue of cueBlocks) {
    ids.add(cue.id);
    if (cue.kind === 'heading') {
      // The clause's own article: everything under its heading.
      const section = bySection.get(cue.id) ?? [];
      for (const b of section.slice(0, MAX_SECTION_BLOCKS)) ids.add(b.id);
      continue;
    }
    // A clause inside a wider section: the paragraph and what continues it (the next paragraph, a list or table of conventions).
    for (let id = cue.id + 1; id < blocks.length && id <= cue.id + MAX_SECTION_BLOCKS; id++) {
      const b = blocks[id]!;
      if (b.kind === 'heading' || b.headingId !== cue.headingId) break;
      if (b.kind !== 'list-item' && b.kind !== 'table-cell' && id > cue.id + 1) break;
      ids.add(id);
    }
  }
  const grouped = [...ids].sort((a, b) => a - b).map((id) => blocks[id]!);
  if (!grouped.some((b) => b.kind !== 'heading' && REQUIREMENT_CUE.test(b.text))) return null;
  const main =
    cueBlocks.find((b) => b.kind !== 'heading') ?? grouped.find((b) => b.kind !== 'heading' && b.id > cueBlocks[0]!.id) ?? cueBlocks[0]!;
  return { main, cueBlocks, blocks: grouped };
}

/** The sentence of a block that best carries the clause: the first that names the ILO, else the first. */
export function clauseSentence(context: RuleContext, block: Block): { start: number; end: number } {
  const sentences = context.sentences(block);
  const s = sentences.find((x) => ILO_ACRONYM.test(x.text) || ILO_CUE.test(x.text) || OIT_CUE.test(x.text)) ?? sentences[0];
  return s ? { start: s.start, end: s.end } : { start: 0, end: block.text.length };
}
