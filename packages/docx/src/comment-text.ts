import type { Finding, Lang } from '@tenderlint/core';

const labels: Record<Lang, { basis: string; plan: string; suggestion: string; rule: string }> = {
  nl: { basis: 'Grond', plan: 'Vlaams plan overheidsopdrachten, punt', suggestion: 'Voorstel van tekst', rule: 'Regel' },
  fr: { basis: 'Fondement', plan: 'plan flamand des marchés publics, point', suggestion: 'Proposition de texte', rule: 'Règle' },
  en: { basis: 'Basis', plan: 'Flemish public procurement plan, section', suggestion: 'Suggested wording', rule: 'Rule' },
};

/** The paragraphs of the Word comment for one finding: what is wrong, why, what to write instead, which rule. */
export function commentParagraphs(f: Finding, lang: Lang): string[] {
  const l = labels[lang];
  const out = [f.message];
  const basis = [f.principle.length ? `${l.plan} ${f.principle.join(', ')}` : '', f.legal].filter(Boolean).join('; ');
  if (basis) out.push(`${l.basis}: ${basis}`);
  if (f.suggestion?.text) out.push(`${l.suggestion}: ${f.suggestion.text}`);
  out.push(`${l.rule}: ${f.ruleId}${f.docsUrl ? ` (${f.docsUrl})` : ''}`);
  return out;
}
