#!/usr/bin/env node
// Guard for speed work: writes the findings and facts of the labelled sets and the generated
// specifications to one file, so that a change meant to be faster can be checked to find exactly
// the same things. `node bench/same-findings.mjs OUT.json` and compare two outputs with `cmp`/`diff`.
// Needs a build (`pnpm build`) and, for the shared sets, ../shared next to the repository.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'packages/cli/dist/bin.js');
const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: node bench/same-findings.mjs OUT.json\n');
  process.exit(2);
}
const sets = ['../shared/corpus', '../shared/real', '../shared/real-be', 'examples', 'examples/eval', 'examples/eval2', 'examples/eval3'];
const files = [];
for (const set of sets) {
  const dir = join(root, set);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).sort()) if (/\.(md|docx|txt)$/.test(name) && !/^(README|SOURCES|ANALYSIS)/.test(name)) files.push(join(dir, name));
}
for (const name of ['p25.md', 'p25.docx', 'p225.md', 'p225.docx']) {
  const file = join(root, 'bench/out', name);
  if (existsSync(file)) files.push(file);
}
const result = {};
for (const file of files) {
  const key = relative(root, file);
  const lint = spawnSync(process.execPath, [cli, '--format', 'json', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const facts = spawnSync(process.execPath, [cli, 'facts', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  result[key] = { exit: lint.status, findings: lint.stdout.split(file).join('<file>'), facts: facts.stdout.split(file).join('<file>'), stderr: lint.stderr + facts.stderr };
}
writeFileSync(out, JSON.stringify(result, null, 1) + '\n');
process.stderr.write(`same-findings: ${files.length} files written to ${out}\n`);
