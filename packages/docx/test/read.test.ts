import { describe, expect, it } from 'vitest';
import { positionAt } from '@tenderlint/core';
import { readDocx } from '../src/index.js';
import { buildDocx, headingStyles, p } from './helpers/package.js';

const numbering = `
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Artikel %1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;

describe('readDocx', () => {
  it('reads headings from styles with their path, and paragraphs with exact positions', () => {
    const doc = readDocx(
      buildDocx({
        styles: headingStyles,
        body: [p('Bestek voor schoonmaak', { style: 'Heading1' }), p('Deel I', { style: 'Heading2' }), p(['De opdracht ', 'betreft ', 'schoonmaak.']), p('  Ingesprongen tekst.')].join(''),
      }),
      { fileName: 'x.docx' },
    );
    expect(doc.format).toBe('docx');
    expect(doc.blocks.map((b) => [b.kind, b.depth, b.text])).toEqual([
      ['heading', 1, 'Bestek voor schoonmaak'],
      ['heading', 2, 'Deel I'],
      ['paragraph', undefined, 'De opdracht betreft schoonmaak.'],
      ['paragraph', undefined, 'Ingesprongen tekst.'],
    ]);
    expect(doc.blocks[2]!.headingPath).toEqual(['Bestek voor schoonmaak', 'Deel I']);
    expect(positionAt(doc.blocks[2]!, 12)).toEqual({ line: 3, column: 13 });
    expect(positionAt(doc.blocks[3]!, 0)).toEqual({ line: 4, column: 3 });
    expect(doc.lineCount).toBe(4);
  });

  it('computes the visible labels of numbered articles from numbering.xml, through styles too', () => {
    const styles = headingStyles + '<w:style w:type="paragraph" w:styleId="Art"><w:name w:val="Artikel"/><w:basedOn w:val="Heading2"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const doc = readDocx(
      buildDocx({
        styles,
        numbering,
        body: [
          p('Voorwerp', { style: 'Art' }),
          p('Prijs', { style: 'Art' }),
          p('Herziening', { numId: 1, ilvl: 1 }),
          p('Index', { numId: 1, ilvl: 1 }),
          p('eerste punt', { numId: 1, ilvl: 2 }),
          p('tweede punt', { numId: 1, ilvl: 2 }),
          p('Betaling', { style: 'Art' }),
          p('Termijn', { numId: 1, ilvl: 1 }),
          p('een opsomming', { numId: 2 }),
        ].join(''),
      }),
    );
    expect(doc.blocks.map((b) => [b.kind, b.label, b.text])).toEqual([
      ['heading', 'Artikel 1.', 'Voorwerp'],
      ['heading', 'Artikel 2.', 'Prijs'],
      ['list-item', '2.1', 'Herziening'],
      ['list-item', '2.2', 'Index'],
      ['list-item', 'a)', 'eerste punt'],
      ['list-item', 'b)', 'tweede punt'],
      ['heading', 'Artikel 3.', 'Betaling'],
      ['list-item', '3.1', 'Termijn'],
      ['list-item', undefined, 'een opsomming'],
    ]);
  });

  it('reads tables cell by cell, one block per cell, every paragraph still counted as a line', () => {
    const cell = (...ps: string[]) => `<w:tc>${ps.map((t) => p(t)).join('')}</w:tc>`;
    const doc = readDocx(
      buildDocx({
        body: p('Gunningscriteria:') + `<w:tbl><w:tr>${cell('Criterium')}${cell('Weging')}</w:tr><w:tr>${cell('Prijs')}${cell('60', 'punten')}</w:tr></w:tbl>` + p('Na de tabel.'),
      }),
    );
    const cells = doc.blocks.filter((b) => b.kind === 'table-cell');
    expect(cells.map((b) => [b.text, b.table])).toEqual([
      ['Criterium', { index: 0, row: 0, column: 0 }],
      ['Weging', { index: 0, row: 0, column: 1 }],
      ['Prijs', { index: 0, row: 1, column: 0 }],
      ['60 punten', { index: 0, row: 1, column: 1 }],
    ]);
    expect(positionAt(cells[3]!, 3)).toEqual({ line: 6, column: 1 });
    expect(doc.blocks.at(-1)).toMatchObject({ kind: 'paragraph', text: 'Na de tabel.', anchors: [{ line: 7 }] });
  });

  it('reads tracked changes as accepted, text in content controls, and keeps fields results but not their codes', () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">De termijn is </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>30</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>60</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> dagen.</w:t></w:r></w:p>' +
      '<w:sdt><w:sdtPr><w:alias w:val="Opdrachtgever"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Stad Gent</w:t></w:r></w:p></w:sdtContent></w:sdt>' +
      '<w:p><w:r><w:t xml:space="preserve">Zie </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF art3 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>artikel 3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>A&amp;B &lt;tekst&gt;</w:t><w:tab/><w:t>na tab</w:t></w:r></w:p>';
    const doc = readDocx(buildDocx({ body }));
    expect(doc.blocks.map((b) => b.text)).toEqual(['De termijn is 60 dagen.', 'Stad Gent', 'Zie artikel 3.', 'A&B <tekst> na tab']);
  });

  it('places footnotes after the paragraph that refers to them, numbered after the body', () => {
    const footnotes =
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
      '<w:footnote w:id="1"><w:p><w:r><w:t>Zie artikel 67 van de wet van 17 juni 2016.</w:t></w:r></w:p></w:footnote>';
    const body = '<w:p><w:r><w:t>De inschrijver bewijst zijn bekwaamheid.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>' + p('Volgende alinea.');
    const doc = readDocx(buildDocx({ body, footnotes }));
    expect(doc.blocks.map((b) => [b.text, b.anchors[0]!.line])).toEqual([
      ['De inschrijver bewijst zijn bekwaamheid.', 1],
      ['Zie artikel 67 van de wet van 17 juni 2016.', 4],
      ['Volgende alinea.', 2],
    ]);
    expect(doc.lineCount).toBe(4);
  });

  it('turns a Word comment "tenderlint-disable RULE -- reason" into a suppression over the paragraphs it covers', () => {
    const body =
      p('Bestek', { style: 'Heading1' }) +
      '<w:p><w:r><w:t xml:space="preserve">Het merk </w:t></w:r><w:commentRangeStart w:id="5"/><w:r><w:t>Festool</w:t></w:r><w:commentRangeEnd w:id="5"/><w:r><w:commentReference w:id="5"/></w:r></w:p>' +
      '<w:p><w:commentRangeStart w:id="6"/><w:r><w:t>Andere tekst.</w:t></w:r><w:commentRangeEnd w:id="6"/><w:r><w:commentReference w:id="6"/></w:r></w:p>';
    const comments =
      '<w:comment w:id="5" w:author="Jan"><w:p><w:r><w:t>tenderlint-disable functional-specs/brand-or-equivalent -- vervangstukken voor bestaande machines</w:t></w:r></w:p></w:comment>' +
      '<w:comment w:id="6" w:author="Jan"><w:p><w:r><w:t>Gewone opmerking, geen richtlijn.</w:t></w:r></w:p></w:comment>';
    const doc = readDocx(buildDocx({ body, comments, styles: headingStyles }));
    expect(doc.directives).toEqual([
      {
        rules: ['functional-specs/brand-or-equivalent'],
        reason: 'vervangstukken voor bestaande machines',
        covers: { start: { line: 2, column: 1 }, end: { line: 2, column: 17 } },
        at: { start: { line: 2, column: 10 }, end: { line: 2, column: 17 } },
        kind: 'range',
      },
    ]);
  });

  it('a directive comment anchored on the title covers the whole document; tenderlint\'s own comments are not directives', () => {
    const body =
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:commentRangeStart w:id="1"/><w:r><w:t>Bestek</w:t></w:r><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r></w:p>' +
      '<w:p><w:commentRangeStart w:id="2"/><w:r><w:t>Tekst.</w:t></w:r><w:commentRangeEnd w:id="2"/><w:r><w:commentReference w:id="2"/></w:r></w:p>';
    const comments =
      '<w:comment w:id="1" w:author="Jan"><w:p><w:r><w:t>tenderlint-disable ilo/high-risk-clause</w:t></w:r></w:p></w:comment>' +
      '<w:comment w:id="2" w:author="tenderlint"><w:p><w:r><w:t>tenderlint-disable clarity/x -- hoort niet mee te tellen</w:t></w:r></w:p></w:comment>';
    const doc = readDocx(buildDocx({ body, comments, styles: headingStyles }));
    expect(doc.directives).toHaveLength(1);
    expect(doc.directives[0]).toMatchObject({ kind: 'file', rules: ['ilo/high-risk-clause'], reason: null });
  });

  it('reads a document made by the docx package with numbering, tables and footnotes', async () => {
    const { Document, Packer, Paragraph, HeadingLevel, TextRun, Table, TableRow, TableCell, FootnoteReferenceRun, LevelFormat } = await import('docx');
    const d = new Document({
      numbering: { config: [{ reference: 'art', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }, { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2' }] }] },
      footnotes: { 1: { children: [new Paragraph('Voetnoot over de raming.')] } },
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Bestek')] }),
            new Paragraph({ numbering: { reference: 'art', level: 0 }, children: [new TextRun('Voorwerp')] }),
            new Paragraph({ numbering: { reference: 'art', level: 1 }, children: [new TextRun('De opdracht wordt geraamd op 100.000 euro.'), new FootnoteReferenceRun(1)] }),
            new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('Prijs')] }), new TableCell({ children: [new Paragraph('100')] })] })] }),
          ],
        },
      ],
    });
    const doc = readDocx(new Uint8Array(await Packer.toBuffer(d)));
    expect(doc.blocks.map((b) => [b.kind, b.label, b.text])).toEqual([
      ['heading', undefined, 'Bestek'],
      ['list-item', '1.', 'Voorwerp'],
      ['list-item', '1.1', 'De opdracht wordt geraamd op 100.000 euro.'],
      ['paragraph', undefined, 'Voetnoot over de raming.'],
      ['table-cell', undefined, 'Prijs'],
      ['table-cell', undefined, '100'],
    ]);
  });

  it('without heading styles, recognises headings as a reader does: bold short lines and "Artikel 3" lines', () => {
    const bold = (t: string) => `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
    const doc = readDocx(
      buildDocx({
        body: [
          bold('Bestek nr. 2026/014'),
          bold('DEEL 1 ADMINISTRATIEVE BEPALINGEN'),
          p('Artikel 1 Voorwerp van de opdracht'),
          p('De opdracht betreft de levering van schoolmeubilair.'),
          bold('De offerte moet in het Nederlands worden opgesteld.'),
          p('Art. 2 Prijsherziening'),
          '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Vet begin </w:t></w:r><w:r><w:t>en gewone tekst</w:t></w:r></w:p>',
        ].join(''),
      }),
    );
    expect(doc.blocks.map((b) => [b.kind, b.depth])).toEqual([
      ['heading', 2],
      ['heading', 1],
      ['heading', 2],
      ['paragraph', undefined],
      ['paragraph', undefined],
      ['heading', 2],
      ['paragraph', undefined],
    ]);
    expect(doc.blocks[3]!.headingPath).toEqual(['DEEL 1 ADMINISTRATIEVE BEPALINGEN', 'Artikel 1 Voorwerp van de opdracht']);
  });

  it('reads a numbered "Artikel N." paragraph as an article heading under the styled chapter heading', () => {
    const doc = readDocx(
      buildDocx({
        styles: headingStyles,
        numbering,
        body: [p('Administratieve bepalingen', { style: 'Heading1' }), p('Prijsherziening', { numId: 1, ilvl: 0 }), p('De prijzen zijn vast.'), p('Betaling', { numId: 1, ilvl: 0 }), p('Technische bepalingen', { style: 'Heading1' }), p('Bold maar geen kop')].join(''),
      }),
    );
    expect(doc.blocks.map((b) => [b.kind, b.depth, b.label ?? null])).toEqual([
      ['heading', 1, null],
      ['heading', 2, 'Artikel 1.'],
      ['paragraph', undefined, null],
      ['heading', 2, 'Artikel 2.'],
      ['heading', 1, null],
      ['paragraph', undefined, null],
    ]);
    expect(doc.blocks[2]!.headingPath).toEqual(['Administratieve bepalingen', 'Prijsherziening']);
  });

  it('numbers headings through a list linked to the heading styles (levels found by their style)', () => {
    const linked = `<w:abstractNum w:abstractNumId="3">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl>
    </w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>`;
    const styles = [1, 2]
      .map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr><w:outlineLvl w:val="${n - 1}"/></w:pPr></w:style>`)
      .join('');
    const doc = readDocx(
      buildDocx({
        styles,
        numbering: linked,
        body: [p('Administratieve bepalingen', { style: 'Heading1' }), p('Voorwerp', { style: 'Heading2' }), p('Duur', { style: 'Heading2' }), p('Technische bepalingen', { style: 'Heading1' }), p('Materialen', { style: 'Heading2' })].join(''),
      }),
    );
    expect(doc.blocks.map((b) => b.label)).toEqual(['I.', '1.1', '1.2', 'II.', '2.1']);
  });

  it('follows a list style link to the definition that holds the levels', () => {
    const linked = `<w:abstractNum w:abstractNumId="1"><w:styleLink w:val="Artikellijst"/>
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Art. %1."/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="Artikellijst"/></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>`;
    const doc = readDocx(buildDocx({ numbering: linked, body: [p('Voorwerp', { numId: 2 }), p('Prijs', { numId: 2 })].join('') }));
    expect(doc.blocks.map((b) => [b.kind, b.label])).toEqual([
      ['heading', 'Art. 1.'],
      ['heading', 'Art. 2.'],
    ]);
  });

  it('a styled title alone does not switch off recognising bold headings', () => {
    const bold = (t: string) => `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>${t}</w:t></w:r></w:p>`;
    const doc = readDocx(buildDocx({ styles: headingStyles, body: [p('Bestek renovatie sporthal', { style: 'Heading1' }), bold('Prijsherziening'), p('De prijzen worden jaarlijks herzien.')].join('') }));
    expect(doc.blocks.map((b) => [b.kind, b.depth])).toEqual([
      ['heading', 1],
      ['heading', 2],
      ['paragraph', undefined],
    ]);
  });
});
