import { buildDocx, headingStyles, p } from './package.js';

const numbering = `
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Artikel %1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

const styles = headingStyles + '<w:style w:type="paragraph" w:styleId="Art"><w:name w:val="Artikel"/><w:basedOn w:val="Heading2"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';

const cell = (text: string) => `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>${p(text)}</w:tc>`;

/**
 * A Dutch specification with what real ones have: numbered articles, a table, a footnote, tracked
 * changes and a reviewer's comment.
 */
export function richDocx(): Uint8Array {
  const body = [
    p('Bestek voor de levering van laptops', { style: 'Heading1' }),
    p('Voorwerp', { style: 'Art' }),
    '<w:p><w:r><w:t xml:space="preserve">De opdracht betreft de levering van 120 laptops van het merk </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Dell</w:t></w:r><w:r><w:t xml:space="preserve"> voor de administratie.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>',
    p('Selectie', { style: 'Art' }),
    '<w:p><w:r><w:t xml:space="preserve">De inschrijver heeft een minimale jaaromzet van </w:t></w:r><w:del w:id="11" w:author="An"><w:r><w:delText>500.000</w:delText></w:r></w:del><w:ins w:id="12" w:author="An"><w:r><w:t>2.500.000</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> euro.</w:t></w:r></w:p>',
    p('Gunning', { style: 'Art' }),
    `<w:tbl><w:tblPr><w:tblW w:w="8000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid><w:tr>${cell('Criterium')}${cell('Weging')}</w:tr><w:tr>${cell('Prijs')}${cell('100 %')}</w:tr></w:tbl>`,
    '<w:p><w:commentRangeStart w:id="3"/><w:r><w:t>De betalingstermijn bedraagt 60 dagen.</w:t></w:r><w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r></w:p>',
  ].join('');
  return buildDocx({
    body,
    styles,
    numbering,
    footnotes:
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>' +
      '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Het merk Dell is vereist omdat de software alleen daarop draait.</w:t></w:r></w:p></w:footnote>',
    comments: '<w:comment w:id="3" w:author="An Peeters" w:initials="AP"><w:p><w:r><w:t>Is 60 dagen toegelaten?</w:t></w:r></w:p></w:comment>',
  });
}
