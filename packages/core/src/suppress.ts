import type { Position, SuppressionDirective, TenderDocument } from './document.js';
import type { Finding } from './finding.js';
import type { Lang } from './document.js';

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.column <= b.column);

const texts = {
  reason: {
    nl: 'Deze uitschakeling van {rules} vermeldt geen reden. Schrijf na "--" waarom de bevinding hier niet geldt, zodat een lezer de keuze kan volgen.',
    fr: 'Cette désactivation de {rules} ne donne pas de raison. Écrivez après « -- » pourquoi le constat ne s\'applique pas ici.',
    en: 'This suppression of {rules} gives no reason. Write after "--" why the finding does not apply here.',
  },
  unused: {
    nl: 'Deze uitschakeling van {rules} onderdrukt geen enkele bevinding. Verwijder ze, zodat ze later geen echte bevinding verbergt.',
    fr: 'Cette désactivation de {rules} ne supprime aucun constat. Supprimez-la pour qu\'elle ne masque pas un vrai constat plus tard.',
    en: 'This suppression of {rules} suppresses no finding. Remove it so that it does not hide a real finding later.',
  },
};

function directiveFinding(d: SuppressionDirective, kind: 'reason' | 'unused', lang: Lang): Finding {
  const rules = d.rules.length ? d.rules.join(', ') : 'alle regels';
  return {
    ruleId: kind === 'reason' ? 'internal/suppression-reason' : 'internal/unused-suppression',
    messageId: kind,
    severity: 'warning',
    message: texts[kind][lang].replace('{rules}', rules),
    principle: [],
    legal: '',
    blockId: -1,
    start: 0,
    end: 0,
    line: d.at.start.line,
    column: d.at.start.column,
    endLine: d.at.end.line,
    endColumn: d.at.end.column,
  };
}

/**
 * Marks findings covered by a directive as suppressed, and reports directives without a reason
 * and directives that suppress nothing.
 */
export function applySuppressions(document: TenderDocument, findings: Finding[], lang: Lang): Finding[] {
  const extra: Finding[] = [];
  for (const d of document.directives) {
    let used = false;
    for (const f of findings) {
      if (d.rules.length && !d.rules.includes(f.ruleId)) continue;
      const at = { line: f.line, column: f.column };
      if (d.kind !== 'file' && !(before(d.covers.start, at) && before(at, d.covers.end))) continue;
      (f.suppressions ??= []).push({ kind: 'inSource', justification: d.reason });
      used = true;
    }
    if (!d.reason) extra.push(directiveFinding(d, 'reason', lang));
    if (!used) extra.push(directiveFinding(d, 'unused', lang));
  }
  return [...findings, ...extra];
}
