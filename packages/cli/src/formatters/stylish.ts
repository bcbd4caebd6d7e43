import { relative } from 'node:path';
import type { Formatter } from './types.js';

const paint = (on: boolean, code: number, s: string) => (on ? `\u001b[${code}m${s}\u001b[39m` : s);
const dim = (on: boolean, s: string) => (on ? `\u001b[2m${s}\u001b[22m` : s);
const bold = (on: boolean, s: string) => (on ? `\u001b[1m${s}\u001b[22m` : s);

const label: Record<string, [string, number]> = { error: ['fout', 31], warning: ['waarschuwing', 33], info: ['info', 36] };

/** Human-readable output grouped by file, like ESLint's stylish. */
export const stylish: Formatter = (results, ctx) => {
  const lines: string[] = [];
  const totals = { error: 0, warning: 0, info: 0 };
  for (const r of results) {
    const shown = r.findings.filter((f) => ctx.showSuppressed || !f.suppressions?.length);
    if (!shown.length) continue;
    lines.push('', bold(ctx.color, relative(ctx.cwd, r.filePath) || r.filePath));
    for (const f of shown) {
      totals[f.severity]++;
      const [word, code] = label[f.severity]!;
      const where = `${f.line}:${f.column}`.padEnd(8);
      const basis = [f.principle.length ? `plan ${f.principle.join(', ')}` : '', f.legal].filter(Boolean).join('; ');
      lines.push(`  ${dim(ctx.color, where)} ${paint(ctx.color, code, word.padEnd(12))} ${f.message}  ${dim(ctx.color, f.ruleId)}`);
      if (basis) lines.push(`  ${' '.repeat(8)} ${' '.repeat(12)} ${dim(ctx.color, basis)}`);
      if (f.suggestion) lines.push(`  ${' '.repeat(8)} ${' '.repeat(12)} ${dim(ctx.color, `voorstel: ${f.suggestion.text}`)}`);
    }
  }
  const total = totals.error + totals.warning + totals.info;
  if (total) {
    lines.push('', bold(ctx.color, `✖ ${total} bevinding${total === 1 ? '' : 'en'} (${totals.error} fouten, ${totals.warning} waarschuwingen, ${totals.info} info)`), '');
  }
  return lines.join('\n');
};
