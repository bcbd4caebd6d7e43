import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { lint, type Finding, type TenderDocument } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import preset from '@tenderlint/recommended';

// A loaded test machine must not turn a slow rule into internal/rule-error on one side of a comparison.
const recommended = { ...preset, ruleTimeBudgetMs: 120_000 };
import { annotateDocx, readDocx } from '../src/index.js';
import { markdownToDocx } from '../../../scripts/md-to-docx.mjs';
import { anchoredComments } from './helpers/findings.js';
import { richDocx } from './helpers/rich.js';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const ci = process.env.CI === 'true';
if (!hasSoffice && !ci) console.warn('LibreOffice (soffice) is not installed: the LibreOffice tests are skipped (scripts/ci-deps.sh installs it; they are mandatory when CI=true)');

const root = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'tenderlint-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Converts with a private LibreOffice profile, so parallel runs do not share one. */
function soffice(file: string, to: string, outDir: string): string {
  const profile = `file://${join(work, 'profile')}`;
  const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', outDir, file], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  const ext = to.split(':')[0]!;
  const out = join(outDir, file.split('/').pop()!.replace(/\.[^.]+$/, `.${ext}`));
  if (!existsSync(out)) throw new Error(`soffice wrote no ${out}: ${r.stdout} ${r.stderr}`);
  return out;
}

/** Opens an annotated .docx in LibreOffice (converting it to .odt) and counts the comments and their range ends. */
function commentsSeenByLibreOffice(bytes: Uint8Array, name: string): { annotations: number; ends: number } {
  const dir = mkdtempSync(join(work, 'open-'));
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, bytes);
  const content = strFromU8(unzipSync(readFileSync(soffice(file, 'odt', dir)))['content.xml']!);
  return { annotations: (content.match(/<office:annotation[ >]/g) ?? []).length, ends: (content.match(/<office:annotation-end /g) ?? []).length };
}

async function mammothComments(bytes: Uint8Array): Promise<number> {
  const html = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ['comment-reference => sup'] });
  return (html.value.match(/<dt id="comment-/g) ?? []).length;
}

/** Every part but the body, the comments and (when comments are new) the relationships and content types is byte-identical. */
function expectOtherPartsIdentical(input: Uint8Array, annotated: Uint8Array): void {
  const before = unzipSync(input);
  const after = unzipSync(annotated);
  const mayChange = new Set(['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml']);
  expect(Object.keys(after).filter((n) => !(n in before) && n !== 'word/comments.xml')).toEqual([]);
  for (const [name, bytes] of Object.entries(before)) {
    if (!mayChange.has(name)) expect(Buffer.from(after[name]!).equals(Buffer.from(bytes)), name).toBe(true);
  }
}

const ids = (doc: TenderDocument, findings: Finding[]) => findings.filter((f) => !f.suppressions?.length).map((f) => f.ruleId).sort();

describe.runIf(hasSoffice || ci)('LibreOffice', { timeout: 180_000 }, () => {
  it('is installed (mandatory in CI)', () => {
    expect(hasSoffice).toBe(true);
  });

  it('reads a file saved by LibreOffice like the Markdown it came from, and annotates it so LibreOffice and mammoth see every comment', async () => {
    const md = readFileSync(join(root, 'examples', readdirSync(join(root, 'examples')).find((f) => f.endsWith('.md') && f !== 'README.md')!), 'utf8');
    const generated = join(work, 'spec.docx');
    writeFileSync(generated, await markdownToDocx(md));
    const savedDir = mkdtempSync(join(work, 'saved-'));
    const saved = new Uint8Array(readFileSync(soffice(generated, 'docx:MS Word 2007 XML', savedDir)));
    const doc = readDocx(saved);
    const fromMd = readMarkdown(md);
    expect(doc.blocks.map((b) => b.text)).toEqual(fromMd.blocks.map((b) => b.text));
    expect(doc.blocks.map((b) => b.kind)).toEqual(fromMd.blocks.map((b) => b.kind));
    const findings = lint(doc, recommended).findings;
    expect(ids(doc, findings)).toEqual(ids(fromMd, lint(fromMd, recommended).findings));

    const active = findings.filter((f) => !f.suppressions?.length);
    expect(active.length).toBeGreaterThan(0);
    const annotated = annotateDocx(saved, doc, active);
    expect(commentsSeenByLibreOffice(annotated, 'saved')).toEqual({ annotations: active.length, ends: active.length });
    expect(await mammothComments(annotated)).toBe(active.length);
    expectOtherPartsIdentical(saved, annotated);
  });

  it('annotates a document with tables, numbered articles, footnotes, tracked changes and a reviewer comment', async () => {
    const input = richDocx();
    const doc = readDocx(input);
    const findings = lint(doc, recommended).findings.filter((f) => !f.suppressions?.length);
    expect(findings.length).toBeGreaterThan(0);
    const annotated = annotateDocx(input, doc, findings, { suggest: true });
    const comments = anchoredComments(annotated);
    expect(comments.filter((c) => c.author === 'tenderlint')).toHaveLength(findings.length);
    expect(commentsSeenByLibreOffice(annotated, 'rich')).toEqual({ annotations: findings.length + 1, ends: findings.length + 1 });
    expect(await mammothComments(annotated)).toBe(findings.length + 1);
    expectOtherPartsIdentical(input, annotated);
  });

  it('annotates a file made by the docx package so LibreOffice sees every comment', async () => {
    const bytes: Uint8Array = await markdownToDocx(readFileSync(join(root, 'examples', readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.md') && f !== 'README.md').pop()!), 'utf8'));
    const doc = readDocx(bytes);
    const findings = lint(doc, recommended).findings.filter((f) => !f.suppressions?.length);
    const annotated = annotateDocx(bytes, doc, findings, { suggest: true });
    expect(commentsSeenByLibreOffice(annotated, 'generated')).toEqual({ annotations: findings.length, ends: findings.length });
    expect(await mammothComments(annotated)).toBe(findings.length);
    expectOtherPartsIdentical(bytes, annotated);
  });

  const real = resolve(root, '../shared/real/docx/FINAL TDRS software development RFQ.docx');
  it.runIf(existsSync(real))('annotates a real Word specification so LibreOffice and mammoth see every comment', async () => {
    const bytes = new Uint8Array(readFileSync(real));
    const doc = readDocx(bytes);
    const findings = lint(doc, recommended).findings.filter((f) => !f.suppressions?.length);
    expect(findings.length).toBeGreaterThan(0);
    const annotated = annotateDocx(bytes, doc, findings, { lang: 'en' });
    const existing = anchoredComments(bytes).length;
    expect(commentsSeenByLibreOffice(annotated, 'real')).toEqual({ annotations: findings.length + existing, ends: findings.length + existing });
    expect(await mammothComments(annotated)).toBe(findings.length + existing);
    expectOtherPartsIdentical(bytes, annotated);
  });
});
