import { createContext, type SharedState } from './context.js';
import type { Lang, TenderDocument } from './document.js';
import { extractFacts } from './facts/extract.js';
import type { Facts } from './facts/types.js';
import { compareFindings, type Finding } from './finding.js';
import { resolveConfig, type ResolvedConfig } from './config/resolve.js';
import type { Config } from './config/types.js';
import { applySuppressions } from './suppress.js';
import { detectLanguage } from './text/language.js';

export interface LintOptions {
  /** Measure each rule's time (ms) into `LintResult.timing`. */
  timing?: boolean;
  /** A clock for timing; defaults to performance.now. */
  now?: () => number;
}

export interface LintResult {
  findings: Finding[];
  facts: Facts;
  /** The language of the messages. */
  language: Lang;
  /** Milliseconds per rule id, when asked; 'facts' is the extraction. */
  timing?: Record<string, number>;
}

// In Node the first performance.now() loads perf_hooks, more than half a millisecond of a one-file
// lint; process.hrtime is there from the start. Elsewhere (the playground) performance.now().
const nodeProcess = (globalThis as { process?: { hrtime?: { bigint?: () => bigint } } }).process;
const defaultNow = nodeProcess?.hrtime?.bigint ? () => Number(nodeProcess.hrtime!.bigint!()) / 1e6 : () => performance.now();

const ruleErrorText: Record<Lang, string> = {
  nl: 'De regel {rule} kon dit document niet controleren ({reason}). De andere regels zijn wel uitgevoerd; meld dit aan wie de regel onderhoudt.',
  fr: 'La règle {rule} n\'a pas pu contrôler ce document ({reason}). Les autres règles ont été exécutées ; signalez-le au responsable de la règle.',
  en: 'Rule {rule} could not check this document ({reason}). The other rules ran; report this to whoever maintains the rule.',
};

function ruleError(ruleId: string, reason: string, lang: Lang): Finding {
  return {
    ruleId: 'internal/rule-error',
    messageId: 'ruleError',
    severity: 'error',
    message: ruleErrorText[lang].replace('{rule}', ruleId).replace('{reason}', reason),
    principle: [],
    legal: '',
    blockId: -1,
    start: 0,
    end: 0,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  };
}

/**
 * Lints a document: extracts the facts, runs every enabled rule, applies inline suppressions and
 * sorts the findings stably. Pure: no I/O. A rule that throws or overruns its time budget becomes
 * one `internal/rule-error` finding and the other rules still run.
 */
export function lint(document: TenderDocument, config: Config | ResolvedConfig, options: LintOptions = {}): LintResult {
  const resolved = 'enabled' in config ? config : resolveConfig(config);
  const now = options.now ?? defaultNow;
  const timing: Record<string, number> | undefined = options.timing ? {} : undefined;

  let t0 = now();
  const facts = extractFacts(document);
  if (timing) timing['facts'] = now() - t0;
  const language: Lang =
    resolved.language === 'auto' ? facts.language ?? detectLanguage(document.blocks.map((b) => b.text).join('\n')) : resolved.language;

  const shared: SharedState = { document, facts, language, sentenceCache: new Map() };
  const findings: Finding[] = [];
  for (const { rule, severity, options: ruleOptions } of resolved.enabled) {
    const own: Finding[] = [];
    const context = createContext(shared, rule, severity, ruleOptions, own);
    t0 = now();
    let failure: string | undefined;
    try {
      rule.check(context);
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    const elapsed = now() - t0;
    if (timing) timing[rule.meta.id] = (timing[rule.meta.id] ?? 0) + elapsed;
    if (failure === undefined && elapsed > resolved.ruleTimeBudgetMs) {
      failure = `took ${Math.round(elapsed)} ms, more than the budget of ${resolved.ruleTimeBudgetMs} ms`;
    }
    if (failure !== undefined) findings.push(ruleError(rule.meta.id, failure, language));
    else findings.push(...own);
  }
  const all = applySuppressions(document, findings, language).sort(compareFindings);
  return { findings: all, facts, language, ...(timing ? { timing } : {}) };
}
