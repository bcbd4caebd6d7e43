#!/usr/bin/env node
// Times the CLI on the generated corpus: a run without cache, a run that fills the cache, and a run
// with the cache and no changes (issue 8's targets: <= 60 s and <= 5 s for 1,000 x 20 pages on 2 cores).
//
//   node bench/generate.mjs && npx tsc -b tsconfig.build.json && node bench/lint-speed.mjs [--corpus bench/corpus]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { corpus: { type: 'string', default: 'bench/corpus' } } });
const bin = join(import.meta.dirname, '../packages/cli/dist/bin.js');
const dir = mkdtempSync(join(tmpdir(), 'tenderlint-bench-'));
const cache = join(dir, 'cache.json');

function time(label, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, '--format', 'json', '-o', join(dir, 'out.json'), ...args, values.corpus], { encoding: 'utf8' });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${label}: exit ${r.status}: ${r.stderr}`);
  console.log(`${label.padEnd(28)} ${s.toFixed(1).padStart(7)} s`);
  return s;
}

// Wall-clock figures only mean something on an otherwise idle machine: the load average says whether it was.
console.log(`${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}, Node ${process.version}, corpus ${values.corpus}`);
time('no cache', []);
time('--cache, empty cache', ['--cache', '--cache-location', cache]);
time('--cache, nothing changed', ['--cache', '--cache-location', cache]);
rmSync(dir, { recursive: true, force: true });
