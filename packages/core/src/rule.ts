import type { Block, Lang, TenderDocument } from './document.js';
import type { Facts, SectionKind } from './facts/types.js';
import type { Severity, Suggestion } from './finding.js';
import type { Sentence } from './text/sentences.js';

/** A message in the three languages; `{name}` placeholders are filled from the report's data. */
export interface Messages {
  nl: string;
  fr: string;
  en: string;
}

export interface RuleExample {
  /** The text, Markdown. */
  text: string;
  lang?: Lang;
  /** For examples that must be flagged: the message id expected. */
  messageId?: string;
  /** Why this example is (not) flagged, for the docs page. */
  note?: string;
}

export interface RuleDocs {
  /** One line: what the rule checks. */
  description: string;
  /** Why it matters: the plan's principle and the law behind it. */
  rationale: string;
  /** How to fix a finding. */
  howToFix: string;
  /** Examples shown on the docs page and run as tests. */
  examples?: { valid: RuleExample[]; invalid: RuleExample[] };
}

export interface RuleMeta {
  /** 'pack/rule', public and stable. */
  id: string;
  pack: string;
  /** Plan sections, e.g. ['2.1', '2.3']. */
  principle: string[];
  legal: string;
  severity: Severity;
  /** JSON Schema of the rule's options (an object). */
  optionsSchema?: object;
  defaultOptions?: Record<string, unknown>;
  messages: Record<string, Messages>;
  /** Suggested wording by message id, in three languages. */
  suggestions?: Record<string, Messages>;
  docs: RuleDocs;
  /** Where the docs page lives; filled in by the pack when omitted. */
  docsUrl?: string;
  /** 'code' or 'json'. */
  kind?: 'code' | 'json';
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  /** The block (or its id) the finding is in; omitted for document-level findings. */
  block?: Block | number;
  /** Character range in the block's text; the whole block when omitted. */
  start?: number;
  end?: number;
  /** Overrides the configured severity (e.g. a rule with error/warning levels). */
  severity?: Severity;
  /** Suggested wording: a message id of meta.suggestions, or literal text. */
  suggestion?: { messageId: string; data?: Record<string, string | number>; replace?: boolean } | Suggestion;
  missing?: boolean;
}

export interface RuleContext {
  readonly document: TenderDocument;
  readonly facts: Facts;
  readonly language: Lang;
  readonly options: Record<string, unknown>;
  readonly severity: Severity;
  /** The sentences of a block, with offsets into its text (cached). */
  sentences(block: Block): Sentence[];
  /** Blocks classified into one of these section kinds (all blocks when none is given). */
  blocksIn(...kinds: SectionKind[]): Block[];
  /**
   * Where a finding about something missing belongs: the heading of the first of these sections
   * that exists, else the block naming the subject, else the first block.
   */
  anchorFor(...kinds: SectionKind[]): Block | undefined;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** A package of rules, code and declarative side by side. */
export interface RulePack {
  name: string;
  rules: Rule[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

const DOCS_BASE = 'https://github.com/tenderlint/tenderlint/blob/main/docs/rules';

/** Builds a pack, giving each rule its pack name check and a docs url when it has none. */
export function definePack(name: string, rules: Rule[]): RulePack {
  for (const rule of rules) {
    if (rule.meta.pack !== name) throw new Error(`rule ${rule.meta.id} says pack "${rule.meta.pack}" but is in pack "${name}"`);
    rule.meta.docsUrl ??= `${DOCS_BASE}/${rule.meta.id}.md`;
  }
  return { name, rules };
}
