// Declarative rules must run in a browser: core and a pack of JSON rules bundle for the browser
// platform (no Node built-ins, the JSON imported statically) and the bundle lints a document.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../../..');

it('bundles for the browser and lints with a JSON rule', async () => {
  const entry = `
    import { lint, finishDocument } from './packages/core/src/index.ts';
    import pack from './rules/functional-specs/src/index.ts';
    const document = finishDocument(
      [{ kind: 'paragraph', text: 'De betonstraatstenen voldoen aan NBN EN 1338.', anchors: [{ offset: 0, line: 1, column: 1 }] }],
      { format: 'text', directives: [], lineCount: 1 },
    );
    export const findings = lint(document, { packs: [pack], rules: { 'functional-specs/standard-equivalent': 'warning' } }).findings;
  `;
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    conditions: ['source'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  expect(code).not.toMatch(/from\s*["']node:/);
  const mod = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { findings: { ruleId: string }[] };
  expect(mod.findings.map((f) => f.ruleId)).toEqual(['functional-specs/standard-equivalent']);
}, 60_000);
