#!/usr/bin/env node
/**
 * Writes docs/rules/<pack>/<rule>.md for every rule of the recommended preset and of
 * examples/custom-pack, from each rule's meta. Runs from the TypeScript sources (bundled on the fly
 * with esbuild), so no build is needed. `--check` writes nothing and exits 1 when a page is missing
 * or stale; pages of rules that no longer exist are removed (or reported with --check).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { renderAll } from './docs-render.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

async function loadPacks() {
  const entry = `
    import { packs } from './rules/recommended/src/index.ts';
    import custom from './examples/custom-pack/index.js';
    export default { all: [...packs, custom], shipped: packs };
  `;
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['source'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return mod.default;
}

function existingPages(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .map((f) => relative(root, join(dir, f)).split('\\').join('/'));
}

const loaded = await loadPacks();
const pages = renderAll(loaded.all, loaded.shipped);
const problems = [];
for (const [path, content] of pages) {
  const file = join(root, path);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (current === content) continue;
  if (check) problems.push(`${path}: ${current === null ? 'missing' : 'stale'}`);
  else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    console.log(`wrote ${path}`);
  }
}
for (const path of existingPages(join(root, 'docs/rules'))) {
  if (pages.has(path)) continue;
  if (check) problems.push(`${path}: no such rule`);
  else {
    rmSync(join(root, path));
    console.log(`removed ${path}`);
  }
}
if (problems.length) {
  console.error(`rule docs out of date (run \`pnpm docs\`):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
if (!check) console.log(`${pages.size} pages up to date`);
