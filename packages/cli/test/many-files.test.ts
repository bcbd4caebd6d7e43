import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, run } from './helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tenderlint-many-'));
  cpSync(FIXTURES, dir, { recursive: true });
  mkdirSync(join(dir, 'specs', 'archief'));
  writeFileSync(join(dir, 'specs', 'archief', 'oud.md'), '# Oud bestek\n\nVan het merk Oud.\n');
  writeFileSync(join(dir, 'specs', 'notities.pdf'), '%PDF-1.4');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const files = async (...args: string[]) => {
  const { stdout } = await run(['--format', 'json', '--config', 'tenderlint.config.json', ...args], dir);
  return (JSON.parse(stdout) as { filePath: string }[]).map((r) => r.filePath.slice(dir.length + 1));
};

describe('many files', () => {
  it('takes the specifications in a folder, sorted, and skips other file types', async () => {
    expect(await files('specs')).toEqual(['specs/archief/oud.md', 'specs/clean.md', 'specs/nettoyage.md', 'specs/schoonmaak.md', 'specs/werkkledij.md']);
  });

  it('skips what .tenderlintignore names, unless --no-ignore', async () => {
    writeFileSync(join(dir, '.tenderlintignore'), '# oude bestekken\nspecs/archief/\n');
    expect(await files('specs')).not.toContain('specs/archief/oud.md');
    expect(await files('--no-ignore', 'specs')).toContain('specs/archief/oud.md');
  });

  it('expands globs', async () => {
    expect(await files('specs/*e*.md')).toEqual(['specs/clean.md', 'specs/nettoyage.md', 'specs/werkkledij.md']);
  });
});
