// Every rule of the recommended preset and of examples/custom-pack has a docs page, and the page is
// what scripts/generate-docs.mjs makes from the rule's meta today (`pnpm docs` rewrites them).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packs } from '../rules/recommended/src/index.js';
import custom from '../examples/custom-pack/index.js';
import { renderAll } from '../scripts/docs-render.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pages: Map<string, string> = renderAll([...packs, custom], packs);

describe('rule docs (docs/rules)', () => {
  for (const [path, content] of pages) {
    it(`${path} exists and is up to date (run \`pnpm docs\`)`, () => {
      const file = join(root, path);
      expect(existsSync(file), `${path} is missing: run \`pnpm docs\``).toBe(true);
      expect(readFileSync(file, 'utf8'), `${path} is stale: run \`pnpm docs\``).toBe(content);
    });
  }

  it('has no page for a rule that does not exist', () => {
    const dir = join(root, 'docs/rules');
    const onDisk = existsSync(dir)
      ? readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).map((f) => relative(root, join(dir, f)).split('\\').join('/'))
      : [];
    expect(onDisk.filter((p) => !pages.has(p))).toEqual([]);
  });

  it('covers code rules and JSON rules alike', () => {
    const kinds = new Set([...packs, custom].flatMap((p) => p.rules.map((r) => r.meta.kind ?? 'code')));
    expect(kinds).toEqual(new Set(['code', 'json']));
    expect(pages.get('docs/rules/functional-specs/standard-equivalent.md')).toContain('| Kind | declarative (JSON) |');
  });
});
