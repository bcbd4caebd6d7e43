import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/facts/types.js';
import { readMarkdown } from '../../../markdown/src/index.js';
import { extractFacts } from '../../src/facts/extract.js';

// Every piece of evidence in the facts object, wherever it sits.
function collect(value: unknown, out: Evidence[] = []): Evidence[] {
  if (Array.isArray(value)) for (const v of value) collect(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.blockId === 'number' && typeof o.start === 'number' && typeof o.raw === 'string') out.push(o as unknown as Evidence);
    else for (const v of Object.values(o)) collect(v, out);
  }
  return out;
}

const examples = fileURLToPath(new URL('../../../../examples/', import.meta.url));
const files = readdirSync(examples).filter((f) => f.endsWith('.md') && f !== 'README.md');

describe('evidence', () => {
  it.each(files)('points at the words it quotes in %s', (file) => {
    const document = readMarkdown(readFileSync(examples + file, 'utf8'));
    const facts = extractFacts(document);
    const evidence = collect({ ...facts, sections: [] });
    expect(evidence.length).toBeGreaterThan(5);
    for (const e of evidence) {
      const block = document.blocks[e.blockId]!;
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(block.text.length);
      expect(block.text.slice(e.start, e.end)).toBe(e.raw);
    }
  });
});
