import type { Lang, TenderDocument } from './document.js';
import type { Finding, Severity } from './finding.js';
import { lint } from './lint.js';
import type { Rule } from './rule.js';

export interface ValidCase {
  text: string;
  name?: string;
  lang?: Lang;
  options?: Record<string, unknown>;
}

export interface ExpectedFinding {
  messageId?: string;
  message?: string | RegExp;
  severity?: Severity;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The exact text the finding points at. */
  text?: string;
  suggestion?: string | RegExp;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export interface RuleTesterOptions {
  /** Turns a case's text into a document (e.g. readMarkdown from @tenderlint/markdown). */
  read: (text: string) => TenderDocument;
  /** Other rules' packs needed for facts are not needed: facts come from core. */
}

type TestFn = (name: string, fn: () => void) => void;

/**
 * Runs a rule over `valid` texts (no finding of the rule) and `invalid` texts (exactly the
 * findings listed), like ESLint's RuleTester. The rule's docs examples run too, so the docs page
 * and the tests cannot drift apart. Uses the test runner's global `describe` and `it`.
 */
export class RuleTester {
  constructor(private readonly options: RuleTesterOptions) {}

  /** Lints one text with only this rule on; returns the rule's findings (and rule errors). */
  findings(rule: Rule, c: ValidCase): { findings: Finding[]; document: TenderDocument } {
    const document = this.options.read(c.text);
    const id = rule.meta.id;
    const result = lint(document, {
      packs: [{ name: rule.meta.pack, rules: [rule] }],
      rules: { [id]: c.options ? [rule.meta.severity, c.options] : rule.meta.severity },
      language: c.lang ?? 'auto',
    });
    return { findings: result.findings.filter((f) => f.ruleId === id || f.ruleId === 'internal/rule-error'), document };
  }

  run(rule: Rule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
    const g = globalThis as unknown as { describe?: (n: string, f: () => void) => void; it?: TestFn };
    if (!g.describe || !g.it) throw new Error('RuleTester needs the test runner globals describe and it (vitest: globals: true)');
    const { describe, it } = g as { describe: (n: string, f: () => void) => void; it: TestFn };
    const examples = rule.meta.docs.examples ?? { valid: [], invalid: [] };
    const valid: ValidCase[] = [...examples.valid.map((e) => ({ text: e.text, lang: e.lang, name: `docs: ${e.text}` })), ...cases.valid.map((c) => (typeof c === 'string' ? { text: c } : c))];
    const invalid: InvalidCase[] = [
      ...examples.invalid.map((e) => ({ text: e.text, lang: e.lang, name: `docs: ${e.text}`, errors: [{ messageId: e.messageId }] })),
      ...cases.invalid,
    ];
    describe(rule.meta.id, () => {
      describe('valid', () => {
        for (const c of valid) {
          it(c.name ?? c.text.slice(0, 100), () => {
            const { findings } = this.findings(rule, c);
            if (findings.length) {
              throw new Error(`expected no finding, got ${findings.length}:\n${findings.map((f) => `  ${f.line}:${f.column} ${f.messageId}: ${f.message}`).join('\n')}`);
            }
          });
        }
      });
      describe('invalid', () => {
        for (const c of invalid) {
          it(c.name ?? c.text.slice(0, 100), () => {
            const { findings, document } = this.findings(rule, c);
            if (findings.length !== c.errors.length) {
              throw new Error(`expected ${c.errors.length} finding(s), got ${findings.length}:\n${findings.map((f) => `  ${f.line}:${f.column} ${f.messageId}: ${f.message}`).join('\n')}`);
            }
            c.errors.forEach((want, i) => checkFinding(findings[i]!, want, i, document));
          });
        }
      });
    });
  }
}

function checkFinding(got: Finding, want: ExpectedFinding, i: number, document: TenderDocument): void {
  const fail = (what: string, expected: unknown, actual: unknown) => {
    throw new Error(`finding ${i + 1}: expected ${what} ${JSON.stringify(expected)}, got ${JSON.stringify(actual)} (${got.messageId}: ${got.message})`);
  };
  if (got.ruleId === 'internal/rule-error') fail('a finding of the rule, not a rule error', want.messageId, got.message);
  if (want.messageId !== undefined && got.messageId !== want.messageId) fail('messageId', want.messageId, got.messageId);
  if (want.severity !== undefined && got.severity !== want.severity) fail('severity', want.severity, got.severity);
  for (const k of ['line', 'column', 'endLine', 'endColumn'] as const) {
    if (want[k] !== undefined && got[k] !== want[k]) fail(k, want[k], got[k]);
  }
  if (want.message !== undefined) {
    const ok = typeof want.message === 'string' ? got.message === want.message : want.message.test(got.message);
    if (!ok) fail('message', String(want.message), got.message);
  }
  if (want.text !== undefined) {
    const block = document.blocks[got.blockId];
    const text = block ? block.text.slice(got.start, got.end) : '';
    if (text !== want.text) fail('text', want.text, text);
  }
  if (want.suggestion !== undefined) {
    const s = got.suggestion?.text ?? '';
    const ok = typeof want.suggestion === 'string' ? s === want.suggestion : want.suggestion.test(s);
    if (!ok) fail('suggestion', String(want.suggestion), s);
  }
}
