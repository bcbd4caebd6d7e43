import { relative } from 'node:path';
import { positionAt, type Evidence, type Facts, type TenderDocument } from '@tenderlint/core';

/** Facts for people: each fact with its value and where it was read. */
export function formatFactsText(file: string, document: TenderDocument, facts: Facts, cwd: string): string {
  const unit = document.format === 'docx' ? 'paragraaf' : 'regel';
  const where = (e: Evidence | undefined) => {
    const block = e ? document.blocks[e.blockId] : undefined;
    if (!e || !block) return '';
    const p = positionAt(block, e.start);
    return `  (${unit} ${p.line}: "${e.raw.length > 70 ? e.raw.slice(0, 67) + '...' : e.raw}")`;
  };
  const lines = [relative(cwd, file) || file];
  const row = (name: string, value: unknown, e?: Evidence) => lines.push(`  ${name.padEnd(22)} ${value === null || value === undefined ? '-' : String(value)}${where(e)}`);
  row('taal', facts.language);
  row('geraamde waarde', facts.estimatedValue ? `${facts.estimatedValue.value.amount} ${facts.estimatedValue.value.currency}` : null, facts.estimatedValue?.evidence);
  for (const v of facts.values) if (v !== facts.estimatedValue) row(`  waarde (${v.scope === 'lot' ? `perceel ${v.lot}` : v.scope === 'total' ? 'totaal' : v.scope === 'year' ? 'per jaar' : 'ander'})`, `${v.value.amount} ${v.value.currency}${v.value.vatIncluded ? ' (omgerekend uit incl. btw)' : ''}`, v.evidence);
  row('soort opdracht', facts.contractType?.value, facts.contractType?.evidence);
  row('raamovereenkomst', facts.framework ? 'ja' : 'nee');
  row('aanbestedende overheid', facts.authorityType?.value, facts.authorityType?.evidence);
  row('procedure', facts.procedure?.value, facts.procedure?.evidence);
  for (const c of facts.cpv) row('CPV', c.value, c.evidence);
  row('percelen', facts.lots.divided === null ? null : facts.lots.divided ? `ja (${facts.lots.count ?? '?'})` : 'nee', facts.lots.notDivided ?? facts.lots.countStatements[0]?.evidence);
  if (facts.lots.notDividedReason) row('  reden niet verdeeld', 'ja', facts.lots.notDividedReason);
  if (facts.lots.mustBidAll) row('  verplicht alle percelen', 'ja', facts.lots.mustBidAll);
  if (facts.lots.mayBidAny) row('  vrije keuze percelen', 'ja', facts.lots.mayBidAny);
  for (const l of facts.lots.lots) row(`  perceel ${l.number}`, l.value ? `${l.value.amount} ${l.value.currency}` : l.title ?? '', l.evidence);
  for (const t of facts.selection.turnover) row(t.lot === null ? 'jaaromzet' : `jaaromzet perceel ${t.lot}`, `${t.amount ?? (t.multiple ? `${t.multiple} x waarde` : '?')}${t.years ? ` over ${t.years} jaar` : ''}${t.justified ? ', gemotiveerd' : ''}`, t.evidence);
  for (const r of facts.selection.references) row('referenties', `${r.count ?? '?'} over ${r.years ?? '?'} jaar`, r.evidence);
  for (const c of facts.selection.certificates) row('certificaat', `${c.name}${c.equivalentAccepted ? ' (of gelijkwaardig)' : ''}`, c.evidence);
  for (const a of facts.accreditation) row('erkenning', `${a.category ?? '?'} klasse ${a.class ?? '?'}`, a.evidence);
  for (const p of facts.paymentTerms) row('betalingstermijn', `${p.days} dagen (${p.kind}${p.justified ? ', gemotiveerd' : ''})`, p.evidence);
  for (const g of facts.award) row(g.lot === null ? 'gunning' : `gunning perceel ${g.lot}`, g.criteria.map((c) => `${c.name}${c.weight !== undefined ? ` ${c.weight}${c.unit === 'percent' ? '%' : ' ptn'}` : ''}`).join('; '), g.evidence);
  row('varianten', facts.variants?.value, facts.variants?.evidence);
  for (const d of facts.publicationDate) row('bekendmaking', d.value, d.evidence);
  for (const d of facts.deadline) row('uiterste indiening', d.value, d.evidence);
  for (const s of facts.segments) row('IAO-segment', s.value, s.evidence);
  return lines.join('\n') + '\n';
}
