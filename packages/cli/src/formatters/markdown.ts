import type { Finding, Severity } from '@tenderlint/core';
import { active, countBySeverity, displayPath, packOf, SEVERITIES } from './shared.js';
import type { Formatter } from './types.js';

const icon: Record<Severity, string> = { error: '🔴', warning: '🟠', info: '🔵' };
const word: Record<Severity, [string, string]> = { error: ['fout', 'fouten'], warning: ['waarschuwing', 'waarschuwingen'], info: ['info', 'info'] };
/** GitHub refuses comments over 65,536 characters; stop listing well before that. */
const MAX_CHARS = 60_000;

// Table cells: no line breaks, no pipes that would split the cell.
const cell = (s: string) => s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

function plural(n: number, s: Severity): string {
  return `${n} ${word[s][n === 1 ? 0 : 1]}`;
}

/** A summary for a pull-request comment: totals, a table by pack, then the findings per file. */
export const markdown: Formatter = (results, ctx) => {
  const all: Finding[] = results.flatMap(active);
  const totals = countBySeverity(all);
  const failed = results.filter((r) => r.error);
  const out: string[] = ['## tenderlint', ''];
  if (!all.length && !failed.length) {
    out.push(`✅ Geen bevindingen in ${results.length} ${results.length === 1 ? 'bestek' : 'bestekken'}.`, '');
    return out.join('\n');
  }
  out.push(
    `${results.length} ${results.length === 1 ? 'bestek' : 'bestekken'} nagekeken: ${SEVERITIES.map((s) => `${icon[s]} ${plural(totals[s], s)}`).join(', ')}` +
      (failed.length ? `, ⚠️ ${failed.length} niet te lezen` : '') +
      '.',
    '',
  );
  const byPack = new Map<string, Record<Severity, number>>();
  for (const f of all) {
    const pack = packOf(f.ruleId, ctx.rules);
    const row = byPack.get(pack) ?? { error: 0, warning: 0, info: 0 };
    row[f.severity]++;
    byPack.set(pack, row);
  }
  if (byPack.size) {
    out.push('| thema | fouten | waarschuwingen | info |', '|---|---:|---:|---:|');
    for (const [pack, row] of [...byPack].sort((a, b) => (a[0] < b[0] ? -1 : 1))) out.push(`| ${cell(pack)} | ${row.error} | ${row.warning} | ${row.info} |`);
    out.push('');
  }
  for (const r of failed) out.push(`⚠️ \`${cell(displayPath(r.filePath, ctx.cwd))}\`: ${cell(r.error!)}`, '');
  let length = out.join('\n').length;
  let left = 0;
  for (const r of results) {
    const findings = active(r);
    if (!findings.length) continue;
    const counts = countBySeverity(findings);
    const head = [
      '<details>',
      `<summary><code>${displayPath(r.filePath, ctx.cwd).replace(/[<>&]/g, '')}</code>: ${SEVERITIES.filter((s) => counts[s]).map((s) => `${icon[s]} ${counts[s]}`).join(' ')}</summary>`,
      '',
      '| plaats | | regel | bevinding |',
      '|---|---|---|---|',
    ];
    const rows: string[] = [];
    for (const f of findings) {
      const docs = ctx.rules.get(f.ruleId)?.meta.docsUrl ?? f.docsUrl;
      const rule = docs ? `[\`${f.ruleId}\`](${docs})` : `\`${f.ruleId}\``;
      const basis = [f.principle.length ? `plan ${f.principle.join(', ')}` : '', f.legal].filter(Boolean).join('; ');
      const row = `| ${f.line}:${f.column} | ${icon[f.severity]} | ${rule} | ${cell(f.message)}${basis ? ` <sub>${cell(basis)}</sub>` : ''} |`;
      if (length + row.length + 200 > MAX_CHARS) {
        left++;
        continue;
      }
      rows.push(row);
      length += row.length + 1;
    }
    if (!rows.length) continue;
    out.push(...head, ...rows, '', '</details>', '');
    length += head.join('\n').length + 20;
  }
  if (left) out.push(`… en nog ${left} ${left === 1 ? 'bevinding' : 'bevindingen'}: zie het volledige verslag (SARIF of HTML) van deze run.`, '');
  return out.join('\n');
};
