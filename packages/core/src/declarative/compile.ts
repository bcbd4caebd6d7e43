/** Turns a validated declarative rule into the `check` of a normal Rule. */
import type { Block, TenderDocument } from '../document.js';
import type { Facts, PublicFacts, SectionKind } from '../facts/types.js';
import { toPublicFacts } from '../facts/public.js';
import { lotOfHeadings } from '../facts/lot-scope.js';
import type { RuleContext } from '../rule.js';
import { findGeneralEquivalenceClauses, type ReferenceKind } from '../text/equivalence.js';
import type { Sentence } from '../text/sentences.js';
import { evaluate, usesBlock, type BlockData } from './logic.js';
import { compilePattern, type Matcher } from './patterns.js';
import type { ConditionSpec, ExceptionSpec, ForbidSpec, JsonRuleFile, RequireSpec, Within } from './types.js';

interface Condition {
  matcher: Matcher;
  within: Within;
  chars: number;
}

type Exception = Condition | { clauseKinds: ReferenceKind[] };

interface Forbid {
  spec: ForbidSpec;
  matcher: Matcher;
  with: Condition[];
  unless: Exception[];
}

interface Require {
  spec: RequireSpec;
  matcher: Matcher;
}

export interface CompiledBody {
  check(context: RuleContext): void;
}

function condition(spec: ConditionSpec, path: string): Condition {
  return { matcher: compilePattern(spec.pattern, `${path}/pattern`), within: spec.within, chars: spec.chars ?? 40 };
}

function exception(spec: ExceptionSpec, path: string): Exception {
  return 'generalEquivalenceClause' in spec ? { clauseKinds: spec.generalEquivalenceClause } : condition(spec, path);
}

// Several declarative rules ask for the general equivalence clauses of the same document, and
// finding them reads every block: once per document is enough.
const clauseCache = new WeakMap<TenderDocument, ReturnType<typeof findGeneralEquivalenceClauses>>();

/** What one run of a rule knows about the document, computed at most once. */
class RunState {
  private publicFacts: PublicFacts | undefined;
  private clauses: ReturnType<typeof findGeneralEquivalenceClauses> | undefined;
  private sectionText = new Map<number, Block[]>();
  private documentHits = new Map<Matcher, boolean>();
  private sectionHits = new Map<Matcher, Map<number, boolean>>();

  constructor(
    readonly context: RuleContext,
    readonly document: TenderDocument,
    readonly facts: Facts,
  ) {}

  public(): PublicFacts {
    this.publicFacts ??= toPublicFacts(this.facts);
    return this.publicFacts;
  }

  clauseCovers(kinds: ReferenceKind[]): boolean {
    if (!this.clauses) {
      this.clauses = clauseCache.get(this.document) ?? findGeneralEquivalenceClauses(this.document);
      clauseCache.set(this.document, this.clauses);
    }
    return this.clauses.some((c) => kinds.some((k) => c.covers.has(k)));
  }

  inDocument(matcher: Matcher): boolean {
    let hit = this.documentHits.get(matcher);
    if (hit === undefined) {
      hit = this.document.blocks.some((b) => matcher.test(b.text));
      this.documentHits.set(matcher, hit);
    }
    return hit;
  }

  inSection(matcher: Matcher, block: Block): boolean {
    if (!this.sectionText.size) {
      for (const b of this.document.blocks) {
        const list = this.sectionText.get(b.headingId) ?? [];
        list.push(b);
        this.sectionText.set(b.headingId, list);
      }
    }
    let byHeading = this.sectionHits.get(matcher);
    if (!byHeading) this.sectionHits.set(matcher, (byHeading = new Map()));
    let hit = byHeading.get(block.headingId);
    if (hit === undefined) {
      const heading = block.headingId >= 0 ? this.document.blocks[block.headingId] : undefined;
      hit = (heading ? matcher.test(heading.text) : false) || (this.sectionText.get(block.headingId) ?? []).some((b) => matcher.test(b.text));
      byHeading.set(block.headingId, hit);
    }
    return hit;
  }

  /** The paragraph that introduces the list a list item is in ("Bij de offerte worden gevoegd:"), or ''. */
  leadIn(block: Block): string {
    let i = block.id - 1;
    while (i >= 0 && this.document.blocks[i]!.kind === 'list-item') i--;
    const lead = this.document.blocks[i];
    return lead && lead.kind === 'paragraph' && lead.headingId === block.headingId ? lead.text : '';
  }

  /** The sentence after `sentence`: in the same block, else the first of the next block (a list item after its lead-in). */
  nextSentence(block: Block, index: number): string {
    const own = this.context.sentences(block);
    if (index + 1 < own.length) return own[index + 1]!.text;
    const next = this.document.blocks[block.id + 1];
    return next && next.kind !== 'heading' ? (this.context.sentences(next)[0]?.text ?? '') : '';
  }
}

/**
 * Whether a condition holds around a match. For an exception, `subject` is the forbidden pattern:
 * a next sentence that makes a match of its own speaks about that one, not about the match at hand.
 */
function holds(c: Condition, state: RunState, block: Block, sentences: Sentence[], si: number, start: number, end: number, subject: Matcher | null): boolean {
  const text = block.text;
  switch (c.within) {
    case 'match':
      return c.matcher.test(text.slice(start, end));
    case 'around':
      return c.matcher.test(text.slice(Math.max(0, start - c.chars), Math.min(text.length, end + c.chars)));
    case 'sentence':
      return c.matcher.test(sentences[si]!.text);
    case 'sentence-or-next':
      if (c.matcher.test(sentences[si]!.text)) return true;
      const next = state.nextSentence(block, si);
      return c.matcher.test(next) && !subject?.test(next);
    case 'paragraph':
      return c.matcher.test(text) || (block.kind === 'list-item' && c.matcher.test(state.leadIn(block)));
    case 'section':
      return state.inSection(c.matcher, block);
    case 'document':
      return state.inDocument(c.matcher);
  }
}

function sentenceIndex(sentences: Sentence[], offset: number): number {
  for (let i = 0; i < sentences.length; i++) if (offset < sentences[i]!.end) return i;
  return sentences.length - 1;
}

export function compileBody(rule: JsonRuleFile): CompiledBody {
  const forbids: Forbid[] = (rule.forbid ?? []).map((spec, i) => ({
    spec,
    matcher: compilePattern(spec.pattern, `/forbid/${i}/pattern`),
    with: (spec.with ?? []).map((c, j) => condition(c, `/forbid/${i}/with/${j}`)),
    unless: (spec.unless ?? []).map((c, j) => exception(c, `/forbid/${i}/unless/${j}`)),
  }));
  const requires: Require[] = (rule.require ?? []).map((spec, i) => ({ spec, matcher: compilePattern(spec.pattern, `/require/${i}/pattern`) }));
  const exceptHeadings = rule.scope?.exceptHeadings ? compilePattern(rule.scope.exceptHeadings, '/scope/exceptHeadings') : null;
  const sections = rule.scope?.sections ? new Set<SectionKind>(rule.scope.sections) : null;
  const exceptSections = new Set<SectionKind>(rule.scope?.exceptSections ?? []);
  const blockKinds = rule.scope?.blockKinds ? new Set(rule.scope.blockKinds) : null;
  const when = rule.when;
  const perBlock = when !== undefined && usesBlock(when);

  const inScope = (block: Block, facts: Facts, underExcludedHeading: (headingId: number) => boolean): boolean => {
    const kind = facts.sections[block.id] ?? 'other';
    if (sections && !sections.has(kind)) return false;
    if (exceptSections.has(kind)) return false;
    if (blockKinds && !blockKinds.has(block.kind)) return false;
    if (exceptHeadings && underExcludedHeading(block.headingId)) return false;
    return true;
  };

  return {
    check(context) {
      const { document, facts } = context;
      const state = new RunState(context, document, facts);
      if (when !== undefined && !perBlock && !evaluate(when, facts, state.public(), null)) return;
      const blockWhen = new Map<string, boolean>();
      const whenHoldsFor = (block: Block): boolean => {
        if (!perBlock) return true;
        const data: BlockData = { section: facts.sections[block.id] ?? 'other', lot: lotOfHeadings(block) };
        const key = `${data.section}:${data.lot}`;
        let ok = blockWhen.get(key);
        if (ok === undefined) blockWhen.set(key, (ok = evaluate(when, facts, state.public(), data)));
        return ok;
      };
      // Whether a heading or one above it matches exceptHeadings, worked out once per heading.
      const excludedHeading = new Map<number, boolean>();
      const underExcludedHeading = (headingId: number): boolean => {
        if (headingId < 0 || !exceptHeadings) return false;
        let hit = excludedHeading.get(headingId);
        if (hit === undefined) {
          const heading = document.blocks[headingId]!;
          hit = exceptHeadings.test(heading.text) || underExcludedHeading(heading.headingId);
          excludedHeading.set(headingId, hit);
        }
        return hit;
      };
      const scopeBlocks = document.blocks.filter((b) => inScope(b, facts, underExcludedHeading));

      const scopeChars = scopeBlocks.reduce((n, b) => n + b.text.length, 0);
      for (const f of forbids) {
        f.matcher.expect(scopeChars);
        const reported = new Set<string>();
        for (const block of scopeBlocks) {
          // find() is empty exactly where test() is false: one scan instead of two on a block that matches.
          const found = f.matcher.find(block.text);
          if (!found.length || !whenHoldsFor(block)) continue;
          const sentences = context.sentences(block);
          for (const [start, end] of found) {
            const si = sentenceIndex(sentences, start);
            if (si < 0) continue;
            if (!f.with.every((c) => holds(c, state, block, sentences, si, start, end, null))) continue;
            if (f.unless.some((u) => ('clauseKinds' in u ? state.clauseCovers(u.clauseKinds) : holds(u, state, block, sentences, si, start, end, f.matcher)))) continue;
            const once = f.spec.once ?? 'sentence';
            const key = once === 'document' ? '' : once === 'paragraph' ? `${block.id}` : `${block.id}:${si}`;
            if (reported.has(key)) continue;
            reported.add(key);
            const sentence = sentences[si]!;
            const at = f.spec.report === 'sentence' ? [sentence.start, sentence.end] : [start, end];
            context.report({
              messageId: f.spec.messageId,
              data: { match: block.text.slice(start, end) },
              block,
              start: at[0],
              end: at[1],
              ...(f.spec.suggestion ? { suggestion: { messageId: f.spec.suggestion, data: { match: block.text.slice(start, end) } } } : {}),
            });
          }
        }
      }

      for (const r of requires) {
        const pool = r.spec.within === 'document' ? document.blocks : scopeBlocks;
        r.matcher.expect(pool.reduce((n, b) => n + b.text.length, 0));
        // A condition that depends on the block holds for a requirement when it holds for some block in the pool.
        if (perBlock && !pool.some(whenHoldsFor)) continue;
        if (pool.some((b) => r.matcher.test(b.text))) continue;
        const anchor = context.anchorFor(...(r.spec.anchor ?? []));
        context.report({
          messageId: r.spec.messageId,
          data: {},
          ...(anchor ? { block: anchor } : {}),
          missing: true,
          ...(r.spec.suggestion ? { suggestion: { messageId: r.spec.suggestion } } : {}),
        });
      }
    },
  };
}
