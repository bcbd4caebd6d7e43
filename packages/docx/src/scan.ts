import { attr, decodeText, tokenize, type XmlLimits } from './xml.js';

/** The author name tenderlint writes its comments and tracked changes under. */
export const AUTHOR = 'tenderlint';

export interface RunInfo {
  start: number;
  end: number;
  /** Raw `<w:rPr>…</w:rPr>` of the run, reused when the run is split. */
  rPr: string;
}

/** A stretch of a paragraph's text and where it is in the XML. */
export interface Segment {
  /** Offset in the paragraph's text and length. */
  col: number;
  len: number;
  /** 't' is a `w:t` (or tenderlint's own `w:delText`) whose content can be split; 'other' is a tab or break. */
  kind: 't' | 'other';
  tag: string;
  elStart: number;
  elEnd: number;
  /** Content range of a 't' segment (raw, escaped). */
  contentStart: number;
  contentEnd: number;
  openTag: string;
  run: RunInfo;
}

export interface CommentMark {
  id: string;
  kind: 'start' | 'end' | 'ref';
  /** XML range of the marker (for a reference: its whole run). */
  start: number;
  end: number;
  /** Paragraph line and text offset where it stands. */
  line: number;
  col: number;
}

export interface ScannedParagraph {
  line: number;
  text: string;
  segments: Segment[];
  start: number;
  /** Offset of `</w:p>` (where run-level markup can still be added), and just after it. */
  closeStart: number;
  end: number;
  /** A paragraph tenderlint inserted as a suggestion: not part of the author's text. */
  own?: boolean;
  style?: string;
  outlineLvl?: number;
  numId?: string;
  ilvl?: number;
  table?: { index: number; row: number; column: number };
  /** Id of the footnote, endnote or comment the paragraph belongs to. */
  container?: string;
  footnoteRefs: { id: string; kind: 'footnote' | 'endnote'; run: RunInfo }[];
}

export interface ContainerInfo {
  id: string;
  tag: string;
  start: number;
  end: number;
  author?: string;
  type?: string;
}

/** A tracked change tenderlint wrote earlier (to be rejected before annotating again). */
export interface OwnChange {
  kind: 'ins' | 'del' | 'para';
  start: number;
  end: number;
  openEnd: number;
  closeStart: number;
}

export interface Scan {
  paragraphs: ScannedParagraph[];
  comments: CommentMark[];
  containers: ContainerInfo[];
  ownChanges: OwnChange[];
  rootName: string;
  rootCloseStart: number;
  maxId: number;
}

// Deleted text, moved-away text, superseded properties and fallback copies of drawings are not
// part of the document as it reads once changes are accepted.
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:pPrChange', 'w:rPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'mc:Fallback', 'w:instrText', 'w:delInstrText']);
const CONTAINERS = new Set(['w:footnote', 'w:endnote', 'w:comment']);

interface OpenPara {
  p: ScannedParagraph;
}

/** Walks a WordprocessingML part once, collecting paragraphs with exact text positions. */
export function scanPart(xml: string, part: string, limits: XmlLimits): Scan {
  const paragraphs: ScannedParagraph[] = [];
  const comments: CommentMark[] = [];
  const containers: ContainerInfo[] = [];
  const ownChanges: OwnChange[] = [];
  const names: string[] = [];
  const paraStack: OpenPara[] = [];
  const runStack: (RunInfo & { rPrStart: number; refs: CommentMark[]; notes: { id: string; kind: 'footnote' | 'endnote' }[] })[] = [];
  const tables: { index: number; row: number; column: number }[] = [];
  let tableCount = 0;
  let lineCount = 0;
  let skipAt = -1;
  let ownDelAt = -1;
  let pPrAt = -1;
  let container: ContainerInfo | undefined;
  let rootName = '';
  let rootCloseStart = xml.length;
  let maxId = 0;
  let tOpen: { start: number; end: number; tag: string } | undefined;

  const current = () => paraStack[paraStack.length - 1]?.p;
  const position = () => {
    const p = current();
    return p ? { line: p.line, col: p.text.length } : { line: lineCount + 1, col: 0 };
  };
  // Segments are built with one fixed shape: this runs for every run of text in the document.
  const addSegment = (kind: Segment['kind'], tag: string, elStart: number, elEnd: number, contentStart: number, contentEnd: number, openTag: string, text: string) => {
    const p = current();
    const run = runStack[runStack.length - 1];
    if (!p || !run || !text) return;
    p.segments.push({ col: p.text.length, len: text.length, kind, tag, elStart, elEnd, contentStart, contentEnd, openTag, run });
    p.text += text;
  };

  tokenize(
    xml,
    part,
    {
      open(name, attrs, start, end, selfClosing) {
        if (!rootName) rootName = name;
        const depth = names.length;
        const parent = names[depth - 1];
        if (!selfClosing) names.push(name);
        const idText = attrs.includes('w:id=') ? attr(attrs, 'w:id') : undefined;
        if (idText && /^\d+$/.test(idText)) maxId = Math.max(maxId, Number(idText));
        if (skipAt >= 0) return;
        if (name === 'w:ins' || name === 'w:del') {
          if (name === 'w:ins' && selfClosing && pPrAt >= 0 && current() && attr(attrs, 'w:author') === AUTHOR) {
            // The paragraph mark itself is tenderlint's insertion: the whole paragraph is a suggestion.
            current()!.own = true;
            return;
          }
          if (attr(attrs, 'w:author') === AUTHOR && !selfClosing) {
            ownChanges.push({ kind: name === 'w:ins' ? 'ins' : 'del', start, end: -1, openEnd: end, closeStart: -1 });
            // tenderlint's own suggestions read as rejected: its insertions are skipped, its deletions kept.
            if (name === 'w:ins') skipAt = depth;
            else ownDelAt = depth;
            return;
          }
        }
        if (SKIPPED.has(name)) {
          if (!selfClosing) skipAt = depth;
          return;
        }
        switch (name) {
          case 'w:p': {
            lineCount++;
            const table = tables[tables.length - 1];
            const p: ScannedParagraph = { line: lineCount, text: '', segments: [], start, closeStart: end, end, footnoteRefs: [] };
            if (table) p.table = { ...table };
            if (container) p.container = container.id;
            paragraphs.push(p);
            if (!selfClosing) paraStack.push({ p });
            return;
          }
          case 'w:pPr':
            if (parent === 'w:p' && !selfClosing) pPrAt = depth;
            return;
          case 'w:pStyle':
            if (pPrAt >= 0 && current()) current()!.style = attr(attrs, 'w:val');
            return;
          case 'w:outlineLvl':
            if (pPrAt >= 0 && current()) current()!.outlineLvl = Number(attr(attrs, 'w:val'));
            return;
          case 'w:numId':
            if (pPrAt >= 0 && current()) current()!.numId = attr(attrs, 'w:val');
            return;
          case 'w:ilvl':
            if (pPrAt >= 0 && current()) current()!.ilvl = Number(attr(attrs, 'w:val'));
            return;
          case 'w:r':
            if (!selfClosing) runStack.push({ start, end: -1, rPr: '', rPrStart: -1, refs: [], notes: [] });
            return;
          case 'w:rPr':
            if (parent === 'w:r' && runStack.length) runStack[runStack.length - 1]!.rPrStart = start;
            return;
          case 'w:t':
          case 'w:delText':
            if (parent === 'w:r' && !selfClosing && (name === 'w:t' || ownDelAt >= 0)) tOpen = { start, end, tag: name };
            return;
          case 'w:tab':
          case 'w:ptab':
            if (parent === 'w:r') addSegment('other', name, start, end, end, end, '', ' ');
            return;
          case 'w:br':
          case 'w:cr':
            if (parent === 'w:r') addSegment('other', name, start, end, end, end, '', ' ');
            return;
          case 'w:noBreakHyphen':
            if (parent === 'w:r') addSegment('other', name, start, end, end, end, '', '-');
            return;
          case 'w:commentRangeStart':
          case 'w:commentRangeEnd': {
            const at = position();
            comments.push({ id: idText ?? '', kind: name === 'w:commentRangeStart' ? 'start' : 'end', start, end, ...at, col: at.col });
            return;
          }
          case 'w:commentReference': {
            const run = runStack[runStack.length - 1];
            const at = position();
            const mark: CommentMark = { id: idText ?? '', kind: 'ref', start: run?.start ?? start, end: end, line: at.line, col: at.col };
            comments.push(mark);
            run?.refs.push(mark);
            return;
          }
          case 'w:footnoteReference':
          case 'w:endnoteReference':
            runStack[runStack.length - 1]?.notes.push({ id: idText ?? '', kind: name === 'w:footnoteReference' ? 'footnote' : 'endnote' });
            return;
          case 'w:tbl':
            if (!selfClosing) tables.push({ index: tableCount++, row: -1, column: -1 });
            return;
          case 'w:tr': {
            const t = tables[tables.length - 1];
            if (t) {
              t.row++;
              t.column = -1;
            }
            return;
          }
          case 'w:tc': {
            const t = tables[tables.length - 1];
            if (t) t.column++;
            return;
          }
          default:
            if (CONTAINERS.has(name) && depth === 1) {
              container = { id: idText ?? '', tag: name, start, end: -1, author: attr(attrs, 'w:author'), type: attr(attrs, 'w:type') };
              containers.push(container);
            }
        }
      },
      close(name, start, end) {
        names.pop();
        const depth = names.length;
        if (skipAt >= 0) {
          if (depth === skipAt) {
            skipAt = -1;
            if (name === 'w:ins') closeOwn(start, end);
          }
          return;
        }
        switch (name) {
          case 'w:p': {
            const open = paraStack.pop();
            if (open) {
              open.p.closeStart = start;
              open.p.end = end;
              if (open.p.own) ownChanges.push({ kind: 'para', start: open.p.start, end, openEnd: end, closeStart: start });
            }
            return;
          }
          case 'w:pPr':
            if (depth === pPrAt) pPrAt = -1;
            return;
          case 'w:rPr': {
            const run = runStack[runStack.length - 1];
            // A tracked formatting change carries a revision id that must not be copied into the pieces of a split run.
            if (run && run.rPrStart >= 0 && !run.rPr) run.rPr = xml.slice(run.rPrStart, end).replace(/<w:rPrChange\b[^>]*\/>|<w:rPrChange\b[\s\S]*?<\/w:rPrChange>/g, '');
            return;
          }
          case 'w:r': {
            const run = runStack.pop();
            if (!run) return;
            run.end = end;
            for (const ref of run.refs) ref.end = end;
            const p = current();
            if (p) for (const n of run.notes) p.footnoteRefs.push({ ...n, run });
            return;
          }
          case 'w:t':
          case 'w:delText':
            if (tOpen) {
              const raw = xml.slice(tOpen.end, start);
              addSegment('t', tOpen.tag, tOpen.start, end, tOpen.end, start, xml.slice(tOpen.start, tOpen.end), decodeText(raw, part));
              tOpen = undefined;
            }
            return;
          case 'w:del':
            if (depth === ownDelAt) {
              ownDelAt = -1;
              closeOwn(start, end);
            }
            return;
          case 'w:tbl':
            tables.pop();
            return;
          default:
            if (container && depth === 1 && CONTAINERS.has(name)) {
              container.end = end;
              container = undefined;
            }
            if (depth === 0) rootCloseStart = start;
        }
      },
    },
    limits,
  );

  function closeOwn(start: number, end: number) {
    for (let i = ownChanges.length - 1; i >= 0; i--) {
      if (ownChanges[i]!.end < 0) {
        ownChanges[i]!.end = end;
        ownChanges[i]!.closeStart = start;
        break;
      }
    }
  }

  paragraphs.sort((a, b) => a.line - b.line);
  return { paragraphs: withoutOwnParagraphs(paragraphs, comments), comments, containers, ownChanges, rootName, rootCloseStart, maxId };
}

/** Drops the paragraphs tenderlint inserted and numbers the rest as in the author's file. */
function withoutOwnParagraphs(paragraphs: ScannedParagraph[], comments: CommentMark[]): ScannedParagraph[] {
  if (!paragraphs.some((p) => p.own)) return paragraphs;
  const newLine = new Map<number, number>();
  let removed = 0;
  for (const p of paragraphs) {
    if (p.own) removed++;
    newLine.set(p.line, p.line - removed);
  }
  for (const m of comments) m.line = newLine.get(m.line) ?? m.line - removed;
  const kept = paragraphs.filter((p) => !p.own);
  for (const p of kept) p.line = newLine.get(p.line)!;
  return kept;
}
