import { extractFacts } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import { describe, expect, it } from 'vitest';
import { formatFactsText } from '../src/facts-text.js';

describe('tenderlint facts --format text', () => {
  it('prints each fact with its value and the line it was read from', () => {
    const source = ['# Gemeente Bossegem', '', '## Raming', '', 'De opdracht is geraamd op € 540.000,00 exclusief btw.', '', '## Percelen', '', 'De opdracht is niet in percelen verdeeld, omdat alles één geheel vormt.', ''].join('\n');
    const document = readMarkdown(source);
    const text = formatFactsText('/work/spec.md', document, extractFacts(document), '/work');
    const lines = text.split('\n');
    expect(lines[0]).toBe('spec.md');
    expect(lines.find((l) => l.includes('geraamde waarde'))).toMatch(/540000 EUR\s+\(regel 5: "€ 540\.000,00"\)/);
    expect(lines.find((l) => l.trim().startsWith('percelen'))).toMatch(/nee\s+\(regel 9: "De opdracht is niet in percelen verdeeld/);
    expect(lines.find((l) => l.includes('reden niet verdeeld'))).toContain('regel 9');
  });
});
