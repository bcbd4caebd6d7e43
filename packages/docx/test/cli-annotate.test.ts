import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { main } from '../../cli/src/main.js';
import { anchoredComments } from './helpers/findings.js';
import { richDocx } from './helpers/rich.js';

const dir = mkdtempSync(join(tmpdir(), 'tenderlint-annotate-'));
// Runs are compared with each other: a loaded machine must not turn a slow rule into internal/rule-error in one of them.
writeFileSync(join(dir, 'tenderlint.config.json'), JSON.stringify({ extends: ['@tenderlint/recommended'], ruleTimeBudgetMs: 120000 }));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: dir, isTTY: false, stderrIsTTY: false });
  return { code, stdout, stderr };
}

const activeCount = (json: string) => (JSON.parse(json) as { messages: unknown[] }[]).reduce((n, r) => n + r.messages.length, 0);

describe('tenderlint FILE.docx --annotate DIR', () => {
  it('writes DIR/NAME.tenderlint.docx with one comment per finding, leaving the input untouched and no temporary file', async () => {
    const input = join(dir, 'bestek.docx');
    const bytes = richDocx();
    writeFileSync(input, bytes);
    const r = await run(['bestek.docx', '--annotate', 'out', '--format', 'json']);
    expect(r.code).toBe(1);
    const out = join(dir, 'out', 'bestek.tenderlint.docx');
    expect(readdirSync(join(dir, 'out'))).toEqual(['bestek.tenderlint.docx']);
    const comments = anchoredComments(new Uint8Array(readFileSync(out)));
    expect(comments.filter((c) => c.author === 'tenderlint')).toHaveLength(activeCount(r.stdout));
    expect(Buffer.from(readFileSync(input)).equals(Buffer.from(bytes))).toBe(true);

    // Linting the annotated file again replaces tenderlint's comments instead of adding to them.
    mkdirSync(join(dir, 'again'), { recursive: true });
    const again = await run([join('out', 'bestek.tenderlint.docx'), '--annotate', 'again', '--format', 'json']);
    expect(activeCount(again.stdout)).toBe(activeCount(r.stdout));
    const twice = anchoredComments(new Uint8Array(readFileSync(join(dir, 'again', 'bestek.tenderlint.tenderlint.docx'))));
    expect(twice.map((c) => [c.author, c.anchored])).toEqual(comments.map((c) => [c.author, c.anchored]));
  });

  it('with --suggest writes suggested wordings as tracked changes by tenderlint', async () => {
    writeFileSync(join(dir, 'voorstel.docx'), richDocx());
    await run(['voorstel.docx', '--annotate', 'sug', '--suggest']);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, 'sug', 'voorstel.tenderlint.docx'))))['word/document.xml']!);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="tenderlint">/);
  });

  it('never writes over an input', async () => {
    const sub = join(dir, 'clash');
    mkdirSync(sub);
    writeFileSync(join(sub, 'a.docx'), richDocx());
    const other = richDocx();
    writeFileSync(join(sub, 'a.tenderlint.docx'), other);
    const r = await run([join('clash', 'a.docx'), join('clash', 'a.tenderlint.docx'), '--annotate', 'clash']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/would write over the input/);
    expect(Buffer.from(readFileSync(join(sub, 'a.tenderlint.docx'))).equals(Buffer.from(other))).toBe(true);
  });

  it('warns, in one line, that a Markdown input is not annotated', async () => {
    writeFileSync(join(dir, 'spec.md'), '# Bestek\n\nDe opdracht betreft schoonmaak.\n');
    const r = await run(['spec.md', '--annotate', 'md-out']);
    expect(r.stderr).toMatch(/^tenderlint: .*spec\.md: warning: --annotate writes Word files only.*\n$/);
    expect(existsSync(join(dir, 'md-out'))).toBe(false);
  });

  it('reports a hostile .docx as "tenderlint: FILE: reason" and exits 2', async () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ['leeg-zip.docx', zipSync({ 'readme.txt': strToU8('geen Word') }), /no main document part/],
      ['bom.docx', zipSync({ 'word/document.xml': new Uint8Array(12 * 1024 * 1024) }, { level: 6 }), /decompression bomb|limits\./],
      ['dtd.docx', zipSync({ 'word/document.xml': strToU8('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><w:document/>') }), /DTD/],
    ];
    for (const [name, bytes, reason] of cases) {
      writeFileSync(join(dir, name), bytes);
      const r = await run([name]);
      expect(r.code, name).toBe(2);
      expect(r.stderr.trim().split('\n'), name).toHaveLength(1);
      expect(r.stderr, name).toMatch(new RegExp(`^tenderlint: [^\\n]*${name}: `));
      expect(r.stderr, name).toMatch(reason);
    }
  });
});
