import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '@tenderlint/core';
import { formatters, type FileResult, type FormatterContext } from '../src/formatters/index.js';
import { REPO, run, SPECS } from './helpers.js';

const lintSpecs = (format: string, ...more: string[]) => run(['--format', format, '--config', 'tenderlint.config.json', ...more, SPECS]);

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'x/y',
  messageId: 'm',
  severity: 'warning',
  message: 'Bericht',
  principle: ['2.3'],
  legal: 'Wet art. 1',
  blockId: 0,
  start: 0,
  end: 1,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  ...over,
});
const ctx: FormatterContext = { cwd: '/repo', rules: new Map(), color: false, version: '0.1.0' };

describe('github formatter', () => {
  it('writes one workflow command per finding, with file, line, column and rule as title', async () => {
    const { stdout } = await lintSpecs('github');
    const lines = stdout.trim().split('\n');
    expect(lines).toContain('::error file=specs/werkkledij.md,line=10,col=24,endColumn=28,title=fixture/brand::Het woord "merk" staat hier & dat is <niet> goed. (plan 2.1; Wet art. 53) %0AVoorstel: of gelijkwaardig');
    expect(lines.some((l) => l.startsWith('::warning file=specs/werkkledij.md,line=11,') && l.includes('title=fixture/vague::'))).toBe(true);
    expect(lines.some((l) => l.startsWith('::notice ') && l.includes('title=fixture/lots::'))).toBe(true);
    // The suppressed finding on line 14 is not annotated.
    expect(lines.some((l) => l.includes('werkkledij.md,line=14,') && l.includes('fixture/brand'))).toBe(false);
  });

  it('escapes what would break a workflow command', () => {
    const out = formatters.github!([{ filePath: '/repo/a,b:c.md', findings: [finding({ message: '100% fout\nregel 2' })] }], ctx);
    expect(out).toBe('::warning file=a%2Cb%3Ac.md,line=1,col=1,endColumn=2,title=x/y::100%25 fout%0Aregel 2 (plan 2.3; Wet art. 1)\n');
  });

  it('says when a file could not be read', () => {
    expect(formatters.github!([{ filePath: '/repo/x.md', findings: [], error: 'the file has no text' }], ctx)).toBe('::error file=x.md,title=tenderlint::the file has no text\n');
  });
});

describe('junit formatter', () => {
  it('makes a suite per file and a failing case per error or warning', async () => {
    const { stdout } = await lintSpecs('junit');
    expect(stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="tenderlint"')).toBe(true);
    expect(stdout).toMatch(/<testsuite name="specs\/werkkledij.md" tests="4" failures="3" errors="0"/);
    expect(stdout).toContain('<failure message="Het woord &quot;merk&quot; staat hier &amp; dat is &lt;niet&gt; goed." type="fout">');
    expect(stdout).toMatch(/<testsuite name="specs\/clean.md" tests="1" failures="0" errors="0" skipped="0">\n {4}<testcase classname="specs\/clean.md" name="tenderlint" file="specs\/clean.md"\/>/);
    const suites = [...stdout.matchAll(/<testsuite [^>]*failures="(\d+)"/g)].reduce((s, m) => s + Number(m[1]), 0);
    expect(stdout).toContain(`failures="${suites}"`);
  });

  it('turns an unreadable file into an error and drops characters XML cannot hold', () => {
    const out = formatters.junit!(
      [{ filePath: '/repo/a.md', findings: [finding({ message: 'bel\u0007 & "x"', severity: 'error' })] }, { filePath: '/repo/b.md', findings: [], error: 'kapot' }],
      ctx,
    );
    expect(out).toContain('<failure message="bel &amp; &quot;x&quot;" type="fout">');
    expect(out).toContain('<error message="kapot" type="input"/>');
    expect(out).toContain('<testsuites name="tenderlint" tests="2" failures="1" errors="1">');
  });

  it('lets info findings pass', () => {
    const out = formatters.junit!([{ filePath: '/repo/a.md', findings: [finding({ severity: 'info' })] }], ctx);
    expect(out).toContain('failures="0"');
    expect(out).toContain('<system-out>');
  });
});

describe('markdown formatter', () => {
  it('summarises by severity and pack, with the findings per file folded away', async () => {
    const { stdout } = await lintSpecs('markdown');
    expect(stdout).toContain('## tenderlint');
    expect(stdout).toMatch(/4 bestekken nagekeken: 🔴 \d+ fouten?, 🟠 \d+ waarschuwing(en)?, 🔵 \d+ info\./);
    expect(stdout).toMatch(/\| fixture \| \d+ \| \d+ \| \d+ \|/);
    expect(stdout).toContain('<summary><code>specs/werkkledij.md</code>');
    expect(stdout).toContain('[`fixture/brand`](https://example.org/docs/rules/fixture/brand.md)');
    expect(stdout).not.toContain('<summary><code>specs/clean.md</code>');
  });

  it('says so when there is nothing to report', () => {
    expect(formatters.markdown!([{ filePath: '/repo/a.md', findings: [] }], ctx)).toContain('✅ Geen bevindingen in 1 bestek.');
  });

  it('keeps a comment under GitHub\'s size limit and says how many were left out', () => {
    const many = Array.from({ length: 3000 }, (_, i) => finding({ line: i + 1, message: `Bevinding nummer ${i} met | een pijp en wat tekst om de regel lang te maken.` }));
    const out = formatters.markdown!([{ filePath: '/repo/a.md', findings: many }], ctx);
    expect(out.length).toBeLessThan(65_536);
    expect(out).toMatch(/… en nog \d+ bevindingen/);
    expect(out).toContain('met \\| een pijp');
  });
});

describe('html formatter', () => {
  it('shows each document with its findings marked at their place and explained', async () => {
    const { stdout } = await lintSpecs('html');
    expect(stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(stdout).not.toMatch(/<(link|script)[^>]+(src|href)=/);
    expect(stdout).toContain('De jassen zijn van het <mark class="hl sev-error" data-f="2" title="Het woord &quot;merk&quot; staat hier &amp; dat is &lt;niet&gt; goed.">merk</mark> Snickers');
    expect(stdout).toContain('<b>Voorstel:</b> of gelijkwaardig');
    expect(stdout).toContain('<option>fixture</option>');
    // A finding about something missing is a pin, not a highlight.
    expect(stdout).toMatch(/<a class="pin sev-warning" href="#d\d-f0"/);
  });

  it('shows suppressed findings only when asked', async () => {
    const hidden = await lintSpecs('html');
    const shown = await lintSpecs('html', '--show-suppressed');
    expect(hidden.stdout).not.toContain('onderdrukt');
    expect(shown.stdout).toContain('onderdrukt: het bestaande magazijn gebruikt dit merk');
  });

  it('shows a .docx paragraph by paragraph, with the findings marked', async () => {
    const { stdout } = await run(['--format', 'html', '--config', 'tenderlint.config.json', join(REPO, 'examples/nl-laptops-gemeente.docx')]);
    expect(stdout).toMatch(/<span class="ln">1<\/span><span class="tx">GEMEENTE ZANDHOVEN-AAN-DE-NETE/);
    expect(stdout).toMatch(/<mark class="hl sev-error" data-f="\d+" title="Het woord &quot;merk&quot;[^"]*">merk<\/mark> Lenovo/);
  });

  it('shows .docx paragraphs by number and copes with results that have no text', () => {
    const results: FileResult[] = [
      { filePath: '/repo/cached.docx', findings: [finding({ line: 3 })] },
      { filePath: '/repo/bad.md', findings: [], error: 'kapot' },
    ];
    const out = formatters.html!(results, ctx);
    expect(out).toContain('niet beschikbaar');
    expect(out).toContain('Niet te lezen: kapot');
  });

  it('escapes the text of the document', async () => {
    const out = formatters.html!([{ filePath: '/repo/a.md', source: '<script>alert(1)</script> merk', findings: [finding({ column: 27, endColumn: 31 })] }], ctx);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; <mark');
    expect(out).not.toContain('<script>alert');
  });
});

describe('formats', () => {
  it('rejects an unknown format and lists the known ones', async () => {
    const { code, stderr } = await run(['--format', 'pdf', join(SPECS, 'clean.md')]);
    expect(code).toBe(2);
    expect(stderr).toContain('stylish, json, sarif, github, junit, html, markdown');
  });
});
