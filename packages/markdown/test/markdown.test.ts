import { positionAt } from '@tenderlint/core';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../src/index.js';

describe('readMarkdown', () => {
  it('maps every character of a paragraph back to its line and column, through inline markup', () => {
    const src = 'Intro.\n\nDe laptops zijn van het **merk Dell**,\n  type `Latitude 7450`.\n';
    const doc = readMarkdown(src);
    const block = doc.blocks[1]!;
    expect(block.text).toBe('De laptops zijn van het merk Dell, type Latitude 7450.');
    const lines = src.split('\n');
    for (const word of ['merk', 'Dell', 'type', 'Latitude']) {
      const p = positionAt(block, block.text.indexOf(word));
      expect(lines[p.line - 1]!.slice(p.column - 1, p.column - 1 + word.length)).toBe(word);
    }
  });
  it('gives headings their level and path, and table cells their row and column', () => {
    const doc = readMarkdown('# Bestek\n\n## Artikel 3 - Gunning\n\n| criterium | weging |\n|---|---|\n| prijs | 60 % |\n');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'table-cell', 'table-cell', 'table-cell', 'table-cell']);
    expect(doc.blocks[1]!.headingPath).toEqual(['Bestek']);
    expect(doc.blocks[4]!.table).toEqual({ index: 0, row: 1, column: 0 });
    expect(doc.blocks[4]!.headingId).toBe(1);
  });
  it('reads suppression directives with their reason and range', () => {
    const doc = readMarkdown('<!-- tenderlint-disable-next-line lots/justify-no-division -- motivering in het PV -->\nDe opdracht wordt niet in percelen verdeeld.\n\n<!-- tenderlint-disable clarity/vague-requirement -->\nTekst.\n<!-- tenderlint-enable clarity/vague-requirement -->\n');
    expect(doc.directives).toHaveLength(2);
    expect(doc.directives[0]).toMatchObject({ rules: ['lots/justify-no-division'], reason: 'motivering in het PV', kind: 'next-line', covers: { start: { line: 2, column: 1 } } });
    expect(doc.directives[1]).toMatchObject({ rules: ['clarity/vague-requirement'], reason: null, kind: 'range', covers: { start: { line: 4 }, end: { line: 6 } } });
  });
});
