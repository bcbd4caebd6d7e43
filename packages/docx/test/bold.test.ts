import { describe, expect, it } from 'vitest';
import { isAllBold } from '../src/headings.js';
import { scanPart, type ScannedParagraph } from '../src/scan.js';
import { W } from './helpers/package.js';

// The scan sums up how each paragraph is bold while it reads, so that reading needs no segments;
// this is the rule it stands for, worked out from the segments as before.
function allBoldBySegments(p: ScannedParagraph, styleBold: boolean): boolean {
  let any = false;
  for (const s of p.segments) {
    if (s.kind !== 't' || !p.text.slice(s.col, s.col + s.len).trim()) continue;
    const rPr = s.run.rPr;
    const bold = /<w:b\s+w:val="(?:0|false|off)"/.test(rPr) ? false : /<w:b(?:\s+w:val="(?:1|true|on)")?\s*\/>/.test(rPr) || styleBold;
    if (!bold) return false;
    any = true;
  }
  return any;
}

const run = (rPr: string, text: string) => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const B = '<w:b/>';
const OFF = '<w:b w:val="0"/>';
const ON = '<w:b w:val="true"/>';
const paragraphs = [
  run(B, 'Vet'),
  run(ON, 'Vet'),
  run(OFF, 'Niet vet'),
  run('', 'Gewoon'),
  run(B, 'Vet ') + run('', 'en gewoon'),
  run(B, 'Vet ') + run(B, 'en vet'),
  run(B, 'Vet') + run('', '   '),
  run('', ' ') + run(B, 'Vet'),
  run('', '\u00a0') + run(B, 'Vet'),
  run(OFF, ' ') + run(B, 'Vet'),
  run('', '  '),
  run(B, 'Vet') + '<w:r><w:tab/></w:r>' + run(OFF, 'niet'),
  `<w:r><w:rPr>${B}<w:rPrChange w:id="1"><w:rPr>${OFF}</w:rPr></w:rPrChange></w:rPr><w:t>Vet met wijziging</w:t></w:r>`,
  `<w:r><w:rPr>${OFF}</w:rPr><w:t>Niet</w:t><w:t>twee keer</w:t></w:r>`,
  `<w:del w:id="2" w:author="x"><w:r><w:delText>weg</w:delText></w:r></w:del>${run(B, 'Vet')}`,
  '<w:r><w:br/></w:r>',
  '',
];

describe('how bold a paragraph is', () => {
  it('comes out of the scan as it comes out of the segments, with and without a bold style', () => {
    const xml = `<w:document ${W}><w:body>${paragraphs.map((p) => `<w:p>${p}</w:p>`).join('')}</w:body></w:document>`;
    const scan = scanPart(xml, 'word/document.xml', { maxDepth: 256 });
    const light = scanPart(xml, 'word/document.xml', { maxDepth: 256 }, { segments: false });
    expect(scan.paragraphs).toHaveLength(paragraphs.length);
    const seen = new Set<string>();
    scan.paragraphs.forEach((p, i) => {
      expect(light.paragraphs[i]!.segments).toEqual([]);
      expect(light.paragraphs[i]!.text).toBe(p.text);
      for (const styleBold of [false, true]) {
        const expected = allBoldBySegments(p, styleBold);
        expect([i, styleBold, isAllBold(p, styleBold)]).toEqual([i, styleBold, expected]);
        expect(isAllBold(light.paragraphs[i]!, styleBold)).toBe(expected);
        seen.add(`${styleBold}:${expected}`);
      }
    });
    expect(seen.size).toBe(4);
  });
});
