#!/usr/bin/env node
// Writes NAME.docx beside every examples/NAME.md (or into --out DIR), generated with the `docx`
// package, so the examples can be linted as Word documents too.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { markdownToDocx } from './md-to-docx.mjs';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? resolve(args[outAt + 1]) : null;
const dirs = args.filter((a, i) => a !== '--out' && i !== outAt + 1);
const sources = dirs.length ? dirs : [resolve(import.meta.dirname, '..', 'examples')];
for (const dir of sources) {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()) {
    const bytes = await markdownToDocx(readFileSync(join(dir, name), 'utf8'));
    const target = join(out ?? dir, basename(name, '.md') + '.docx');
    if (out) mkdirSync(out, { recursive: true });
    writeFileSync(target, bytes);
    console.log(`wrote ${target}`);
  }
}
