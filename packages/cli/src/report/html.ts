import { relative } from 'node:path';
import type { MonitoringReport } from './aggregate.js';
import { ANSWER_LABELS, FIGURE_LABELS } from './labels.js';
import { FIGURES, type Answer } from './record.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const pct = (share: number | null) => (share === null ? '–' : `${Math.round(share * 1000) / 10} %`);
const colours: Record<Answer, string> = { yes: '#2e7d32', no: '#c62828', 'not-applicable': '#b0bec5', unknown: '#eceff1' };

/** A stacked horizontal bar (inline SVG) of the answers to one question. */
function answerBar(t: { yes: number; no: number; notApplicable: number; unknown: number }, total: number): string {
  const parts: [Answer, number][] = [
    ['yes', t.yes],
    ['no', t.no],
    ['not-applicable', t.notApplicable],
    ['unknown', t.unknown],
  ];
  let x = 0;
  const rects = parts
    .filter(([, n]) => n > 0)
    .map(([a, n]) => {
      const w = total ? (n / total) * 400 : 0;
      const r = `<rect x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="18" fill="${colours[a]}"><title>${ANSWER_LABELS[a]}: ${n}</title></rect>`;
      x += w;
      return r;
    })
    .join('');
  return `<svg class="bar" width="400" height="18" viewBox="0 0 400 18" role="img" aria-label="ja ${t.yes}, nee ${t.no}, n.v.t. ${t.notApplicable}, onbekend ${t.unknown}">${rects}</svg>`;
}

/** The monitoring report as one self-contained page with charts (no scripts, no external files). */
export function formatReportHtml(report: MonitoringReport, cwd: string): string {
  const t = report.totals;
  const figureRows = FIGURES.map((f) => {
    const ft = t.figures[f];
    return `<tr><th title="${esc(FIGURE_LABELS[f].question)}">${esc(FIGURE_LABELS[f].nl)}<div class="q">${esc(FIGURE_LABELS[f].question)}</div></th><td class="big">${pct(ft.share)}</td><td>${answerBar(ft, t.documents)}</td><td class="n">${ft.yes}</td><td class="n">${ft.no}</td><td class="n">${ft.notApplicable}</td><td class="n">${ft.unknown}</td></tr>`;
  }).join('');
  const rules = Object.entries(t.findingsByRule);
  const max = Math.max(1, ...rules.map(([, r]) => r.findings));
  const ruleChart = rules.length
    ? `<svg class="rules" width="720" height="${rules.length * 24 + 4}" role="img" aria-label="bevindingen per regel">${rules
        .map(([id, r], i) => {
          const w = (r.findings / max) * 380;
          return `<text x="0" y="${i * 24 + 16}" font-size="13">${esc(id)}</text><rect x="300" y="${i * 24 + 4}" width="${w.toFixed(1)}" height="16" fill="#23395d"></rect><text x="${(306 + w).toFixed(1)}" y="${i * 24 + 16}" font-size="12">${r.findings} in ${r.documents} doc.</text>`;
        })
        .join('')}</svg>`
    : '<p>Geen bevindingen.</p>';
  const docRows = report.documents
    .map(
      (d) =>
        `<tr><td>${esc(relative(cwd, d.filePath) || d.filePath)}</td>${FIGURES.map((f) => `<td class="a-${d.figures[f]}">${ANSWER_LABELS[d.figures[f]]}</td>`).join('')}<td class="n">${d.findings.error}</td><td class="n">${d.findings.warning}</td><td class="n">${d.findings.info}</td></tr>`,
    )
    .join('');
  const unreadable = report.unreadable.length
    ? `<div class="card"><h2>Niet te lezen (${report.unreadable.length})</h2><ul>${report.unreadable.map((u) => `<li>${esc(relative(cwd, u.filePath) || u.filePath)}: ${esc(u.error)}</li>`).join('')}</ul></div>`
    : '';
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tenderlint ${esc(report.tool.version)}">
<title>tenderlint monitoring: ${t.documents} bestekken</title>
<style>
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f6f6f4;color:#1d1d1f}
header{background:#23395d;color:#fff;padding:16px 24px}header h1{margin:0;font-size:22px}header p{margin:4px 0 0;opacity:.85}
main{max-width:1200px;margin:0 auto;padding:16px 24px}.card{background:#fff;border:1px solid #ddd;border-radius:8px;padding:12px 16px;margin:12px 0;overflow-x:auto}
table{border-collapse:collapse}td,th{padding:4px 10px;border-bottom:1px solid #eee;text-align:left;vertical-align:middle}td.n{text-align:right}td.big{font-size:20px;font-weight:600;text-align:right;white-space:nowrap}
.q{font-weight:normal;font-size:12px;color:#666}.legend span{display:inline-block;margin-right:14px}.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px}
.a-yes{color:#2e7d32}.a-no{color:#c62828;font-weight:600}.a-not-applicable,.a-unknown{color:#999}
</style>
</head>
<body>
<header><h1>Monitoring overheidsopdrachten: ${t.documents} ${t.documents === 1 ? 'bestek' : 'bestekken'}</h1>
<p>Plan overheidsopdrachten 2016-2020, deel 3.2. Aandeel = ja / (ja + nee); n.v.t. en onbekend tellen niet mee. ${t.findings.total} bevindingen (${t.findings.error} fouten, ${t.findings.warning} waarschuwingen, ${t.findings.info} info).</p></header>
<main>
<div class="card"><h2>Kerncijfers</h2>
<p class="legend">${(['yes', 'no', 'not-applicable', 'unknown'] as Answer[]).map((a) => `<span><i style="background:${colours[a]}"></i>${ANSWER_LABELS[a]}</span>`).join('')}</p>
<table><thead><tr><th>vraag</th><th>aandeel</th><th>verdeling over de bestekken</th><th>ja</th><th>nee</th><th>n.v.t.</th><th>onbekend</th></tr></thead><tbody>${figureRows}</tbody></table></div>
<div class="card"><h2>Bevindingen per regel</h2>${ruleChart}</div>
<div class="card"><h2>Per bestek</h2><table><thead><tr><th>bestek</th>${FIGURES.map((f) => `<th>${esc(FIGURE_LABELS[f].nl)}</th>`).join('')}<th>fouten</th><th>waarsch.</th><th>info</th></tr></thead><tbody>${docRows}</tbody></table></div>
${unreadable}
</main>
</body>
</html>
`;
}
