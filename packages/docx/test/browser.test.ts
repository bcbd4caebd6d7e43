import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';

describe('@tenderlint/docx in the browser', () => {
  it('bundles for the browser from its sources without any Node built-in', async () => {
    const result = await build({
      entryPoints: [resolve(import.meta.dirname, '../src/index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      conditions: ['source'],
      logLevel: 'silent',
      metafile: true,
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs.filter((i) => /^node:|^(fs|path|os|crypto|zlib|buffer|stream)$/.test(i))).toEqual([]);
    expect(inputs.some((i) => i.includes('fflate'))).toBe(true);
  });
});
