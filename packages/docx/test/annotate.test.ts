import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { annotateDocx, readDocx } from '../src/index.js';
import { anchoredComments, findingAt } from './helpers/findings.js';
import { buildDocx, headingStyles, p } from './helpers/package.js';

const spec = () =>
  buildDocx({
    styles: headingStyles,
    body: [
      p('Bestek voor de levering van werkkledij', { style: 'Heading1' }),
      p('Technische bepalingen', { style: 'Heading2' }),
      p(['De schoenen zijn van het merk ', 'Sioen', ' of ', 'Dunlop &amp; co', ', type S3.']),
      p('De inschrijver levert binnen 10 dagen en betaalt een boete van 5 % per dag vertraging.'),
      p('Gunningscriteria', { style: 'Heading2' }),
      p('Prijs: 100 punten.'),
    ].join(''),
  });

/** The document.xml with tenderlint's run splits and markers taken out, to compare with the input. */
function withoutMarkup(xml: string): string {
  return xml
    .replace(/<w:commentRange(?:Start|End) w:id="\d+"\/>/g, '')
    .replace(/<w:r><w:commentReference w:id="\d+"\/><\/w:r>/g, '')
    .replace(/<\/w:t><\/w:r><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">/g, '')
    .replace(/<w:t xml:space="preserve">/g, '<w:t>');
}

describe('annotateDocx', () => {
  it('writes one comment per finding by tenderlint, anchored on the exact words, also across runs and in one run', () => {
    const input = spec();
    const doc = readDocx(input);
    const findings = [
      findingAt(doc, 'Sioen'),
      findingAt(doc, 'merk Sioen of Dunlop & co'),
      findingAt(doc, '10 dagen'),
      findingAt(doc, 'boete van 5 %'),
      findingAt(doc, 'binnen 10'),
    ];
    const out = annotateDocx(input, doc, findings);
    const comments = anchoredComments(out);
    expect(comments.map((c) => c.anchored)).toEqual(['Sioen', 'merk Sioen of Dunlop & co', '10 dagen', 'boete van 5 %', 'binnen 10']);
    expect(comments.every((c) => c.author === 'tenderlint')).toBe(true);
    expect(comments[0]!.text).toContain('Bevinding over Sioen.');
    expect(comments[0]!.text).toContain('Grond: Vlaams plan overheidsopdrachten, punt 2.1; Wet 17 juni 2016, art. 53');
    expect(comments[0]!.text).toContain('Regel: test/rule');
    // The document reads exactly as before.
    expect(readDocx(out).blocks.map((b) => b.text)).toEqual(doc.blocks.map((b) => b.text));
  });

  it('anchors a comment across paragraphs, and a finding about something missing on the heading of its section', () => {
    const input = spec();
    const doc = readDocx(input);
    const first = findingAt(doc, 'type S3.');
    const second = findingAt(doc, 'De inschrijver levert');
    const across = { ...first, endLine: second.endLine, endColumn: second.endColumn };
    const heading = doc.blocks.find((b) => b.text === 'Gunningscriteria')!;
    const missing = { ...findingAt(doc, 'Gunningscriteria'), missing: true, start: 0, end: 0, endColumn: 1 };
    const whole = { ...findingAt(doc, null), blockId: -1 };
    const comments = anchoredComments(annotateDocx(input, doc, [across, missing, whole]));
    expect(comments.map((c) => c.anchored)).toEqual(['type S3.\nDe inschrijver levert', heading.text, 'Bestek voor de levering van werkkledij']);
  });

  it('changes nothing but the comment markup: other parts byte-identical, document.xml identical once the markup is removed', () => {
    const input = spec();
    const doc = readDocx(input);
    const out = annotateDocx(input, doc, [findingAt(doc, 'Sioen'), findingAt(doc, 'Dunlop & co'), findingAt(doc, 'Prijs')]);
    const before = unzipSync(input);
    const after = unzipSync(out);
    const changed = new Set(['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml']);
    for (const [name, bytes] of Object.entries(before)) {
      if (!changed.has(name)) expect(Buffer.from(after[name]!).equals(Buffer.from(bytes)), name).toBe(true);
    }
    expect(withoutMarkup(strFromU8(after['word/document.xml']!))).toBe(withoutMarkup(strFromU8(before['word/document.xml']!)));
    expect(strFromU8(after['word/_rels/document.xml.rels']!)).toBe(
      strFromU8(before['word/_rels/document.xml.rels']!).replace('</Relationships>', '<Relationship Id="rIdTenderlintComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>'),
    );
    expect(strFromU8(after['[Content_Types].xml']!)).toContain('<Override PartName="/word/comments.xml"');
  });

  it('keeps the author\'s own comments and replaces its earlier comments when annotating again', () => {
    const input = buildDocx({
      body:
        '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">Het merk Festool is verplicht.</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>' +
        p('Tweede alinea.'),
      comments: '<w:comment w:id="0" w:author="An Peeters"><w:p><w:r><w:t>Nakijken met de dienst.</w:t></w:r></w:p></w:comment>',
    });
    const doc = readDocx(input);
    const once = annotateDocx(input, doc, [findingAt(doc, 'Festool'), findingAt(doc, 'Tweede')]);
    const again = annotateDocx(once, readDocx(once), [findingAt(readDocx(once), 'Festool')]);
    const comments = anchoredComments(again);
    expect(comments.map((c) => [c.author, c.anchored])).toEqual([
      ['An Peeters', 'Het merk Festool is verplicht.'],
      ['tenderlint', 'Festool'],
    ]);
    expect(strFromU8(unzipSync(again)['word/document.xml']!).match(/commentReference/g)).toHaveLength(2);
  });

  it('with suggest, turns suggested wordings into tracked changes by tenderlint that read as not yet accepted', () => {
    const input = spec();
    const doc = readDocx(input);
    const replace = findingAt(doc, 'Sioen', { suggestion: { text: 'een gelijkwaardig merk', replace: true } });
    const insert = findingAt(doc, 'Dunlop & co', { suggestion: { text: 'of gelijkwaardig', replace: false } });
    const out = annotateDocx(input, doc, [replace, insert], { suggest: true });
    const xml = strFromU8(unzipSync(out)['word/document.xml']!);
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="tenderlint"><w:r><w:delText xml:space="preserve">Sioen<\/w:delText><\/w:r><\/w:del><w:ins w:id="\d+" w:author="tenderlint"><w:r><w:t xml:space="preserve">een gelijkwaardig merk<\/w:t><\/w:r><\/w:ins>/);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="tenderlint"><w:r><w:t xml:space="preserve"> of gelijkwaardig<\/w:t><\/w:r><\/w:ins>/);
    expect(anchoredComments(out)).toHaveLength(2);
    // Read again, the suggestions are pending: the text is the author's; annotating again removes them.
    expect(readDocx(out).blocks.map((b) => b.text)).toEqual(doc.blocks.map((b) => b.text));
    const again = annotateDocx(out, readDocx(out), []);
    expect(strFromU8(unzipSync(again)['word/document.xml']!)).not.toMatch(/w:author="tenderlint"/);
    expect(readDocx(again).blocks.map((b) => b.text)).toEqual(doc.blocks.map((b) => b.text));
  });

  it('writes comment labels in the language asked', () => {
    const input = spec();
    const doc = readDocx(input);
    const [fr] = anchoredComments(annotateDocx(input, doc, [findingAt(doc, 'Sioen')], { lang: 'fr' }));
    expect(fr!.text).toContain('Fondement: plan flamand des marchés publics, point 2.1');
    const [en] = anchoredComments(annotateDocx(input, doc, [findingAt(doc, 'Sioen', { suggestion: { text: 'or equivalent', replace: false } })], { lang: 'en' }));
    expect(en!.text).toContain('Suggested wording: or equivalent');
  });

  it('skips suppressed findings', () => {
    const input = spec();
    const doc = readDocx(input);
    const out = annotateDocx(input, doc, [findingAt(doc, 'Sioen', { suppressions: [{ kind: 'inSource', justification: 'ok' }] }), findingAt(doc, 'Prijs')]);
    expect(anchoredComments(out).map((c) => c.anchored)).toEqual(['Prijs']);
  });

  it('gives a file mammoth reads with every comment', async () => {
    const input = spec();
    const doc = readDocx(input);
    const findings = [findingAt(doc, 'Sioen'), findingAt(doc, 'merk Sioen of Dunlop & co'), findingAt(doc, '10 dagen'), findingAt(doc, 'Gunningscriteria')];
    const out = annotateDocx(input, doc, findings);
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(out) }, { styleMap: ['comment-reference => sup'] });
    expect(result.value.match(/<dt id="comment-/g)).toHaveLength(findings.length);
    expect(result.value).toContain('Bevinding over Sioen.');
  });

  it('with suggest, proposes a missing clause as a new tracked paragraph after its heading, invisible to a second lint', () => {
    const input = spec();
    const doc = readDocx(input);
    const heading = findingAt(doc, 'Gunningscriteria');
    const missing = { ...heading, missing: true, suggestion: { text: 'De opdracht wordt gegund op basis van prijs (40 %) en kwaliteit (60 %).', replace: false } };
    const later = findingAt(doc, 'Prijs: 100 punten');
    const out = annotateDocx(input, doc, [missing, later], { suggest: true });
    const xml = strFromU8(unzipSync(out)['word/document.xml']!);
    expect(xml).toMatch(/Gunningscriteria<\/w:t><\/w:r>(?:<w:commentRangeEnd w:id="\d+"\/><w:r><w:commentReference w:id="\d+"\/><\/w:r>)?<\/w:p><w:p><w:pPr><w:rPr><w:ins w:id="\d+" w:author="tenderlint"\/><\/w:rPr><\/w:pPr><w:ins w:id="\d+" w:author="tenderlint"><w:r><w:t xml:space="preserve">De opdracht wordt gegund/);
    expect(anchoredComments(out).map((c) => c.anchored)).toEqual(['Gunningscriteria', 'Prijs: 100 punten']);
    // Read again, the suggested paragraph is not the author's: same blocks, same paragraph numbers.
    const again = readDocx(out);
    expect(again.blocks.map((b) => [b.text, b.anchors])).toEqual(doc.blocks.map((b) => [b.text, b.anchors]));
    expect(again.lineCount).toBe(doc.lineCount);
    const cleaned = annotateDocx(out, again, [findingAt(again, 'Prijs: 100 punten')]);
    expect(strFromU8(unzipSync(cleaned)['word/document.xml']!)).not.toContain('De opdracht wordt gegund');
    expect(anchoredComments(cleaned).map((c) => c.anchored)).toEqual(['Prijs: 100 punten']);
  });

  it('gives the same file content with a native codec lent by the host (Node zlib) as with the portable one', async () => {
    const zlib = await import('node:zlib');
    const input = spec();
    const doc = readDocx(input);
    const findings = [findingAt(doc, 'Sioen'), findingAt(doc, 'Prijs')];
    const portable = annotateDocx(input, doc, findings);
    const native = annotateDocx(input, doc, findings, { codec: { deflateRaw: (d) => zlib.deflateRawSync(d), crc32: (d) => zlib.crc32(d) >>> 0 } });
    // readDocx checks every CRC with its own implementation.
    expect(readDocx(native).blocks).toEqual(readDocx(portable).blocks);
    const a = unzipSync(portable);
    const b = unzipSync(native);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const name of Object.keys(a)) expect(Buffer.from(b[name]!).equals(Buffer.from(a[name]!)), name).toBe(true);
  });
});
