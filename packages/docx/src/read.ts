import { TenderlintError, type Block, type BlockKind, type Position, type SourceAnchor, type SuppressionDirective, type TenderDocument } from '@tenderlint/core';
import type { DocxLimits } from './limits.js';
import { Numbering } from './numbering.js';
import { openPackage, type DocxPackage } from './package.js';
import { AUTHOR, scanPart, type Scan, type ScannedParagraph, type ScanOptions } from './scan.js';
import { readStyles } from './styles.js';
import { isAllBold, isArticleLabel, looksLikeHeading, textHeadingDepth } from './headings.js';

export interface ReadDocxOptions {
  fileName?: string;
  limits?: Partial<DocxLimits>;
}

/** Where a footnote's paragraphs are numbered: after the body, footnotes then endnotes, in file order. */
export interface NoteParts {
  footnotes?: Scan;
  endnotes?: Scan;
}

/** Scans the body and the notes of an opened package. */
export function scanPackage(pkg: DocxPackage, options: ScanOptions = {}): { body: Scan; notes: NoteParts } {
  const xmlLimits = { maxDepth: pkg.limits.maxXmlDepth };
  const main = pkg.text(pkg.main)!;
  const body = scanPart(main, pkg.main, xmlLimits, options);
  if (!/(^|:)document$/.test(body.rootName)) {
    throw new TenderlintError(`the .docx main part ${pkg.main} is not a Word document (its root is <${body.rootName}>)`, { code: 'input' });
  }
  return { body, notes: scanNotes(pkg, body.paragraphs.length, options) };
}

/** Scans footnotes and endnotes, numbering their paragraphs after the body's `bodyCount`. */
export function scanNotes(pkg: DocxPackage, bodyCount: number, options: ScanOptions = {}): NoteParts {
  const xmlLimits = { maxDepth: pkg.limits.maxXmlDepth };
  const notes: NoteParts = {};
  let offset = bodyCount;
  for (const kind of ['footnotes', 'endnotes'] as const) {
    const path = pkg.partFor(kind);
    const xml = path ? pkg.text(path) : undefined;
    if (!xml) continue;
    const scan = scanPart(xml, path!, xmlLimits, options);
    for (const p of scan.paragraphs) p.line += offset;
    offset += scan.paragraphs.length;
    notes[kind] = scan;
  }
  return notes;
}

/**
 * Reads a .docx into the same document model as Markdown. Every `w:p` of the body is one line
 * (table cells and text boxes included, in document order); footnote and endnote paragraphs are
 * numbered after the body and their blocks follow the paragraph that refers to them. Tracked
 * changes read as accepted, except tenderlint's own suggestions, which read as not yet accepted.
 */
export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): TenderDocument {
  const pkg = openPackage(bytes, options.limits);
  const xmlLimits = { maxDepth: pkg.limits.maxXmlDepth };
  // Reading needs the text, not where each piece of it is in the XML.
  const { body, notes } = scanPackage(pkg, { segments: false });
  const stylesPath = pkg.partFor('styles');
  const styles = readStyles(stylesPath ? pkg.text(stylesPath) : undefined, xmlLimits);
  const numberingPath = pkg.partFor('numbering');
  const numbering = new Numbering(numberingPath ? pkg.text(numberingPath) : undefined, xmlLimits);

  const noteParagraphs = new Map<string, ScannedParagraph[]>();
  for (const kind of ['footnotes', 'endnotes'] as const) {
    const scan = notes[kind];
    if (!scan) continue;
    for (const p of scan.paragraphs) {
      const key = `${kind === 'footnotes' ? 'footnote' : 'endnote'}:${p.container}`;
      const list = noteParagraphs.get(key) ?? [];
      list.push(p);
      noteParagraphs.set(key, list);
    }
  }

  const styledLevel = (p: ScannedParagraph) => (p.outlineLvl !== undefined ? (p.outlineLvl < 9 ? p.outlineLvl : undefined) : styles.headingLevel(p.style));
  // Without heading styles (a styled title alone does not count), headings are recognised the way a
  // reader sees them: bold short lines, "Artikel 3 …".
  let styledCount = 0;
  for (let i = 0; i < body.paragraphs.length && styledCount < 2; i++) {
    const p = body.paragraphs[i]!;
    if (!p.table && p.text.trim() && styledLevel(p) !== undefined) styledCount++;
  }
  const styled = styledCount >= 2;

  // Blocks are made final here, with ids and heading paths as core's finishDocument gives them;
  // blocks under the same headings share one (never modified) heading path array.
  const blocks: Block[] = [];
  const headings: { depth: number; text: string; id: number }[] = [];
  let path: string[] = [];
  let headingId = -1;
  const addBlock = (kind: BlockKind, text: string, anchor: SourceAnchor, depth: number | undefined, label: string | undefined): Block => {
    const id = blocks.length;
    if (kind === 'heading') {
      while (headings.length && headings[headings.length - 1]!.depth >= depth!) headings.pop();
      path = headings.map((h) => h.text);
      headingId = headings.length ? headings[headings.length - 1]!.id : -1;
    }
    const block: Block = { id, kind, text, headingPath: path, headingId, anchors: [anchor] };
    if (depth !== undefined) block.depth = depth;
    if (label) block.label = label;
    blocks.push(block);
    if (kind === 'heading') {
      headings.push({ depth: depth!, text, id });
      path = headings.map((h) => h.text);
      headingId = id;
    }
    return block;
  };

  // The cell the last block was made for: paragraphs of one cell join in one block.
  let lastCell: ScannedParagraph['table'];
  let styledDepth = 0;
  const pushParagraph = (p: ScannedParagraph, note: boolean) => {
    let level = note ? undefined : styledLevel(p);
    const fromStyle = styles.numbering(p.style);
    const numId = p.numId ?? fromStyle.numId;
    const ilvl = p.ilvl ?? fromStyle.ilvl ?? (numId !== undefined ? numbering.levelForStyle(numId, p.style) : undefined) ?? 0;
    const numbered = !note && numId !== undefined ? numbering.next(numId, ilvl) : undefined;
    const raw = p.text;
    const text = raw.trim();
    if (!text) return;
    if (level !== undefined) styledDepth = level + 1;
    else if (!note && !p.table) {
      if (isArticleLabel(numbered?.label) && text.length <= 150 && !/[.;,]$/.test(text)) level = styledDepth + ilvl;
      else if (!styled && looksLikeHeading(text, isAllBold(p, styles.bold(p.style)))) level = textHeadingDepth(text) - 1;
    }
    const first = raw.charCodeAt(0);
    const lead = first > 32 && first < 127 ? 0 : raw.length - raw.trimStart().length;
    const anchor = { offset: 0, line: p.line, column: lead + 1 };
    if (p.table && !note) {
      const t = p.table;
      if (lastCell && lastCell.index === t.index && lastCell.row === t.row && lastCell.column === t.column) {
        const b = blocks[blocks.length - 1]!;
        b.anchors.push({ ...anchor, offset: b.text.length + 1 });
        b.text += ' ' + text;
        return;
      }
      // The scan made this object for this paragraph alone, and nothing changes it.
      addBlock('table-cell', text, anchor, undefined, numbered?.label).table = t;
      lastCell = t;
      return;
    }
    lastCell = undefined;
    if (level !== undefined) addBlock('heading', text, anchor, level + 1, numbered?.label);
    else if (numbered) addBlock('list-item', text, anchor, ilvl + 1, numbered.label);
    else addBlock('paragraph', text, anchor, undefined, undefined);
  };
  const paragraphs = body.paragraphs;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    pushParagraph(p, false);
    if (!p.footnoteRefs.length) continue;
    for (const ref of p.footnoteRefs) {
      for (const n of noteParagraphs.get(`${ref.kind}:${ref.id}`) ?? []) pushParagraph(n, true);
    }
  }

  const lineCount = body.paragraphs.length + (notes.footnotes?.paragraphs.length ?? 0) + (notes.endnotes?.paragraphs.length ?? 0);
  const doc: TenderDocument = { fileName: options.fileName, format: 'docx', blocks, directives: [], lineCount };
  const commentsPath = pkg.partFor('comments');
  const commentsXml = commentsPath ? pkg.text(commentsPath) : undefined;
  if (commentsXml) doc.directives = readDirectives(scanPart(commentsXml, commentsPath!, xmlLimits, { segments: false }), body, doc);
  return doc;
}

const directivePattern = /^\s*tenderlint-disable\b([\s\S]*)$/;

/** Word comments whose text starts with `tenderlint-disable RULE -- reason` become suppressions over the paragraphs they cover. */
function readDirectives(comments: Scan, body: Scan, doc: TenderDocument): SuppressionDirective[] {
  const texts = new Map<string, string>();
  const authors = new Map(comments.containers.map((c) => [c.id, c.author]));
  for (const p of comments.paragraphs) {
    if (p.container === undefined) continue;
    texts.set(p.container, texts.has(p.container) ? `${texts.get(p.container)} ${p.text}` : p.text);
  }
  const marks = new Map<string, { start?: Position; end?: Position }>();
  for (const m of body.comments) {
    const entry = marks.get(m.id) ?? {};
    const pos = { line: m.line, column: m.col + 1 };
    if (m.kind === 'start') entry.start = pos;
    else if (m.kind === 'end') entry.end = pos;
    else entry.end ??= pos;
    marks.set(m.id, entry);
  }
  const lengths = new Map(body.paragraphs.map((p) => [p.line, p.text.length]));
  const titleLine = doc.blocks[0]?.anchors[0]?.line;
  const out: SuppressionDirective[] = [];
  for (const [id, where] of marks) {
    if (authors.get(id) === AUTHOR) continue;
    const m = directivePattern.exec(texts.get(id) ?? '');
    if (!m) continue;
    const [rulesPart, ...reasonParts] = m[1]!.split(/\s--\s|\s--$|^--\s/);
    const rules = (rulesPart ?? '').split(/[\s,]+/).filter(Boolean);
    const reason = reasonParts.join(' -- ').trim() || null;
    const start = where.start ?? where.end!;
    const end = where.end ?? start;
    const at = { start, end };
    if (titleLine !== undefined && start.line === titleLine) {
      out.push({ rules, reason, covers: { start: { line: 1, column: 1 }, end: { line: doc.lineCount + 1, column: 1 } }, at, kind: 'file' });
      continue;
    }
    // A comment on a few words covers the whole paragraphs they stand in: findings start at the
    // sentence, not at the word a reviewer happened to select.
    const covers = { start: { line: start.line, column: 1 }, end: { line: end.line, column: (lengths.get(end.line) ?? 0) + 1 } };
    out.push({ rules, reason, covers, at, kind: 'range' });
  }
  return out.sort((a, b) => a.at.start.line - b.at.start.line || a.at.start.column - b.at.start.column);
}
