#!/usr/bin/env node
// Writes dist/tenderlint.bundle.cache, V8's compiled code of the CLI bundle (run after bundle.mjs).
// It lints the example specifications once, in-process, so that the cache holds the functions a real
// run compiles, not only the top level: on a 225-page .docx that saved about 60 ms of every run. The
// manifest ties the cache to the bundle's mtime; a cache that V8 refuses (another Node version) only
// costs the compile it would have saved.
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(cli, 'dist');
const manifestFile = join(dist, 'bundle-manifest.json');
const { loadBundle, setV8Flags } = await import(join(dist, 'bundle-loader.js'));

setV8Flags();
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
delete manifest.codeCache;
writeFileSync(manifestFile, JSON.stringify(manifest) + '\n');
const loaded = loadBundle();
if (!loaded) {
  process.stderr.write('code-cache: no fresh bundle; run scripts/bundle.mjs first\n');
  process.exit(1);
}

const examples = join(cli, '../../examples');
const inputs = existsSync(examples) ? readdirSync(examples).filter((f) => /\.(md|docx)$/.test(f) && !/^README/.test(f)).sort().map((f) => join(examples, f)) : [];
// Exit codes 0 and 1 are both a completed lint; the report itself is not needed.
const io = { stdout: () => {}, stderr: () => {}, cwd: process.cwd(), isTTY: false };
for (const args of [['--format', 'json'], ['--format', 'stylish'], ['facts', '--format', 'json']]) {
  if (inputs.length) await loaded.main([...args, ...inputs], io);
}

const cacheFile = join(dist, 'tenderlint.bundle.cache');
writeFileSync(`${cacheFile}.tmp`, loaded.createCodeCache());
renameSync(`${cacheFile}.tmp`, cacheFile);
manifest.codeCache = { file: './tenderlint.bundle.cache', bundleMtimeMs: statSync(join(dist, manifest.bundle.replace(/^\.\//, ''))).mtimeMs };
writeFileSync(`${manifestFile}.tmp`, JSON.stringify(manifest) + '\n');
renameSync(`${manifestFile}.tmp`, manifestFile);
process.stderr.write(`code-cache: ${(statSync(cacheFile).size / 1024).toFixed(0)} KiB from ${inputs.length} example files\n`);
