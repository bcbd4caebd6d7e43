import { attr, tokenize, type XmlLimits } from './xml.js';

export interface StyleInfo {
  name: string;
  basedOn?: string;
  outlineLvl?: number;
  numId?: string;
  ilvl?: number;
  bold?: boolean;
}

export interface Styles {
  /** Heading level (0 = top) of a paragraph style, following `basedOn`. */
  headingLevel(styleId: string | undefined): number | undefined;
  /** Numbering a paragraph style carries (headings are often numbered through their style). */
  numbering(styleId: string | undefined): { readonly numId?: string; readonly ilvl?: number };
  /** Whether the style (or one it is based on) makes text bold. */
  bold(styleId: string | undefined): boolean;
  defaultParagraph?: string;
}

// Built-in heading style names as Word and LibreOffice store them; localised copies of Word keep
// "heading N" as the name, but documents converted by other tools sometimes carry the local name.
const headingName = /^(?:heading|kop|titre|überschrift|titolo|título|encabezado|nagłówek)\s*([1-9])$/i;
const titleName = /^(?:title|titel|titre)$/i;

export function readStyles(xml: string | undefined, limits: XmlLimits): Styles {
  const styles = new Map<string, StyleInfo>();
  let defaultParagraph: string | undefined;
  if (xml) {
    let cur: StyleInfo | undefined;
    let id = '';
    let inPPr = false;
    let inRPr = false;
    let skip = 0;
    const names: string[] = [];
    tokenize(
      xml,
      'word/styles.xml',
      {
        open(name, attrs, _s, _e, selfClosing) {
          const parent = names[names.length - 1];
          if (!selfClosing) names.push(name);
          if (skip) {
            if (!selfClosing) skip++;
            return;
          }
          if (name === 'w:pPrChange' && !selfClosing) {
            skip = 1;
            return;
          }
          if (name === 'w:style') {
            if (attr(attrs, 'w:type') !== 'paragraph' || selfClosing) return;
            id = attr(attrs, 'w:styleId') ?? '';
            cur = { name: id };
            styles.set(id, cur);
            if (attr(attrs, 'w:default') === '1') defaultParagraph = id;
            return;
          }
          if (!cur) return;
          if (name === 'w:name' && parent === 'w:style') cur.name = attr(attrs, 'w:val') ?? id;
          else if (name === 'w:basedOn' && parent === 'w:style') cur.basedOn = attr(attrs, 'w:val');
          else if (name === 'w:pPr' && parent === 'w:style') inPPr = !selfClosing;
          else if (name === 'w:rPr' && parent === 'w:style') inRPr = !selfClosing;
          else if (inRPr && name === 'w:b') cur.bold = !/^(?:0|false|off)$/.test(attr(attrs, 'w:val') ?? '1');
          else if (inPPr && name === 'w:outlineLvl') cur.outlineLvl = Number(attr(attrs, 'w:val'));
          else if (inPPr && name === 'w:numId') cur.numId = attr(attrs, 'w:val');
          else if (inPPr && name === 'w:ilvl') cur.ilvl = Number(attr(attrs, 'w:val'));
        },
        close(name) {
          names.pop();
          if (skip) {
            skip--;
            return;
          }
          if (name === 'w:style') cur = undefined;
          else if (name === 'w:pPr') inPPr = false;
          else if (name === 'w:rPr') inRPr = false;
        },
      },
      limits,
    );
  }
  const chain = (styleId: string | undefined): StyleInfo[] => {
    const out: StyleInfo[] = [];
    let s = styleId ? styles.get(styleId) : undefined;
    while (s && out.length < 20 && !out.includes(s)) {
      out.push(s);
      s = s.basedOn ? styles.get(s.basedOn) : undefined;
    }
    return out;
  };
  // Asked for every paragraph, and a long document has thousands of paragraphs but a few dozen styles.
  const levels = new Map<string | undefined, number | undefined>();
  const bolds = new Map<string | undefined, boolean>();
  const numberings = new Map<string | undefined, { numId?: string; ilvl?: number }>();
  const levelOf = (styleId: string | undefined): number | undefined => {
    for (const s of chain(styleId ?? defaultParagraph)) {
      const m = headingName.exec(s.name);
      if (m) return Number(m[1]) - 1;
      if (titleName.test(s.name)) return 0;
      if (s.outlineLvl !== undefined && s.outlineLvl >= 0 && s.outlineLvl < 9) return s.outlineLvl;
    }
    return undefined;
  };
  const boldOf = (styleId: string | undefined): boolean => {
    for (const s of chain(styleId ?? defaultParagraph)) if (s.bold !== undefined) return s.bold;
    return false;
  };
  const numberingOf = (styleId: string | undefined): { numId?: string; ilvl?: number } => {
    const out: { numId?: string; ilvl?: number } = {};
    for (const s of chain(styleId ?? defaultParagraph)) {
      if (out.numId === undefined && s.numId !== undefined) out.numId = s.numId;
      if (out.ilvl === undefined && s.ilvl !== undefined) out.ilvl = s.ilvl;
    }
    return out;
  };
  return {
    defaultParagraph,
    headingLevel(styleId) {
      if (!levels.has(styleId)) levels.set(styleId, levelOf(styleId));
      return levels.get(styleId);
    },
    bold(styleId) {
      let b = bolds.get(styleId);
      if (b === undefined) bolds.set(styleId, (b = boldOf(styleId)));
      return b;
    },
    numbering(styleId) {
      let n = numberings.get(styleId);
      if (!n) numberings.set(styleId, (n = numberingOf(styleId)));
      return n;
    },
  };
}
