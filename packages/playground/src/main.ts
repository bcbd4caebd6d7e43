import './styles.css';
import { lint, TenderlintError, toPublicFacts, type Facts, type Finding, type Lang, type Severity, type TenderDocument } from '@tenderlint/core';
import { annotateDocx } from '@tenderlint/docx';
import recommended from '@tenderlint/recommended';
import { t, type TextKey } from './i18n.js';
import { loadBytes, loadText, type Loaded } from './load.js';
import { renderDocument } from './render-document.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

interface State {
  lang: Lang;
  name: string;
  loaded?: Loaded;
  findings: Finding[];
  facts?: Facts;
  ms: number;
}
const state: State = { lang: 'nl', name: '', findings: [], ms: 0 };

const severities = (): Set<Severity> => new Set([...document.querySelectorAll<HTMLInputElement>('input[name=sev]:checked')].map((i) => i.value as Severity));
const packOf = (f: Finding) => f.ruleId.split('/')[0]!;
const visible = (f: Finding) => severities().has(f.severity) && ($('pack') as HTMLSelectElement).value in { '': 1, [packOf(f)]: 1 };

function label(f: Finding): string {
  return `${t(f.severity as TextKey, state.lang)} · ${f.ruleId}: ${f.message}`;
}

function setTexts(): void {
  const L = state.lang;
  document.documentElement.lang = L;
  const pairs: [string, TextKey][] = [
    ['tagline', 'tagline'], ['lang-label', 'langLabel'], ['input-title', 'inputTitle'], ['drop-text', 'dropText'], ['drop-help', 'dropHelp'],
    ['paste-summary', 'pasteSummary'], ['paste-label', 'pasteLabel'], ['paste-run', 'pasteRun'], ['doc-title', 'docTitle'], ['download', 'download'],
    ['findings-title', 'findingsTitle'], ['filters-label', 'filters'], ['pack-label', 'pack'], ['facts-title', 'factsTitle'], ['privacy', 'privacy'],
  ];
  for (const [id, key] of pairs) $(id).textContent = t(key, L);
  for (const s of document.querySelectorAll<HTMLElement>('[data-sev-label]')) s.textContent = t(s.dataset.sevLabel as TextKey, L);
  $('drop').setAttribute('aria-label', t('dropText', L));
}

function status(text: string, isError = false): void {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('error-text', isError);
}

function run(): void {
  const doc = state.loaded?.document;
  if (!doc) return;
  const started = performance.now();
  const result = lint(doc, { extends: [recommended], language: state.lang });
  state.findings = result.findings.filter((f) => !f.suppressions?.length);
  state.facts = result.facts;
  state.ms = Math.round(performance.now() - started);
  const packs = [...new Set(state.findings.map(packOf))].sort();
  const select = $('pack') as HTMLSelectElement;
  const current = select.value;
  select.replaceChildren(new Option(t('allPacks', state.lang), ''), ...packs.map((p) => new Option(p, p)));
  select.value = packs.includes(current) ? current : '';
  render();
}

function render(): void {
  const L = state.lang;
  const doc = state.loaded?.document;
  const count = (s: Severity) => state.findings.filter((f) => f.severity === s).length;
  if (doc) {
    status(t('done', L, { file: state.name, n: state.findings.length, e: count('error'), w: count('warning'), i: count('info'), ms: state.ms }));
    renderDocument($('document'), doc, state.findings, visible, label, t('missingHere', L));
  } else $('document').textContent = t('empty', L);
  $('download').hidden = !state.loaded?.docx;
  renderFindings(doc);
  renderFacts();
}

function renderFindings(doc: TenderDocument | undefined): void {
  const L = state.lang;
  const list = $('finding-list');
  list.replaceChildren();
  const shown = state.findings.map((f, i) => ({ f, i })).filter(({ f }) => visible(f));
  $('summary').textContent = doc ? `${shown.length} / ${state.findings.length}` : '';
  if (doc && !shown.length) list.append(Object.assign(document.createElement('p'), { textContent: t('none', L) }));
  const unit = doc?.format === 'docx' ? t('paragraph', L) : t('line', L);
  const packs = [...new Set(shown.map(({ f }) => packOf(f)))].sort();
  for (const pack of packs) {
    const section = document.createElement('section');
    section.className = 'pack';
    const h = document.createElement('h3');
    h.textContent = pack;
    const ul = document.createElement('ul');
    for (const sev of ['error', 'warning', 'info'] as Severity[]) {
      for (const { f, i } of shown.filter(({ f }) => packOf(f) === pack && f.severity === sev)) {
        const li = document.createElement('li');
        li.className = `finding sev-${f.severity}`;
        const go = document.createElement('button');
        go.type = 'button';
        go.className = 'goto';
        go.setAttribute('aria-label', `${t('goTo', L)}: ${unit} ${f.line}, ${f.ruleId}`);
        go.innerHTML = '';
        const badge = document.createElement('span');
        badge.className = `badge sev-${f.severity}`;
        badge.textContent = t(f.severity as TextKey, L);
        const where = document.createElement('span');
        where.className = 'where';
        where.textContent = f.blockId < 0 ? t('wholeDoc', L) : `${unit} ${f.line}`;
        const rule = document.createElement('code');
        rule.textContent = f.ruleId;
        go.append(badge, ' ', where, ' ', rule);
        go.addEventListener('click', () => focusFinding(i));
        const msg = document.createElement('p');
        msg.textContent = f.message;
        li.append(go, msg);
        if (f.principle.length || f.legal) {
          const basis = document.createElement('p');
          basis.className = 'basis';
          basis.textContent = t('basis', L, { p: f.principle.join(', '), l: f.legal });
          li.append(basis);
        }
        if (f.suggestion) {
          const s = document.createElement('p');
          s.className = 'suggestion';
          s.textContent = `${t('suggestion', L)}: ${f.suggestion.text}`;
          li.append(s);
        }
        if (f.docsUrl) {
          const a = document.createElement('a');
          a.href = f.docsUrl;
          a.target = '_blank';
          a.rel = 'noopener';
          a.textContent = `${t('docs', L)} ${f.ruleId}`;
          li.append(a);
        }
        ul.append(li);
      }
    }
    section.append(h, ul);
    list.append(section);
  }
}

function focusFinding(index: number): void {
  const mark = document.querySelector<HTMLElement>(`[data-findings~="${index}"]`);
  if (!mark) return;
  for (const m of document.querySelectorAll('.current')) m.classList.remove('current');
  mark.classList.add('current');
  mark.tabIndex = -1;
  mark.scrollIntoView({ block: 'center' });
  mark.focus();
}

function renderFacts(): void {
  const dl = $('facts');
  dl.replaceChildren();
  if (!state.facts) return;
  const flat: [string, string][] = [];
  const walk = (prefix: string, v: unknown) => {
    if (v === null || v === undefined || (Array.isArray(v) && !v.length)) return;
    if (Array.isArray(v) && v.every((x) => typeof x !== 'object')) flat.push([prefix, v.join(', ')]);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(`${prefix}[${i + 1}]`, x));
    else if (typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(prefix ? `${prefix}.${k}` : k, x);
    else flat.push([prefix, String(v)]);
  };
  walk('', toPublicFacts(state.facts));
  for (const [k, v] of flat) {
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    dd.textContent = v;
    dl.append(dt, dd);
  }
}

async function openFile(file: File): Promise<void> {
  status(t('reading', state.lang));
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    state.name = file.name;
    state.loaded = loadBytes(file.name, bytes);
    run();
  } catch (error) {
    state.loaded = undefined;
    state.findings = [];
    state.facts = undefined;
    render();
    status(error instanceof TenderlintError ? error.toLine() : `${file.name}: ${String(error)}`, true);
  }
}

function download(): void {
  const { loaded } = state;
  if (!loaded?.docx) return;
  const bytes = annotateDocx(loaded.docx, loaded.document, state.findings, { lang: state.lang });
  const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = state.name.replace(/\.docx$/i, '') + '.tenderlint.docx';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

function init(): void {
  state.lang = 'nl';
  ($('lang') as HTMLSelectElement).value = state.lang;
  setTexts();
  render();
  $('lang').addEventListener('change', (e) => {
    state.lang = (e.target as HTMLSelectElement).value as Lang;
    setTexts();
    state.loaded ? run() : render();
  });
  const input = $('file') as HTMLInputElement;
  input.addEventListener('change', () => input.files?.[0] && void openFile(input.files[0]));
  const drop = $('drop');
  drop.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      input.click();
    }
  });
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const file = e.dataTransfer?.files[0];
    if (file) void openFile(file);
  });
  $('paste-run').addEventListener('click', () => {
    try {
      state.name = 'tekst.md';
      state.loaded = { document: loadText(state.name, ($('paste') as HTMLTextAreaElement).value) };
      run();
    } catch (error) {
      status(error instanceof TenderlintError ? error.toLine() : String(error), true);
    }
  });
  $('download').addEventListener('click', download);
  for (const c of document.querySelectorAll('input[name=sev]')) c.addEventListener('change', render);
  $('pack').addEventListener('change', render);
}

init();
