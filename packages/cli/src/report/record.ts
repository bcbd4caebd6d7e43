import { BELGIAN_TRIGGERS, type Facts, type Finding } from '@tenderlint/core';

/** The answer for one document to one monitoring question. */
export type Answer = 'yes' | 'no' | 'not-applicable' | 'unknown';

/** The monitoring figures of one document (docs/monitoring.md says how each is computed). */
export interface MonitorRecord {
  dividedIntoLots: Answer;
  socialClause: Answer;
  iloClause: Answer;
  environmentalCriteria: Answer;
  eInvoicing: Answer;
  priceOnly: Answer;
  lifeCycleCost: Answer;
  variantsAllowed: Answer;
  /** Findings by rule id (suppressed findings left out). */
  findingsByRule: Record<string, number>;
}

export const FIGURES = [
  'dividedIntoLots',
  'socialClause',
  'iloClause',
  'environmentalCriteria',
  'eInvoicing',
  'priceOnly',
  'lifeCycleCost',
  'variantsAllowed',
] as const;
export type Figure = (typeof FIGURES)[number];

/**
 * A figure read from whether a rule fired: 'yes' when the rule ran where it applies and did not fire,
 * 'no' when it fired, 'unknown' when the rule was not enabled (its silence then proves nothing).
 */
function fromRule(applies: boolean, ruleId: string, fired: Set<string>, enabled: Set<string>): Answer {
  if (!applies) return 'not-applicable';
  if (!enabled.has(ruleId)) return 'unknown';
  return fired.has(ruleId) ? 'no' : 'yes';
}

/** `enabledRules`: the ids of the rules that ran, or [id, options] pairs (the social triggers follow the rule's options). */
export function monitorRecord(facts: Facts, findings: Finding[], enabledRules: Iterable<string | [string, Record<string, unknown>]>): MonitorRecord {
  const options = new Map<string, Record<string, unknown>>();
  for (const r of enabledRules) options.set(typeof r === 'string' ? r : r[0], typeof r === 'string' ? {} : r[1]);
  const enabled = new Set(options.keys());
  const social = options.get('social/social-clause') ?? {};
  const servicesFrom = typeof social.servicesFrom === 'number' ? social.servicesFrom : BELGIAN_TRIGGERS.socialClauseServices;
  const worksFrom = typeof social.worksFrom === 'number' ? social.worksFrom : BELGIAN_TRIGGERS.socialClauseWorks;
  const active = findings.filter((f) => !f.suppressions?.length);
  // A suppressed finding still means the clause is not there: the author chose not to add it.
  const fired = new Set(findings.map((f) => f.ruleId));
  const findingsByRule: Record<string, number> = {};
  for (const f of active) findingsByRule[f.ruleId] = (findingsByRule[f.ruleId] ?? 0) + 1;

  const value = facts.estimatedValue?.value.amount ?? null;
  const type = facts.contractType?.value ?? null;
  // The same triggers as the rules themselves (core data/thresholds.ts), so "applies" means "the plan asks for it here".
  const socialApplies = value !== null && ((type === 'services' && value >= servicesFrom) || (type === 'works' && value >= worksFrom));
  const criteria = facts.award.flatMap((g) => g.criteria);

  return {
    dividedIntoLots: facts.lots.divided === null ? 'unknown' : facts.lots.divided ? 'yes' : 'no',
    socialClause: fromRule(socialApplies, 'social/social-clause', fired, enabled),
    iloClause: fromRule(facts.segments.length > 0, 'ilo/high-risk-clause', fired, enabled),
    environmentalCriteria: fromRule(value === null || value >= BELGIAN_TRIGGERS.sustainability, 'sustainability/criteria-present', fired, enabled),
    eInvoicing: fromRule(value === null || value > BELGIAN_TRIGGERS.eInvoicing, 'e-procurement/e-invoicing', fired, enabled),
    priceOnly: facts.award.length === 0 ? 'unknown' : facts.award.some((g) => g.priceOnly) ? 'yes' : 'no',
    lifeCycleCost: criteria.length === 0 ? 'unknown' : criteria.some((c) => c.isLifeCycleCost) ? 'yes' : 'no',
    // Silence means no variants (Wet 17 juni 2016 art. 56: variants only when the documents allow or require them).
    variantsAllowed: facts.variants?.value === 'allowed' || facts.variants?.value === 'required' ? 'yes' : 'no',
    findingsByRule,
  };
}
