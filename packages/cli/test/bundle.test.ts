import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from './helpers.js';

const DIST = join(REPO, 'packages/cli/dist');
const built = existsSync(join(DIST, 'bundle-manifest.json'));
if (!built && process.env.CI) throw new Error('the CLI is not built (pnpm build)');
if (!built) console.warn('skipping the bundle tests: run `pnpm build` first');

const exec = promisify(execFile);
async function cli(bin: string, args: string[], env: Record<string, string> = {}, cwd = REPO): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A script that loads the bundle the way bin.js does and prints what happened. */
const probe = (loader: string) =>
  `const { loadBundle, setV8Flags } = await import(${JSON.stringify(loader)}); setV8Flags(); const b = loadBundle(); console.log(JSON.stringify({ loaded: !!b, usedCodeCache: b?.usedCodeCache ?? false }));`;
async function loadIn(dir: string): Promise<{ loaded: boolean; usedCodeCache: boolean }> {
  const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', probe(join(dir, 'bundle-loader.js'))]);
  return JSON.parse(stdout) as { loaded: boolean; usedCodeCache: boolean };
}

describe.skipIf(!built)('the CLI bundle and its code cache', () => {
  // A copy next to dist, at the same depth, so the manifest's relative inputs still resolve.
  const copies: string[] = [];
  const copyOfDist = () => {
    const dir = mkdtempSync(join(REPO, 'packages/cli/.bundle-test-'));
    cpSync(DIST, dir, { recursive: true, preserveTimestamps: true });
    copies.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  });

  it('is loaded from the code cache that pnpm build wrote', async () => {
    expect(await loadIn(DIST)).toEqual({ loaded: true, usedCodeCache: true });
  });

  it('finds exactly what the separate modules find', async () => {
    const args = ['--format', 'json', 'examples/nl-laptops-gemeente.docx', 'examples/nl-werkkledij-intercommunale.md'];
    const bundled = await cli(join(DIST, 'bin.js'), args);
    const modules = await cli(join(DIST, 'bin.js'), args, { TENDERLINT_NO_BUNDLE: '1' });
    expect(bundled.code).toBe(1);
    expect(JSON.parse(bundled.stdout).flatMap((r: { messages: unknown[] }) => r.messages).length).toBeGreaterThan(3);
    expect(bundled).toEqual(modules);
  });

  it('loads a custom rule pack (import() from inside the bundle)', async () => {
    const { code, stdout, stderr } = await cli(join(DIST, 'bin.js'), ['--format', 'json', 'specs'], {}, join(REPO, 'examples/custom-pack'));
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain('bossegem/no-fossil-vehicles');
  });

  it('runs without a cache V8 refuses, and ignores a cache made for another build of the bundle', async () => {
    const garbage = copyOfDist();
    writeFileSync(join(garbage, 'tenderlint.bundle.cache'), Buffer.alloc(4096, 7));
    expect(await loadIn(garbage)).toEqual({ loaded: true, usedCodeCache: false });

    const stale = copyOfDist();
    const manifest = JSON.parse(readFileSync(join(stale, 'bundle-manifest.json'), 'utf8')) as { codeCache: { bundleMtimeMs: number } };
    manifest.codeCache.bundleMtimeMs -= 1000;
    writeFileSync(join(stale, 'bundle-manifest.json'), JSON.stringify(manifest));
    expect(await loadIn(stale)).toEqual({ loaded: true, usedCodeCache: false });
  });

  it('is not used once one of its inputs is newer than the bundle', async () => {
    const dir = copyOfDist();
    const manifest = JSON.parse(readFileSync(join(dir, 'bundle-manifest.json'), 'utf8')) as { builtAt: number };
    manifest.builtAt = 0;
    writeFileSync(join(dir, 'bundle-manifest.json'), JSON.stringify(manifest));
    expect(await loadIn(dir)).toEqual({ loaded: false, usedCodeCache: false });
  });
});
