import type { Facts, PublicFacts } from './types.js';

/** The public JSON of `tenderlint facts` (eval-format.md): plain values, null where the document does not say. */
export function toPublicFacts(facts: Facts): PublicFacts {
  const firstTurnover = facts.selection.turnover[0];
  const firstRefs = facts.selection.references[0];
  const firstAccr = facts.accreditation[0];
  const groups = facts.award;
  return {
    language: facts.language,
    estimatedValue: facts.estimatedValue
      ? { amount: facts.estimatedValue.value.amount, currency: facts.estimatedValue.value.currency, vatIncluded: facts.estimatedValue.value.vatIncluded }
      : null,
    contractType: facts.contractType?.value ?? null,
    framework: facts.framework,
    cpv: facts.cpv.map((c) => c.value),
    procedure: facts.procedure?.value ?? null,
    lots: { divided: facts.lots.divided, count: facts.lots.count, values: facts.lots.lots.map((l) => l.value?.amount ?? null) },
    selection: {
      turnover: firstTurnover ? { amount: firstTurnover.amount ?? null, lot: firstTurnover.lot } : null,
      references: firstRefs ? { count: firstRefs.count ?? null, years: firstRefs.years ?? null } : null,
      certificates: [...new Set(facts.selection.certificates.map((c) => c.name))],
    },
    accreditation: firstAccr ? { category: firstAccr.category ?? null, class: firstAccr.class ?? null } : null,
    paymentTermDays: facts.paymentTerms.length ? Math.max(...facts.paymentTerms.map((p) => p.days)) : null,
    variants: facts.variants?.value ?? null,
    award: {
      priceOnly: groups.length ? groups.every((g) => g.priceOnly) : null,
      criteria: groups.flatMap((g) => g.criteria.map((c) => ({ name: c.name, weight: c.weight ?? null, unit: c.unit ?? null, lot: g.lot }))),
    },
    publicationDate: facts.publicationDate[0]?.value ?? null,
    deadline: facts.deadline[0]?.value ?? null,
    segments: [...new Set(facts.segments.map((s) => s.value))],
  };
}
