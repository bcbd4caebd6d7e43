import { relative } from 'node:path';
import type { MonitoringReport } from './aggregate.js';
import { FIGURES } from './record.js';

// RFC 4180 quoting; a leading = + - @ is neutralised so spreadsheets do not run it as a formula.
function field(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per document, then a total row (shares as fractions), for spreadsheets. */
export function formatCsv(report: MonitoringReport, cwd: string): string {
  const rules = Object.keys(report.totals.findingsByRule).sort();
  const header = ['document', ...FIGURES, 'errors', 'warnings', 'infos', ...rules];
  const rows = [header.map(field).join(',')];
  for (const d of report.documents) {
    rows.push(
      [relative(cwd, d.filePath) || d.filePath, ...FIGURES.map((f) => d.figures[f]), d.findings.error, d.findings.warning, d.findings.info, ...rules.map((r) => d.findingsByRule[r] ?? 0)]
        .map(field)
        .join(','),
    );
  }
  const t = report.totals;
  rows.push(
    [`TOTAL (${t.documents} documents; figures: share yes of yes+no)`, ...FIGURES.map((f) => t.figures[f].share), t.findings.error, t.findings.warning, t.findings.info, ...rules.map((r) => t.findingsByRule[r]!.findings)]
      .map(field)
      .join(','),
  );
  return rows.join('\r\n') + '\r\n';
}
