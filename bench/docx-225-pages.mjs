#!/usr/bin/env node
// Measures reading, linting and annotating a 225-page, 100,000-word Word specification.
// Builds it (with the `docx` package, via scripts/md-to-docx.mjs) from the Markdown examples, repeated
// as numbered parts, so the text and the findings are those of real specifications.
// Usage: node bench/docx-225-pages.mjs [--runs 5] [--keep DIR]   (needs `pnpm build` first)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { markdownToDocx } from '../scripts/md-to-docx.mjs';

// fflate is a dependency of @tenderlint/docx, not of the workspace root.
const { unzipSync, zipSync, strFromU8, strToU8 } = createRequire(new URL('../packages/docx/package.json', import.meta.url))('fflate');

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] || 5) || 5;
const keep = args.includes('--keep') ? resolve(args[args.indexOf('--keep') + 1]) : null;

const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map((f) => readFileSync(join(root, 'examples', f), 'utf8'));
const words = (s) => s.split(/\s+/).filter(Boolean).length;
let md = '';
for (let part = 1; words(md) < 100_000; part++) {
  const example = examples[(part - 1) % examples.length];
  // Every copy becomes a numbered part one level down, as in a long specification with several parts.
  md += `\n\n# Deel ${part}\n\n` + example.replace(/^(#{1,5}) /gm, '#$1 ');
}
const dir = keep ?? mkdtempSync(join(tmpdir(), 'tenderlint-bench-'));
mkdirSync(dir, { recursive: true });
const file = join(dir, 'bestek-225.docx');
writeFileSync(file, wordLike(await markdownToDocx(md)));

/**
 * Word writes far more markup than the docx package: revision ids on every paragraph and run, full
 * run properties, and text cut into runs wherever it was edited. This rewrites the body that way
 * (a run every six words), so the measured file is as heavy as one saved by Word.
 */
function wordLike(bytes) {
  const files = unzipSync(bytes);
  let n = 0;
  const rsid = () => (0x00a00000 + ((n++ * 7919) % 0xfffff)).toString(16).toUpperCase().padStart(8, '0');
  const xml = strFromU8(files['word/document.xml'])
    .replace(/<w:p>/g, () => `<w:p w:rsidR="${rsid()}" w:rsidRDefault="${rsid()}" w:rsidP="${rsid()}">`)
    .replace(/<w:r>(<w:rPr>(.*?)<\/w:rPr>)?<w:t xml:space="preserve">(.*?)<\/w:t><\/w:r>/g, (_, __, props = '', text) => {
      const words = text.split(/(?<= )/);
      let out = '';
      for (let i = 0; i < words.length; i += 6) {
        out += `<w:r w:rsidR="${rsid()}" w:rsidRPr="${rsid()}"><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Arial"/>${props}<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="nl-BE" w:eastAsia="nl-BE"/></w:rPr><w:t xml:space="preserve">${words.slice(i, i + 6).join('')}</w:t></w:r>`;
      }
      return out;
    });
  files['word/document.xml'] = strToU8(xml);
  return zipSync(files);
}
const size = readFileSync(file).length;

const { readDocx, annotateDocx } = await import(join(root, 'packages/docx/dist/index.js'));
const { lint } = await import(join(root, 'packages/core/dist/index.js'));
const recommended = (await import(join(root, 'rules/recommended/dist/index.js'))).default;

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Wall time and CPU time: on a shared machine the CPU time is the steadier figure.
const time = (fn, into) => {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = fn();
  const d = process.cpuUsage(c);
  into.wall.push(performance.now() - t);
  into.cpu.push((d.user + d.system) / 1000);
  return value;
};
const bytes = new Uint8Array(readFileSync(file));
const readT = { wall: [], cpu: [] }, lintT = { wall: [], cpu: [] }, annT = { wall: [], cpu: [] }, annN = { wall: [], cpu: [] };
const zlib = await import('node:zlib');
const codec = { deflateRaw: (d) => zlib.deflateRawSync(d, { level: 6 }), crc32: (d) => zlib.crc32(d) >>> 0 };
let doc, findings, annotated;
for (let i = 0; i < runs; i++) {
  doc = time(() => readDocx(bytes), readT);
  findings = time(() => lint(doc, { ...recommended, ruleTimeBudgetMs: 600_000 }).findings, lintT);
  annotated = time(() => annotateDocx(bytes, doc, findings), annT);
  time(() => annotateDocx(bytes, doc, findings, { codec }), annN);
}
const fmt = (t) => `${median(t.wall).toFixed(0)} ms (cpu ${median(t.cpu).toFixed(0)} ms)`;
const cli = join(root, 'packages/cli/dist/bin.js');
const out = join(dir, 'out');
const proc = (extra) => {
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    try {
      execFileSync(process.execPath, [cli, file, '--format', 'json', ...extra], { stdio: ['ignore', 'ignore', 'ignore'] });
    } catch (e) {
      if (e.status !== 1) throw e;
    }
    xs.push(performance.now() - t);
  }
  return median(xs);
};
// The Word side alone, as a whole process: read the file, annotate it with the findings, write it.
const findingsFile = join(dir, 'findings.json');
writeFileSync(findingsFile, JSON.stringify(findings));
const docxOnly = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  execFileSync(process.execPath, ['--input-type=module', '-e', `
    import { readFileSync, writeFileSync } from 'node:fs';
    import { readDocx, annotateDocx } from ${JSON.stringify(join(root, 'packages/docx/dist/index.js'))};
    const bytes = new Uint8Array(readFileSync(${JSON.stringify(file)}));
    const doc = readDocx(bytes);
    import * as zlib from 'node:zlib';
    const codec = { deflateRaw: (d) => zlib.deflateRawSync(d, { level: 6 }), crc32: (d) => zlib.crc32(d) >>> 0 };
    writeFileSync(${JSON.stringify(join(dir, 'annotated.docx'))}, annotateDocx(bytes, doc, JSON.parse(readFileSync(${JSON.stringify(findingsFile)}, 'utf8')), { codec }));
  `]);
  docxOnly.push(performance.now() - t);
}
const lintProcess = proc([]);
const annotateProcess = proc(['--annotate', out]);
const paragraphs = doc.lineCount;
const bodySize = unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml'].length;
console.log(`file: ${(size / 1024).toFixed(0)} KiB (word/document.xml ${(bodySize / 1048576).toFixed(1)} MiB), ${words(md)} words, ${paragraphs} paragraphs (~${Math.round(words(md) / 445)} pages at 445 words a page), ${doc.blocks.length} blocks`);
console.log(`findings: ${findings.length}; annotated file ${(annotated.length / 1024).toFixed(0)} KiB`);
console.log(`in-process median of ${runs}: readDocx ${fmt(readT)}, lint (all rules) ${fmt(lintT)}, annotateDocx ${fmt(annT)} (portable), ${fmt(annN)} (with Node's zlib, as the CLI runs it)`);
console.log(`whole process median of ${runs}: read + annotate + write (no rules) ${median(docxOnly).toFixed(0)} ms; tenderlint FILE ${lintProcess.toFixed(0)} ms; tenderlint FILE --annotate DIR ${annotateProcess.toFixed(0)} ms`);
console.log(`load average while measuring: ${(await import('node:os')).loadavg()[0].toFixed(1)} on ${(await import('node:os')).cpus().length} cores`);
if (!keep) rmSync(dir, { recursive: true, force: true });
