// `pnpm bench`: generates specifications deterministically and times whole CLI processes.
// Prints one table and writes bench/out/results.json. Needs a build (pnpm build) first.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeCorpus } from './lib/corpus.mjs';
import { specBlocks, toDocx, toMarkdown } from './lib/spec.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const out = join(here, 'out');
const cli = join(root, 'packages/cli/dist/bin.js');
const rssFile = join(out, 'rss.txt');
const quick = process.argv.includes('--quick');
const benchStart = Date.now();
const RUNS = quick ? 3 : 5;

if (!existsSync(cli)) {
  console.error('bench: build first (pnpm build)');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
// The CLI as one file with its code cache (what `pnpm build` makes); dist/bin.js uses it while it is current.
for (const script of ['bundle.mjs', 'code-cache.mjs']) {
  const made = spawnSync(process.execPath, [join(root, 'packages/cli/scripts', script)], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  if (made.status !== 0) throw new Error(`${script}: ${made.stderr}`);
}
// The floor, bundled the same way, so it does not pay for loading modules the CLI does not load.
await build({ entryPoints: [join(here, 'lib/read-only.mjs')], outfile: join(out, 'read-only.bundle.mjs'), bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error', banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" } });

// One works specification (seed 2026) at 25, 100 and 225 pages, and a quarter of the largest for the growth check.
const SEED = 2026;
const sizes = { p25: 25, p56: 56.25, p100: 100, p225: 225 };
const t0 = Date.now();
const words = {};
for (const [name, pages] of Object.entries(sizes)) {
  const blocks = specBlocks({ seed: SEED, pages, works: true });
  const md = toMarkdown(blocks);
  words[name] = md.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;
  writeFileSync(join(out, `${name}.md`), md);
  writeFileSync(join(out, `${name}.docx`), await toDocx(blocks));
}
// The corpus is regenerated only when the generator changed.
const corpusDir = join(out, 'corpus');
const stamp = createHash('sha256').update(readFileSync(join(here, 'lib/spec.mjs'))).digest('hex');
const stampFile = join(corpusDir, '.generator');
if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
  rmSync(corpusDir, { recursive: true, force: true });
  await writeCorpus({ count: 1000, pages: 20, seed: SEED, out: corpusDir });
  writeFileSync(stampFile, stamp);
}
// textlint with a 50-entry prh dictionary and one more rule (no-todo).
const prh = ['version: 1', 'rules:'];
const pairs = [['onderhavig', 'dit'], ['alsdan', 'dan'], ['zulks', 'dat'], ['teneinde', 'om'], ['middels', 'met'], ['dienaangaande', 'daarover'], ['derhalve', 'daarom'], ['welke', 'die'], ['aangaande', 'over'], ['omtrent', 'over']];
for (let i = 0; i < 50; i++) {
  const [wrong, right] = pairs[i % pairs.length];
  prh.push(`  - expected: ${right}${i >= pairs.length ? i : ''}`, `    pattern: ${wrong}${i >= pairs.length ? i : ''}`);
}
writeFileSync(join(out, 'prh.yml'), prh.join('\n') + '\n');
writeFileSync(join(out, '.textlintrc.json'), JSON.stringify({ rules: { prh: { rulePaths: [join(out, 'prh.yml')] }, 'no-todo': true } }));
writeFileSync(join(out, '.markdownlint-cli2.jsonc'), '{}\n');
console.error(`bench: generated inputs in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

function measure(label, args, { runs = RUNS, cwd = root, env = {}, okCodes = [0, 1] } = {}) {
  const times = [];
  const rss = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    rmSync(rssFile, { force: true });
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['-r', join(here, 'lib/maxrss.cjs'), ...args], { cwd, env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (!okCodes.includes(r.status)) throw new Error(`${label}: exit ${r.status}: ${String(r.stderr).slice(0, 400)}`);
    times.push(ms / 1000);
    // Worker threads report too, the process's figures so far: the last (largest) is the whole run.
    const lines = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').map((l) => l.split(' ').map(Number)) : [];
    rss.push(lines.length ? Math.max(...lines.map((l) => l[0])) / 1024 : NaN);
    cpu.push(lines.length ? Math.max(...lines.map((l) => l[1])) / 1000 : NaN);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const sorted = [...times].sort((a, b) => a - b);
  const row = { label, runs, median: median(times), min: sorted[0], max: sorted[runs - 1], cpu: median(cpu), peakMiB: Math.max(...rss) };
  console.error(`  ${label}: ${row.median.toFixed(3)} s (cpu ${row.cpu.toFixed(3)} s)`);
  return row;
}

const rows = [];
rows.push(measure('node start-up (node -e 0)', ['-e', '0']));
for (const name of Object.keys(sizes)) {
  for (const ext of ['md', 'docx']) {
    const file = join(out, `${name}.${ext}`);
    rows.push(measure(`${name} .${ext} read only`, [join(out, 'read-only.bundle.mjs'), file]));
    rows.push(measure(`${name} .${ext} facts`, [cli, 'facts', file]));
    rows.push(measure(`${name} .${ext} full recommended rules`, [cli, '--format', 'json', file]));
  }
  rows.push(measure(`${name} .docx annotate`, [cli, '--annotate', join(out, 'annotated'), join(out, `${name}.docx`)]));
}
const textlint = join(root, 'node_modules/textlint/bin/textlint.js');
const mdlint = join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
for (const name of ['p225']) {
  rows.push(measure(`${name} .md textlint (prh 50 + no-todo)`, [textlint, '--config', join(out, '.textlintrc.json'), join(out, `${name}.md`)], { cwd: out }));
  rows.push(measure(`${name} .md markdownlint-cli2 0.22.1`, [existsSync(mdlint) ? mdlint : join(root, 'node_modules/.bin/markdownlint-cli2'), join(out, `${name}.md`)], { cwd: out }));
}
const cacheFile = join(out, '.tenderlintcache');
rmSync(cacheFile, { force: true });
rows.push(measure('corpus 1,000 x 20 pages', [cli, '--format', 'json', corpusDir], { runs: quick ? 1 : 2 }));
rmSync(cacheFile, { force: true });
rows.push(measure('corpus 1,000 x 20 pages --cache (first run)', [cli, '--format', 'json', '--cache', '--cache-location', cacheFile, corpusDir], { runs: 1 }));
rows.push(measure('corpus 1,000 x 20 pages --cache (unchanged)', [cli, '--format', 'json', '--cache', '--cache-location', cacheFile, corpusDir], { runs: quick ? 1 : 3 }));

const get = (label) => rows.find((r) => r.label === label);
const startup = get('node start-up (node -e 0)').median;
const checks = [
  ['225-page .docx, full rules <= 0.40 s', get('p225 .docx full recommended rules').median <= 0.4, `${get('p225 .docx full recommended rules').median.toFixed(3)} s`],
  ['225-page .docx, full rules peak <= 150 MiB', get('p225 .docx full recommended rules').peakMiB <= 150, `${get('p225 .docx full recommended rules').peakMiB.toFixed(0)} MiB`],
  ['225-page .md, full rules <= 0.80 s', get('p225 .md full recommended rules').median <= 0.8, `${get('p225 .md full recommended rules').median.toFixed(3)} s`],
  [
    '225-page .md at least 1.5x faster than textlint',
    get('p225 .md textlint (prh 50 + no-todo)').median / get('p225 .md full recommended rules').median >= 1.5,
    `${(get('p225 .md textlint (prh 50 + no-todo)').median / get('p225 .md full recommended rules').median).toFixed(2)}x`,
  ],
  ...['md', 'docx'].map((ext) => {
    const big = get(`p225 .${ext} full recommended rules`).median - startup;
    const quarter = get(`p56 .${ext} full recommended rules`).median - startup;
    return [`growth .${ext}: 225 pages <= 4.2x a quarter of it (minus start-up)`, big / quarter <= 4.2, `${(big / quarter).toFixed(2)}x`];
  }),
  ['corpus of 1,000 <= 60 s', get('corpus 1,000 x 20 pages').median <= 60, `${get('corpus 1,000 x 20 pages').median.toFixed(1)} s`],
  ['corpus, cached second run <= 5 s', get('corpus 1,000 x 20 pages --cache (unchanged)').median <= 5, `${get('corpus 1,000 x 20 pages --cache (unchanged)').median.toFixed(2)} s`],
];

const pad = (s, n) => String(s).padEnd(n);
const lines = [`${pad('measurement (whole process)', 52)} ${pad('runs', 5)} ${pad('median s', 9)} ${pad('min-max s', 15)} ${pad('cpu s', 8)} peak MiB`];
for (const r of rows) lines.push(`${pad(r.label, 52)} ${pad(r.runs, 5)} ${pad(r.median.toFixed(3), 9)} ${pad(`${r.min.toFixed(3)}-${r.max.toFixed(3)}`, 15)} ${pad(r.cpu.toFixed(3), 8)} ${r.peakMiB.toFixed(0)}`);
lines.push('', `bench took ${((Date.now() - benchStart) / 1000).toFixed(0)} s. inputs: ${Object.entries(words).map(([n, w]) => `${n} ${w} words`).join(', ')}; corpus 1,000 x 20 pages; ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the end, Node ${process.version}`);
lines.push(`ratio textlint / tenderlint on the 225-page Markdown: ${(get('p225 .md textlint (prh 50 + no-todo)').median / get('p225 .md full recommended rules').median).toFixed(2)}`);
lines.push(`ratio markdownlint-cli2 / tenderlint on the 225-page Markdown: ${(get('p225 .md markdownlint-cli2 0.22.1').median / get('p225 .md full recommended rules').median).toFixed(2)}`, '');
for (const [what, ok, value] of checks) lines.push(`${ok ? 'ok  ' : 'MISS'} ${pad(what, 64)} ${value}`);
console.log(lines.join('\n'));
writeFileSync(join(out, 'results.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: cpus().length, loadAverage: loadavg(), words, rows, checks: checks.map(([what, ok, value]) => ({ what, ok, value })) }, null, 2) + '\n');
