import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, TenderDocument } from '../../src/document.js';
import { createScan, cueWords } from '../../src/facts/scan.js';

// Scan.has searches all blocks' texts at once: it must answer what lower-casing each block and
// looking for each word in it answers, whatever the blocks hold (İ lengthens when lower-cased,
// words at the ends of blocks, empty blocks).
const documentOf = (texts: string[], ids = texts.map((_, i) => i)): TenderDocument =>
  ({
    fileName: 'x.md',
    format: 'markdown',
    directives: [],
    lineCount: texts.length,
    blocks: texts.map((text, i): Block => ({ id: ids[i]!, kind: 'paragraph', text, headingPath: [], headingId: -1, anchors: [{ offset: 0, line: i + 1, column: 1 }] })),
  }) as unknown as TenderDocument;

// Declared lists are searched for together: words that start inside others, words in two lists.
const declared = [['perce'], ['lot', 'lots'], ['ot'], ['procedure', 'procédure', 'pt_'], ['betal', 'betaal', 'termijn', 'pay', 'délai', 'lot'], ['performance bond', 'waarborg'], ['rborg', 'ce b'], ['\u017f']].map(cueWords);
const lists = [...declared, ['perce', 'termijn'], ['orbo']];
const pieces = ['betaal', 'LOTS', 'rborg', 'perce', 'PERCEEL', 'Lot', 'l', 'ot', 'PROCÉDURE', 'Procedure', 'pt_', 'PT_', 'betal', 'Betaling', 'TERMIJN', 'pay', 'Délai', 'DÉLAI', 'performance', ' ', 'bond', 'waarborg', 'İ', 'K', 'ſ', '\u0000', '\n', 'é', '–', '€', 'x'];

describe('Scan.has', () => {
  it('answers as lower-casing each block and looking for each word', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), { maxLength: 8 }), (parts) => {
        const texts = parts.map((p) => p.join(''));
        const doc = documentOf(texts);
        const scan = createScan(doc, texts.map(() => 'other'));
        for (const words of lists) {
          for (const block of doc.blocks) {
            const lower = block.text.toLowerCase();
            expect(scan.has(block, words), `${JSON.stringify(block.text)} ${words}`).toBe(words.some((w) => lower.includes(w)));
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('works when block ids are not positions', () => {
    const doc = documentOf(['Perceel 1', 'geen', 'de Betaling'], [5, 7, 9]);
    const scan = createScan(doc, []);
    expect(doc.blocks.map((b) => scan.has(b, declared[0]!))).toEqual([true, false, false]);
    expect(doc.blocks.map((b) => scan.has(b, declared[4]!))).toEqual([false, false, true]);
  });
});
