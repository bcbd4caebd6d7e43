import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, REPO, run } from './helpers.js';

const BIN = join(REPO, 'packages/cli/dist/bin.js');
const WORKER = join(REPO, 'packages/cli/dist/lint-worker.js');
const built = existsSync(WORKER);
if (!built && process.env.CI) throw new Error('the CLI is not built: the worker pool runs compiled code (pnpm build)');
if (!built) console.warn('skipping the worker-pool tests: run `pnpm build` first (workers load the compiled CLI)');

const exec = promisify(execFile);
async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe.skipIf(!built)('worker pool', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tenderlint-pool-'));
    cpSync(FIXTURES, dir, { recursive: true });
    // 12 files: enough for the pool.
    for (const copy of ['a', 'b']) cpSync(join(FIXTURES, 'specs'), join(dir, 'specs', copy), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lints on workers exactly as in-process', async () => {
    const args = ['--format', 'json', '--config', 'tenderlint.config.json', 'specs'];
    const pooled = await cli(args, dir);
    const inProcess = await run(args, dir);
    expect(pooled.code).toBe(1);
    expect(JSON.parse(pooled.stdout)).toHaveLength(12);
    expect(pooled.stdout).toBe(inProcess.stdout);
    expect(pooled.stderr).toBe('');
  });

  it('runs piscina workers that load the config once and return clonable outcomes', async () => {
    // In a child process: workers started from inside the test runner would inherit its TypeScript loader settings.
    const script = `
      import { lintInPool } from ${JSON.stringify(join(REPO, 'packages/cli/dist/pool.js'))};
      import { threadId } from 'node:worker_threads';
      const files = ['clean.md', 'werkkledij.md', 'schoonmaak.md'].map((f) => ${JSON.stringify(join(dir, 'specs'))} + '/' + f);
      const seen = [];
      await lintInPool(files, { cwd: ${JSON.stringify(dir)}, config: 'tenderlint.config.json', rules: {}, timing: false, keepDocument: true, monitor: true }, (i, o) => seen.push([i, o.findings.map((f) => f.ruleId), o.document.blocks.length > 0, !!o.monitor]));
      seen.sort((a, b) => a[0] - b[0]);
      console.log(JSON.stringify({ seen, main: threadId }));`;
    const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', script], { cwd: dir });
    const { seen } = JSON.parse(stdout) as { seen: [number, string[], boolean, boolean][] };
    expect(seen.map((s) => s[0])).toEqual([0, 1, 2]);
    expect(seen[1]![1]).toContain('fixture/brand');
    expect(seen.every((s) => s[2] && s[3])).toBe(true);
  });

  it('still lints the other files when one cannot be read, and stops on a config error', async () => {
    writeFileSync(join(dir, 'specs', 'a', 'leeg.md'), '  \n');
    const broken = await cli(['--format', 'json', '--config', 'tenderlint.config.json', 'specs'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr.trim().split('\n')).toEqual([expect.stringMatching(/leeg\.md: the file has no text$/)]);
    expect(JSON.parse(broken.stdout)).toHaveLength(13);
    rmSync(join(dir, 'specs', 'a', 'leeg.md'));

    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ packs: ['./pack.mjs'], rules: { 'fixture/brandd': 'error' } }));
    const config = await cli(['--config', 'bad.json', 'specs'], dir);
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(/^tenderlint: .*unknown rule "fixture\/brandd" \(did you mean "fixture\/brand"\?\)\n$/);
  });

  it('answers from the cache on a second run', async () => {
    const args = ['--format', 'json', '--config', 'tenderlint.config.json', '--cache', 'specs'];
    const first = await cli(args, dir);
    const second = await cli(args, dir);
    expect(second.stdout).toBe(first.stdout);
    expect(existsSync(join(dir, '.tenderlintcache'))).toBe(true);
  });
});
