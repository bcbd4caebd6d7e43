import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

export const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export interface Parts {
  /** Inner XML of w:body. */
  body: string;
  styles?: string;
  numbering?: string;
  footnotes?: string;
  comments?: string;
  extra?: Record<string, string | Uint8Array>;
}

const rel = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;

/** Builds a minimal but complete .docx from raw WordprocessingML, for cases a generator cannot express. */
export function buildDocx(parts: Parts): Uint8Array {
  const rels = [
    parts.styles ? rel('rId1', 'styles', 'styles.xml') : '',
    parts.numbering ? rel('rId2', 'numbering', 'numbering.xml') : '',
    parts.footnotes ? rel('rId3', 'footnotes', 'footnotes.xml') : '',
    parts.comments ? rel('rId4', 'comments', 'comments.xml') : '',
  ].join('');
  const overrides = [
    ['document', 'document.main'],
    ['styles', 'styles'],
    ['numbering', 'numbering'],
    ['footnotes', 'footnotes'],
    ['comments', 'comments'],
  ]
    .filter(([n]) => n === 'document' || parts[n as keyof Parts])
    .map(([n, t]) => `<Override PartName="/word/${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${t}+xml"/>`)
    .join('');
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${parts.body}<w:sectPr/></w:body></w:document>`),
  };
  if (parts.styles) files['word/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${parts.styles}</w:styles>`);
  if (parts.numbering) files['word/numbering.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${parts.numbering}</w:numbering>`);
  if (parts.footnotes) files['word/footnotes.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W}>${parts.footnotes}</w:footnotes>`);
  if (parts.comments) files['word/comments.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:comments ${W}>${parts.comments}</w:comments>`);
  for (const [k, v] of Object.entries(parts.extra ?? {})) files[k] = typeof v === 'string' ? strToU8(v) : v;
  return zipSync(files);
}

/** A paragraph of plain runs; `style` is a paragraph style id. */
export function p(text: string | string[], opts: { style?: string; numId?: number; ilvl?: number } = {}): string {
  const ppr = [opts.style ? `<w:pStyle w:val="${opts.style}"/>` : '', opts.numId !== undefined ? `<w:numPr><w:ilvl w:val="${opts.ilvl ?? 0}"/><w:numId w:val="${opts.numId}"/></w:numPr>` : ''].join('');
  const runs = (Array.isArray(text) ? text : [text]).map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join('');
  return `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ''}${runs}</w:p>`;
}

export const headingStyles = [1, 2, 3]
  .map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="${n - 1}"/></w:pPr></w:style>`)
  .join('') + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>';

export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function partText(bytes: Uint8Array, name: string): string {
  const file = unzipSync(bytes)[name];
  if (!file) throw new Error(`no ${name}`);
  return strFromU8(file);
}
