import { lint, extractFacts, positionAt, TenderlintError, type TenderDocument } from '@tenderlint/core';
import { readDocx } from '@tenderlint/docx';
import { readMarkdown, readText } from '@tenderlint/markdown';
import recommended from '@tenderlint/recommended';
import { Document, Packer, Paragraph, HeadingLevel, Table, TableRow, TableCell } from 'docx';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

// `pnpm fuzz` sets FUZZ_RUNS=10000; the normal suite runs a few hundred cases of each.
const runs = Number(process.env.FUZZ_RUNS ?? 200);

// Fragments that real specifications are made of, so that generated texts reach the extractor's and rules' paths.
const fragments = [
  '# Artikel 3 - Selectie', '## Deel II - Technische bepalingen', '### 4.2 Gunningscriteria', '\n\n', '\n', ' ', '- ', '1. ', '| prijs | 60 % |\n|---|---|\n',
  'De opdracht wordt geraamd op € 1.250.000,00 excl. btw.', '1 250 000 EUR', '€1,250,000.00', '1,25 miljoen euro', '250 k€', '1.250 KEUR', 'HTVA', 'TVAC',
  'De opdracht wordt niet in percelen verdeeld.', 'Perceel 1: ', 'lot 2', 'minimale jaaromzet van', '3 maal de waarde', 'referenties', 'laatste drie jaar',
  'categorie D, klasse 4', '4D', 'klasse', 'ISO 9001', 'of gelijkwaardig', 'merk Dell, type Latitude 7450', '®', 'NBN EN 1338', 'FSC', 'IAO', 'nrs. 29, 87',
  'binnen 45 dagen', 'behandelingstermijn', 'verificatietermijn van 30 dagen', '21/04/2026', '21 april 2026 om 10.00 uur', 'le 21 avril 2026 à 10h00',
  'CPV 45233140-2', '18100000', 'openbare procedure', 'prijs (60 punten)', 'levenscycluskost', 'varianten zijn toegestaan', 'moet', 'zo snel mogelijk',
  '<!-- tenderlint-disable-next-line lots/justify-no-division -- reden -->', '<!-- tenderlint-enable -->', '**', '`', '\\', '<br>', '&amp;', '[x](y)',
];
const specText = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(''));

function checkDocument(doc: TenderDocument, lineCount: number) {
  doc.blocks.forEach((b, i) => {
    expect(b.id).toBe(i);
    for (const offset of [0, Math.floor(b.text.length / 2), Math.max(0, b.text.length - 1)]) {
      const p = positionAt(b, offset);
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.line).toBeLessThanOrEqual(Math.max(lineCount, 1));
      expect(p.column).toBeGreaterThanOrEqual(1);
    }
  });
}

function checkLint(doc: TenderDocument) {
  const { findings } = lint(doc, recommended);
  expect(findings.filter((f) => f.ruleId === 'internal/rule-error')).toEqual([]);
  for (const f of findings) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.endLine).toBeGreaterThanOrEqual(f.line);
  }
}

describe('fuzz: readers, fact extractor and rules never crash', () => {
  it('Markdown', () => {
    fc.assert(
      fc.property(specText, (src) => {
        const doc = readMarkdown(src);
        checkDocument(doc, src.split(/\r\n|\r|\n/).length);
        checkLint(doc);
      }),
      { numRuns: runs },
    );
  });

  it('plain text', () => {
    fc.assert(
      fc.property(specText, (src) => {
        const doc = readText(src);
        checkDocument(doc, src.split(/\r\n|\r|\n/).length);
        extractFacts(doc);
      }),
      { numRuns: runs },
    );
  });

  describe('.docx', () => {
    let sample: Uint8Array;
    beforeAll(async () => {
      const doc = new Document({
        sections: [
          {
            children: [
              new Paragraph({ text: 'Artikel 1 - Voorwerp', heading: HeadingLevel.HEADING_1 }),
              new Paragraph('De opdracht wordt geraamd op € 250.000 excl. btw en wordt niet in percelen verdeeld.'),
              new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('prijs')] }), new TableCell({ children: [new Paragraph('60 %')] })] })] }),
            ],
          },
        ],
      });
      sample = new Uint8Array(await Packer.toBuffer(doc));
    });

    it('corrupted bytes give a document or a TenderlintError, nothing else', () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 }), fc.option(fc.nat()), (edits, cut) => {
          let bytes = sample.slice();
          for (const [pos, value] of edits) bytes[pos % bytes.length] = value;
          if (cut !== null) bytes = bytes.slice(0, cut % bytes.length);
          try {
            const doc = readDocx(bytes, { fileName: 'fuzz.docx' }) as TenderDocument;
            checkDocument(doc, doc.lineCount);
          } catch (error) {
            if (!(error instanceof TenderlintError)) throw error;
            expect(error.message).not.toMatch(/\n/);
          }
        }),
        { numRuns: runs },
      );
    });
  });
});
