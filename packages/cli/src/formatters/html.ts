import { positionAt, type Finding, type Severity } from '@tenderlint/core';
import { basisText, countBySeverity, displayPath, escapeHtml as esc, packOf, SEVERITIES, SEVERITY_NL, shown } from './shared.js';
import type { FileResult, Formatter, FormatterContext } from './types.js';

/** Above this much text in one run, documents are shown as excerpts around their findings. */
const FULL_TEXT_LIMIT = 3_000_000;
const CONTEXT_LINES = 3;
const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_PLURAL_NL: Record<Severity, string> = { error: 'fouten', warning: 'waarschuwingen', info: 'info' };

/** The document's lines as the positions of its findings count them: source lines, or .docx paragraphs. */
function linesOf(r: FileResult): string[] | null {
  if (r.source !== undefined) return r.source.replace(/\r\n?/g, '\n').split('\n');
  if (!r.document) return null;
  const lines: string[] = new Array<string>(Math.max(r.document.lineCount, 0)).fill('');
  for (const block of r.document.blocks) {
    const line = positionAt(block, 0).line;
    lines[line - 1] = block.text;
  }
  return lines;
}

interface Range {
  start: number;
  end: number;
  finding: number;
}

/** The part of each finding that falls on line `n` (0-based columns, end exclusive). */
function rangesOn(n: number, text: string, findings: Finding[]): Range[] {
  const out: Range[] = [];
  findings.forEach((f, i) => {
    if (n < f.line || n > Math.max(f.endLine, f.line)) return;
    const start = n === f.line ? Math.min(f.column - 1, text.length) : 0;
    const end = n === f.endLine ? Math.min(Math.max(f.endColumn - 1, start), text.length) : text.length;
    out.push({ start, end, finding: i });
  });
  return out;
}

function renderLine(text: string, ranges: Range[], findings: Finding[], ids: string[]): string {
  if (!ranges.length) return esc(text) || '&nbsp;';
  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) cuts.add(r.start).add(r.end);
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  const markers = (at: number) =>
    ranges
      .filter((r) => r.start === r.end && r.start === at)
      .map((r) => `<a class="pin sev-${findings[r.finding]!.severity}" href="#${ids[r.finding]}" data-f="${r.finding}" title="${esc(findings[r.finding]!.message)}">▼</a>`)
      .join('');
  for (let k = 0; k < points.length - 1; k++) {
    const a = points[k]!;
    const b = points[k + 1]!;
    html += markers(a);
    const over = ranges.filter((r) => r.start <= a && r.end >= b && r.end > r.start);
    const piece = esc(text.slice(a, b));
    if (!over.length) {
      html += piece;
      continue;
    }
    const sev = over.map((r) => findings[r.finding]!.severity).sort((x, y) => rank[x] - rank[y])[0]!;
    const title = over.map((r) => findings[r.finding]!.message).join('\n');
    html += `<mark class="hl sev-${sev}" data-f="${over.map((r) => r.finding).join(' ')}" title="${esc(title)}">${piece}</mark>`;
  }
  html += markers(text.length);
  return html || '&nbsp;';
}

function note(f: Finding, id: string, index: number, ctx: FormatterContext, pack: string): string {
  const docs = ctx.rules.get(f.ruleId)?.meta.docsUrl ?? f.docsUrl;
  const rule = docs ? `<a href="${esc(docs)}">${esc(f.ruleId)}</a>` : esc(f.ruleId);
  const basis = basisText(f);
  const suppressed = f.suppressions?.length ? ` <span class="tag">onderdrukt${f.suppressions[0]!.justification ? `: ${esc(f.suppressions[0]!.justification)}` : ''}</span>` : '';
  return (
    `<div class="note sev-${f.severity}${f.suppressions?.length ? ' suppressed' : ''}" id="${id}" data-i="${index}" data-sev="${f.severity}" data-pack="${esc(pack)}">` +
    `<span class="badge sev-${f.severity}">${SEVERITY_NL[f.severity]}</span> <span class="where">regel ${f.line}</span>${suppressed} ` +
    `<span class="msg">${esc(f.message)}</span>` +
    `<div class="meta">${rule}${basis ? ` · ${esc(basis)}` : ''}</div>` +
    (f.suggestion ? `<div class="suggest"><b>Voorstel:</b> ${esc(f.suggestion.text)}</div>` : '') +
    `</div>`
  );
}

function renderDocument(r: FileResult, docIndex: number, ctx: FormatterContext, full: boolean): string {
  const findings = shown(r, ctx);
  const ids = findings.map((_, i) => `d${docIndex}-f${i}`);
  const packs = findings.map((f) => packOf(f.ruleId, ctx.rules));
  const name = displayPath(r.filePath, ctx.cwd);
  const counts = countBySeverity(findings.filter((f) => !f.suppressions?.length));
  const head = `<h2 id="doc-${docIndex}">${esc(name)} <small>${SEVERITIES.filter((s) => counts[s]).map((s) => `<span class="badge sev-${s}">${counts[s]} ${SEVERITY_NL[s]}</span>`).join(' ') || '<span class="ok">geen bevindingen</span>'}</small></h2>`;
  if (r.error) return `<section class="doc" data-count="0">${head}<p class="error">Niet te lezen: ${esc(r.error)}</p></section>`;
  const lines = linesOf(r);
  const byLine = new Map<number, number[]>();
  findings.forEach((f, i) => byLine.set(Math.max(1, f.line), [...(byLine.get(Math.max(1, f.line)) ?? []), i]));
  let body = '';
  if (!lines) {
    body = `<p class="hint">De tekst van dit document is niet beschikbaar (resultaat uit de cache); de bevindingen staan hieronder.</p>` + findings.map((f, i) => note(f, ids[i]!, i, ctx, packs[i]!)).join('');
  } else {
    const wanted = new Set<number>();
    for (let n = 1; n <= lines.length; n++) {
      if (full) wanted.add(n);
    }
    if (!full) {
      for (const f of findings) {
        for (let n = Math.max(1, f.line - CONTEXT_LINES); n <= Math.min(lines.length, Math.max(f.endLine, f.line) + CONTEXT_LINES); n++) wanted.add(n);
      }
    }
    const rows: string[] = [];
    let previous = 0;
    for (const n of [...wanted].sort((a, b) => a - b)) {
      if (n > previous + 1) rows.push(`<div class="gap">… ${n - previous - 1} regels …</div>`);
      previous = n;
      const text = lines[n - 1] ?? '';
      rows.push(`<div class="line"><span class="ln">${n}</span><span class="tx">${renderLine(text, rangesOn(n, text, findings), findings, ids)}</span></div>`);
      for (const i of byLine.get(n) ?? []) rows.push(note(findings[i]!, ids[i]!, i, ctx, packs[i]!));
    }
    // Findings past the last line (a document-level finding in an empty file) still get shown.
    for (const [n, list] of byLine) if (n > lines.length) for (const i of list) rows.push(note(findings[i]!, ids[i]!, i, ctx, packs[i]!));
    body = `<div class="text">${rows.join('')}</div>`;
  }
  return `<section class="doc" data-count="${findings.length}">${head}${body}</section>`;
}

const STYLE = `
:root{--err:#c62828;--warn:#b26a00;--info:#1565c0;--errbg:#ffd6d6;--warnbg:#ffe9b3;--infobg:#d6e8ff}
*{box-sizing:border-box}body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d1d1f;background:#f6f6f4}
header{background:#23395d;color:#fff;padding:16px 24px}header h1{margin:0;font-size:22px}header p{margin:4px 0 0;opacity:.85}
main{max-width:1100px;margin:0 auto;padding:16px 24px}
.card{background:#fff;border:1px solid #ddd;border-radius:8px;padding:12px 16px;margin:12px 0}
table{border-collapse:collapse}td,th{padding:4px 10px;border-bottom:1px solid #eee;text-align:left}td.n{text-align:right}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;color:#fff}.badge.sev-error{background:var(--err)}.badge.sev-warning{background:var(--warn)}.badge.sev-info{background:var(--info)}
.filters label{margin-right:14px;white-space:nowrap}.filters input[type=search]{padding:4px 8px;min-width:220px}
.doc{background:#fff;border:1px solid #ddd;border-radius:8px;margin:16px 0;padding:0 0 8px}.doc h2{font-size:17px;margin:0;padding:10px 16px;border-bottom:1px solid #eee;background:#fafafa;border-radius:8px 8px 0 0}
.text{font:14px/1.6 ui-monospace,Menlo,Consolas,monospace;padding:8px 0}.line{display:flex}.ln{flex:0 0 56px;text-align:right;padding-right:12px;color:#999;user-select:none}.tx{white-space:pre-wrap;word-break:break-word;flex:1;padding-right:16px}
mark.hl{border-radius:2px;padding:1px 0;color:inherit}mark.sev-error{background:var(--errbg);border-bottom:2px solid var(--err)}mark.sev-warning{background:var(--warnbg);border-bottom:2px solid var(--warn)}mark.sev-info{background:var(--infobg);border-bottom:2px solid var(--info)}
mark.off{background:none;border:0}.pin{text-decoration:none;font-size:11px;vertical-align:super}.pin.sev-error{color:var(--err)}.pin.sev-warning{color:var(--warn)}.pin.sev-info{color:var(--info)}
.note{font:14px/1.45 system-ui,sans-serif;margin:4px 16px 8px 68px;padding:6px 10px;border-left:4px solid;border-radius:4px;background:#fcfcfc}.note.sev-error{border-color:var(--err)}.note.sev-warning{border-color:var(--warn)}.note.sev-info{border-color:var(--info)}
.note.suppressed{opacity:.6}.note .meta{color:#555;font-size:12px}.note .suggest{margin-top:4px;background:#eef7ee;padding:4px 8px;border-radius:4px}.where{color:#666;font-size:12px}.tag{font-size:12px;background:#eee;padding:0 6px;border-radius:8px}
.gap{color:#999;padding:2px 0 2px 68px;font-style:italic}.hint,.error{padding:0 16px}.error{color:var(--err)}.ok{color:#2e7d32;font-size:13px}.hidden{display:none!important}
@media print{.filters{display:none}.doc{break-inside:avoid-page}}
`;

const SCRIPT = `
(function(){
  var f=document.getElementById('filters');
  function apply(){
    var sev={};f.querySelectorAll('input[name=sev]').forEach(function(c){sev[c.value]=c.checked});
    var pack=f.querySelector('select').value, q=f.querySelector('input[type=search]').value.toLowerCase(), only=f.querySelector('input[name=only]').checked;
    document.querySelectorAll('section.doc').forEach(function(doc){
      var visible={},any=false;
      doc.querySelectorAll('.note').forEach(function(n){
        var ok=sev[n.dataset.sev]&&(!pack||n.dataset.pack===pack)&&(!q||n.textContent.toLowerCase().indexOf(q)>=0);
        n.classList.toggle('hidden',!ok);if(ok){visible[n.dataset.i]=true;any=true}
      });
      doc.querySelectorAll('mark.hl,.pin').forEach(function(m){
        var on=m.dataset.f.split(' ').some(function(i){return visible[i]});
        m.classList.toggle(m.tagName==='MARK'?'off':'hidden',!on);
      });
      doc.classList.toggle('hidden',only&&!any);
    });
  }
  f.addEventListener('input',apply);f.addEventListener('change',apply);
})();
`;

/**
 * One self-contained page (no external files, works offline): a summary by pack and severity, filters,
 * and each document with its findings highlighted where they are and explained right below the line.
 */
export const html: Formatter = (results, ctx) => {
  const all = results.flatMap((r) => shown(r, ctx));
  const activeFindings = all.filter((f) => !f.suppressions?.length);
  const totals = countBySeverity(activeFindings);
  const byPack = new Map<string, Record<Severity, number>>();
  for (const f of activeFindings) {
    const pack = packOf(f.ruleId, ctx.rules);
    const row = byPack.get(pack) ?? { error: 0, warning: 0, info: 0 };
    row[f.severity]++;
    byPack.set(pack, row);
  }
  const packs = [...byPack.keys()].sort();
  const textSize = results.reduce((s, r) => s + (r.source?.length ?? r.document?.blocks.reduce((t, b) => t + b.text.length, 0) ?? 0), 0);
  const full = textSize <= FULL_TEXT_LIMIT;

  const packTable =
    `<table><thead><tr><th>thema (pakket)</th>${SEVERITIES.map((s) => `<th>${SEVERITY_NL[s]}</th>`).join('')}</tr></thead><tbody>` +
    packs.map((p) => `<tr><td>${esc(p)}</td>${SEVERITIES.map((s) => `<td class="n">${byPack.get(p)![s]}</td>`).join('')}</tr>`).join('') +
    `<tr><th>totaal</th>${SEVERITIES.map((s) => `<th class="n">${totals[s]}</th>`).join('')}</tr></tbody></table>`;
  const docTable =
    `<table><thead><tr><th>document</th>${SEVERITIES.map((s) => `<th>${SEVERITY_NL[s]}</th>`).join('')}</tr></thead><tbody>` +
    results
      .map((r, i) => {
        const c = countBySeverity(r.findings.filter((f) => !f.suppressions?.length));
        return `<tr><td><a href="#doc-${i}">${esc(displayPath(r.filePath, ctx.cwd))}</a>${r.error ? ' <span class="error">niet te lezen</span>' : ''}</td>${SEVERITIES.map((s) => `<td class="n">${c[s]}</td>`).join('')}</tr>`;
      })
      .join('') +
    `</tbody></table>`;
  const filters =
    `<form id="filters" class="card filters" onsubmit="return false"><b>Tonen:</b> ` +
    SEVERITIES.map((s) => `<label><input type="checkbox" name="sev" value="${s}" checked> <span class="badge sev-${s}">${SEVERITY_NL[s]}</span></label>`).join('') +
    `<label>thema <select><option value="">alle</option>${packs.map((p) => `<option>${esc(p)}</option>`).join('')}</select></label>` +
    `<label><input type="search" placeholder="zoek in de bevindingen" aria-label="zoek"></label>` +
    `<label><input type="checkbox" name="only"> alleen documenten met bevindingen</label></form>`;

  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tenderlint ${esc(ctx.version)}">
<title>tenderlint: ${activeFindings.length} bevindingen in ${results.length} ${results.length === 1 ? 'document' : 'documenten'}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>tenderlint: nazicht van ${results.length} ${results.length === 1 ? 'bestek' : 'bestekken'}</h1>
<p>Getoetst aan het Vlaamse plan overheidsopdrachten 2016-2020 en de Europese en Belgische regelgeving. ${SEVERITIES.map((s) => `${totals[s]} ${totals[s] === 1 ? SEVERITY_NL[s] : SEVERITY_PLURAL_NL[s]}`).join(', ')}.</p></header>
<main>
<div class="card"><h2>Samenvatting</h2>${packTable}</div>
<div class="card"><h2>Documenten</h2>${docTable}</div>
${filters}
${full ? '' : `<p class="hint">Veel tekst in deze run: elk document toont alleen de regels rond de bevindingen.</p>`}
${results.map((r, i) => renderDocument(r, i, ctx, full)).join('\n')}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
};
