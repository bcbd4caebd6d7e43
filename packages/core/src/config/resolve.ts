import type { Lang } from '../document.js';
import { didYouMean, TenderlintError } from '../errors.js';
import type { Severity, SeveritySetting } from '../finding.js';
import type { Rule, RulePack } from '../rule.js';
import { compileSchema, describeSchemaError } from '../schema/validate.js';
import type { Config, RuleSetting } from './types.js';

export interface ResolvedRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  /** Every rule known from the packs, by id. */
  known: Map<string, Rule>;
  /** The rules turned on, in id order. */
  enabled: ResolvedRule[];
  language: Lang | 'auto';
  ruleTimeBudgetMs: number;
}

function normalizeSetting(setting: RuleSetting): { severity: SeveritySetting; options?: Record<string, unknown> } {
  if (Array.isArray(setting)) return { severity: setting[0], options: setting[1] };
  return { severity: setting };
}

/** Flattens `extends` (earlier first, the config itself last), checks rule ids and options. */
export function resolveConfig(config: Config, source?: string): ResolvedConfig {
  const packs: RulePack[] = [];
  const settings = new Map<string, { severity: SeveritySetting; options?: Record<string, unknown> }>();
  let language: Lang | 'auto' = 'auto';
  // Generous: a rule cannot be interrupted, and a loaded machine must not turn slow-but-correct rules into errors.
  let budget = 20_000;
  const visit = (c: Config) => {
    for (const parent of c.extends ?? []) visit(parent);
    for (const p of c.packs ?? []) if (!packs.includes(p)) packs.push(p);
    for (const [id, s] of Object.entries(c.rules ?? {})) {
      const next = normalizeSetting(s);
      const prev = settings.get(id);
      settings.set(id, { severity: next.severity, options: next.options ?? prev?.options });
    }
    if (c.language) language = c.language;
    if (c.ruleTimeBudgetMs) budget = c.ruleTimeBudgetMs;
  };
  visit(config);

  const known = new Map<string, Rule>();
  for (const pack of packs) for (const rule of pack.rules) known.set(rule.meta.id, rule);

  const enabled: ResolvedRule[] = [];
  for (const [id, s] of [...settings].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const rule = known.get(id);
    if (!rule) {
      const hint = didYouMean(id, known.keys());
      throw new TenderlintError(`unknown rule "${id}"${hint.length ? ` (did you mean ${hint.map((h) => `"${h}"`).join(' or ')}?)` : ''}`, { file: source, code: 'config' });
    }
    if (s.severity === 'off') continue;
    const options = { ...(rule.meta.defaultOptions ?? {}), ...(s.options ?? {}) };
    if (rule.meta.optionsSchema) {
      const validate = compileSchema(rule.meta.optionsSchema);
      if (!validate(options)) {
        throw new TenderlintError(`invalid options for rule "${id}": ${describeSchemaError(validate.errors ?? [])}`, { file: source, code: 'config' });
      }
    } else if (s.options && Object.keys(s.options).length) {
      throw new TenderlintError(`rule "${id}" takes no options`, { file: source, code: 'config' });
    }
    enabled.push({ rule, severity: s.severity, options });
  }
  return { known, enabled, language, ruleTimeBudgetMs: budget };
}
