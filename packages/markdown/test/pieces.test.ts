import { describe, expect, it } from 'vitest';
import { readMarkdown, readMarkdownWhole } from '../src/markdown.js';
import { splitPieces } from '../src/pieces.js';

// Pieces of Markdown that end, continue or change what comes next: the split must read every
// combination of them exactly as remark reads the whole document.
const parts = [
  'De aannemer levert de materialen binnen 30 kalenderdagen.',
  'De aannemer levert de materialen\nbinnen 30 kalenderdagen na de bestelling.',
  'Le pouvoir adjudicateur\npeut exiger des échantillons.',
  '# Artikel 1 - Voorwerp',
  '## Raming en percelen',
  '###   Drie spaties',
  '# Titel met afsluiting #',
  'Setext titel\n===========',
  'Setext tweede\n---',
  '- eerste punt\n- tweede punt',
  '- los punt',
  '1. eerste\n2. tweede',
  '3. derde',
  '1) haakje',
  '  vervolg met twee spaties',
  '    ingesprongen code',
  '> citaat\nluie voortzetting',
  '> citaat',
  '| post | eenheid |\n|---|---|\n| 1 | m² |',
  '| post | omschrijving | eenheid |\n|:---|:---:|---:|\n| 1.1 | Kasseien – graniet | m² |\n|  2  |   | st |',
  '| a | b |\n|---|---|\n| kort |\n| te | veel | cellen |',
  '| a | b |\n|---|---|\n| met \\| escape | x |\n| `code` | *nadruk* |',
  'a | b\n--- | ---\n1 | 2',
  '| alleen kop |\n|---|',
  '| kop | zonder rij |\n| --- | --- |',
  '|a|b|\n|-|-|\n|1|2|',
  'tekst | met pijp',
  '<!-- tenderlint-disable-next-line lots/justify-no-division -- uitleg -->',
  '<!-- tenderlint-disable -->',
  '<!-- tenderlint-enable -->',
  '<!-- open commentaar',
  'sluit -->',
  '<div>\nhtml blok\n</div>',
  'Een *nadruk* en **vet** en `code` en [link](http://x) en ![beeld](y.png).',
  'Een entiteit &amp; en een escape \\* hier.',
  'Prijs in &euro; en AT&amp;T',
  'Een _nadruk_ met liggend streepje',
  'Zie <https://www.e-procurement.be> en <b>vet</b>',
  'Harde regeleinde  \nna twee spaties',
  'Regel met spatie \nerachter',
  'Een [referentie] zonder definitie',
  '[referentie]: http://example.org',
  '```\ncode\n\nmet lege regel\n```',
  '~~~\ncode\n~~~',
  '***',
  '2026 is een jaar.',
  '2026. Een jaar',
  'Tekst\n1. onderbreekt',
  'Tekst\n2. onderbreekt niet',
  'Tekst\n- onderbreekt',
  'É accentué\nà la ligne',
  'Tab\tin tekst',
  'A',
  '  ',
];

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const same = (source: string) => expect(readMarkdown(source, { fileName: 'x.md' })).toEqual(readMarkdownWhole(source, { fileName: 'x.md' }));

describe('reading Markdown in pieces', () => {
  it('reads plain prose and plain headings without remark', () => {
    const pieces = splitPieces('# Artikel 1\n\nDe aannemer levert\nde stenen.\n\n- een punt\n\nNog een alinea.\n');
    expect(pieces.map((p) => p.kind)).toEqual(['heading', 'paragraph', 'markdown', 'paragraph']);
  });

  it('gives the whole document to remark when something reaches across blank lines', () => {
    for (const source of ['Tekst\n\n```\ncode\n\ncode\n```\n', '[a]: http://x\n\nZie [a].\n', 'Tekst\n\n<!-- open\n\ndicht -->\n', 'A\r\n\r\nB\r\n']) {
      expect(splitPieces(source)).toEqual([{ kind: 'markdown', text: source, line: 1 }]);
    }
  });

  it('reads every pair and triple of tricky parts as the whole-document parse does', () => {
    for (const a of parts) for (const b of parts) same(`${a}\n\n${b}\n`);
    const r = rng(2026);
    for (let n = 0; n < 1500; n++) {
      const count = 2 + Math.floor(r() * 6);
      const chosen: string[] = [];
      for (let k = 0; k < count; k++) chosen.push(parts[Math.floor(r() * parts.length)]!);
      const joiner = () => (r() < 0.8 ? '\n\n' : r() < 0.5 ? '\n' : '\n\n\n');
      same(chosen.reduce((s, p, k) => (k ? s + joiner() + p : p), '') + (r() < 0.5 ? '\n' : ''));
    }
  });

  it('keeps the exact positions of plain paragraphs and headings', () => {
    const doc = readMarkdown('# Artikel 1\n\nDe aannemer levert\nde stenen.\n');
    expect(doc.blocks.map((b) => [b.kind, b.text, b.anchors])).toEqual([
      ['heading', 'Artikel 1', [{ offset: 0, line: 1, column: 3 }]],
      ['paragraph', 'De aannemer levert de stenen.', [{ offset: 0, line: 3, column: 1 }, { offset: 19, line: 4, column: 1 }]],
    ]);
  });
});
