import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, DEFAULT_CACHE_NAME, LintCache } from '../src/cache.js';
import { FIXTURES, run } from './helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tenderlint-cache-'));
  cpSync(FIXTURES, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lint = (...args: string[]) => run(['--format', 'json', '--config', 'tenderlint.config.json', '--cache', ...args, 'specs'], dir);

describe('LintCache', () => {
  it('gives back a result only for the same content and config', () => {
    const cache = new LintCache(join(dir, 'c.json'), '1.0.0');
    const key = contentHash(new TextEncoder().encode('tekst'), 'config-a');
    cache.set('a.md', key, { findings: [] });
    expect(cache.get('a.md', key)).toEqual({ findings: [] });
    expect(cache.get('a.md', contentHash(new TextEncoder().encode('tekst!'), 'config-a'))).toBeUndefined();
    expect(cache.get('a.md', contentHash(new TextEncoder().encode('tekst'), 'config-b'))).toBeUndefined();
    expect(cache.save()).toBeUndefined();
    expect(new LintCache(join(dir, 'c.json'), '1.0.0').get('a.md', key)).toEqual({ findings: [] });
    // Another tenderlint version: everything is linted again.
    expect(new LintCache(join(dir, 'c.json'), '1.0.1').get('a.md', key)).toBeUndefined();
  });

  it.each([
    ['broken JSON', '{"format": "tenderlint-cache/1", "entr'],
    ['a foreign file', JSON.stringify({ hello: 'world' })],
    ['an array', '[1, 2, 3]'],
    ['binary garbage', '\u0000\u0001\u00ff'],
    ['entries of the wrong shape', JSON.stringify({ format: 'tenderlint-cache/1', version: '1.0.0', entries: { '/a.md': { key: 1 }, '/b.md': null } })],
  ])('treats %s as an empty cache', (_, content) => {
    writeFileSync(join(dir, 'c.json'), content);
    const cache = new LintCache(join(dir, 'c.json'), '1.0.0');
    expect(cache.get('/a.md', 'x')).toBeUndefined();
    expect(cache.save()).toBeUndefined();
    expect(JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8')).format).toBe('tenderlint-cache/1');
  });

  it('puts the cache file inside a directory given as location', () => {
    mkdirSync(join(dir, 'cachedir'));
    const cache = new LintCache(join(dir, 'cachedir'), '1.0.0');
    cache.set('a.md', 'k', { findings: [] });
    cache.save();
    expect(existsSync(join(dir, 'cachedir', DEFAULT_CACHE_NAME))).toBe(true);
  });

  it('says, instead of crashing, when it cannot write', () => {
    writeFileSync(join(dir, 'file'), 'x');
    const cache = new LintCache(join(dir, 'file', 'sub', 'c.json'), '1.0.0');
    cache.set('a.md', 'k', { findings: [] });
    expect(cache.save()).toMatch(/cannot write the cache file/);
  });
});

describe('--cache', () => {
  it('gives the same output from the cache and lints a changed file again', async () => {
    const first = await lint();
    expect(existsSync(join(dir, DEFAULT_CACHE_NAME))).toBe(true);
    const before = readFileSync(join(dir, DEFAULT_CACHE_NAME), 'utf8');
    const second = await lint();
    expect(second).toEqual(first);
    // Nothing changed, so the cache file was not rewritten.
    expect(readFileSync(join(dir, DEFAULT_CACHE_NAME), 'utf8')).toBe(before);

    writeFileSync(join(dir, 'specs', 'clean.md'), '# Bestek\n\nDe kleur is van het merk Farrow.\n');
    const third = JSON.parse((await lint()).stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(third.find((r) => r.filePath.endsWith('clean.md'))!.messages.map((m) => m.ruleId)).toContain('fixture/brand');
  });

  it('keeps the monitoring record, so that a report can use the cache of a lint run', async () => {
    await lint();
    const cached = JSON.parse(readFileSync(join(dir, DEFAULT_CACHE_NAME), 'utf8')) as { entries: Record<string, { result: { monitor?: unknown } }> };
    expect(Object.values(cached.entries).every((e) => e.result.monitor)).toBe(true);
    const before = readFileSync(join(dir, DEFAULT_CACHE_NAME), 'utf8');
    const report = await run(['report', '--config', 'tenderlint.config.json', '--cache', 'specs'], dir);
    expect(JSON.parse(report.stdout).totals.documents).toBe(4);
    // All answers came from the cache: nothing was linted again, so the file was not rewritten.
    expect(readFileSync(join(dir, DEFAULT_CACHE_NAME), 'utf8')).toBe(before);
  });

  it('repeats the reader\'s warning for a file answered from the cache', async () => {
    writeFileSync(join(dir, 'specs', 'latin1.md'), Buffer.from('# Bestek\n\nDe opdracht wordt gegund aan de inschrijver met de laagste prijs, caf\xe9 inbegrepen.\n', 'latin1'));
    const first = await lint();
    const second = await lint();
    expect(first.stderr).toMatch(/latin1\.md: warning: invalid UTF-8/);
    expect(second.stderr).toBe(first.stderr);
  });

  it('lints again when the config changes', async () => {
    await lint();
    const ids = (out: string) => (JSON.parse(out) as { messages: { ruleId: string }[] }[]).flatMap((r) => r.messages.map((m) => m.ruleId));
    const off = await lint('--rule', 'fixture/brand:off');
    expect(ids(off.stdout)).not.toContain('fixture/brand');
    const on = await lint();
    expect(ids(on.stdout)).toContain('fixture/brand');
  });

  it('survives a corrupted cache file and repairs it', async () => {
    const clean = await lint();
    writeFileSync(join(dir, DEFAULT_CACHE_NAME), '{ kapot');
    const again = await lint();
    expect(again).toEqual(clean);
    expect(JSON.parse(readFileSync(join(dir, DEFAULT_CACHE_NAME), 'utf8')).format).toBe('tenderlint-cache/1');
  });

  it('uses --cache-location and keeps --quiet out of the cache', async () => {
    await run(['--format', 'json', '--config', 'tenderlint.config.json', '--cache', '--cache-location', 'elders.json', '--quiet', 'specs'], dir);
    expect(existsSync(join(dir, 'elders.json'))).toBe(true);
    const full = await run(['--format', 'json', '--config', 'tenderlint.config.json', '--cache', '--cache-location', 'elders.json', 'specs'], dir);
    expect(full.stdout).toContain('"severity": "warning"');
  });

  it('warns, and still reports, when the cache cannot be written', async () => {
    writeFileSync(join(dir, 'blok'), 'x');
    const { code, stderr, stdout } = await run(['--format', 'json', '--config', 'tenderlint.config.json', '--cache', '--cache-location', 'blok/c.json', 'specs'], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/warning: cannot write the cache file/);
    expect(JSON.parse(stdout)).toHaveLength(4);
  });
});
