import type { ScannedParagraph } from './scan.js';

// Words that open a part, chapter or article heading in Dutch, French and English specifications
// (as in "Artikel 12. Prijsherziening", "Chapitre III", "Deel 2 - Technische bepalingen").
const PART_WORDS = /^(?:deel|partie|part|titel|titre|title|boek|livre)\b/i;
const SECTION_WORDS = /^(?:artikel|article|art\.?|hoofdstuk|chapitre|chapter|afdeling|section|onderafdeling|sous-section|bijlage|annexe|annex|paragraaf|paragraphe|§)(?:\s|\d|$)/i;
const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+\p{Lu}/u;
const ROMAN_OR_NUMBER = /^(?:[IVXLC]+|\d+(?:\.\d+)*|[A-Z])\b/;

/** A numbered paragraph whose visible label names an article or chapter ("Artikel 3.", "Hoofdstuk II") is a heading. */
export function isArticleLabel(label: string | undefined): boolean {
  return !!label && (SECTION_WORDS.test(label) || PART_WORDS.test(label));
}

/** Depth of a heading recognised from its text: 1 for parts, the number of levels for "2.3 …", else 2. */
export function textHeadingDepth(text: string): number {
  if (PART_WORDS.test(text)) return 1;
  const num = NUMBERED.exec(text);
  if (num) return num[1]!.split('.').length;
  return 2;
}

const BOLD_OFF = /<w:b\s+w:val="(?:0|false|off)"/;
const BOLD_ON = /<w:b(?:\s+w:val="(?:1|true|on)")?\s*\/>/;

// A paragraph's `boldness` gathers, over its runs with visible text: that there is some, that some
// is not bold whatever the style, and that some is bold only if the paragraph style is.
const VISIBLE = 1;
const NOT_BOLD = 2;
const BOLD_BY_STYLE = 4;

/** The boldness bits a run with visible text adds to its paragraph, by its run properties. */
export function runBoldness(rPr: string): number {
  return BOLD_OFF.test(rPr) ? VISIBLE | NOT_BOLD : BOLD_ON.test(rPr) ? VISIBLE : VISIBLE | BOLD_BY_STYLE;
}

/** Whether every visible character of the paragraph is bold (by its runs or its style). */
export function isAllBold(p: ScannedParagraph, styleBold: boolean): boolean {
  const b = p.boldness;
  return (b & VISIBLE) !== 0 && (b & NOT_BOLD) === 0 && (styleBold || (b & BOLD_BY_STYLE) === 0);
}

/**
 * In a document without heading styles, a short paragraph that is all bold, or that opens with a
 * part, chapter or article word and a number, reads as a heading, as a reader would see it.
 */
export function looksLikeHeading(text: string, allBold: boolean): boolean {
  if (text.length < 3 || text.length > 120 || /[.;,:]$/.test(text)) return false;
  if (SECTION_WORDS.test(text) || PART_WORDS.test(text)) {
    const rest = text.replace(SECTION_WORDS, '').replace(PART_WORDS, '').trim();
    if (ROMAN_OR_NUMBER.test(rest)) return true;
  }
  if (!allBold) return false;
  // A bold sentence with a verb-like length is emphasis, not a heading.
  return text.split(/\s+/).length <= 12;
}
