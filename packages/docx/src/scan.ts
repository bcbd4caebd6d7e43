import { runBoldness } from './headings.js';
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
  /** How its visible text is bold, for isAllBold (headings.ts). */
  boldness: number;
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

// The elements the scan acts on, as small numbers: one Map lookup per element instead of a chain
// of string comparisons, which was most of the cost of scanning a long document on its first read.
const P = 1, PPR = 2, PSTYLE = 3, OUTLINE_LVL = 4, NUM_ID = 5, ILVL = 6, R = 7, RPR = 8, T = 9, DEL_TEXT = 10;
const TAB = 11, BREAK = 12, NO_BREAK_HYPHEN = 13, COMMENT_START = 14, COMMENT_END = 15, COMMENT_REF = 16;
const FOOTNOTE_REF = 17, ENDNOTE_REF = 18, TBL = 19, TR = 20, TC = 21, INS = 22, DEL = 23, SKIPPED = 24, CONTAINER = 25;
const TAGS = new Map<string, number>([
  ['w:p', P], ['w:pPr', PPR], ['w:pStyle', PSTYLE], ['w:outlineLvl', OUTLINE_LVL], ['w:numId', NUM_ID], ['w:ilvl', ILVL],
  ['w:r', R], ['w:rPr', RPR], ['w:t', T], ['w:delText', DEL_TEXT], ['w:tab', TAB], ['w:ptab', TAB], ['w:br', BREAK], ['w:cr', BREAK],
  ['w:noBreakHyphen', NO_BREAK_HYPHEN], ['w:commentRangeStart', COMMENT_START], ['w:commentRangeEnd', COMMENT_END],
  ['w:commentReference', COMMENT_REF], ['w:footnoteReference', FOOTNOTE_REF], ['w:endnoteReference', ENDNOTE_REF],
  ['w:tbl', TBL], ['w:tr', TR], ['w:tc', TC], ['w:ins', INS], ['w:del', DEL],
  // Deleted text, moved-away text, superseded properties and fallback copies of drawings are not
  // part of the document as it reads once changes are accepted.
  ...['w:moveFrom', 'w:pPrChange', 'w:rPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'mc:Fallback', 'w:instrText', 'w:delInstrText'].map((n) => [n, SKIPPED] as [string, number]),
  ...['w:footnote', 'w:endnote', 'w:comment'].map((n) => [n, CONTAINER] as [string, number]),
]);

// Most paragraphs have one text segment and no note reference: they share these empty arrays until
// their first one, which then comes in an array of its own exact size (a push to an empty array
// reserves room for 16).
const NO_SEGMENTS: Segment[] = Object.freeze([]) as unknown as Segment[];
const NO_NOTE_REFS: ScannedParagraph['footnoteRefs'] = Object.freeze([]) as unknown as ScannedParagraph['footnoteRefs'];

export interface ScanOptions {
  /** Whether to keep where each piece of text is in the XML (`segments`), as annotating needs; reading does not. */
  segments?: boolean;
}

interface OpenRun extends RunInfo {
  rPrStart: number;
  /** The paragraph this run gave visible text (w:t) to, which takes the run's boldness when it closes. */
  visibleIn?: ScannedParagraph;
  /** Created on first use: most runs have neither. */
  refs?: CommentMark[];
  notes?: { id: string; kind: 'footnote' | 'endnote' }[];
}

/** Walks a WordprocessingML part once, collecting paragraphs with exact text positions. */
export function scanPart(xml: string, part: string, limits: XmlLimits, options: ScanOptions = {}): Scan {
  const withSegments = options.segments ?? true;
  const paragraphs: ScannedParagraph[] = [];
  const comments: CommentMark[] = [];
  const containers: ContainerInfo[] = [];
  const ownChanges: OwnChange[] = [];
  // Tag codes of the open elements (0 for the others), as the tokenizer's stack has their names.
  const codes: number[] = [];
  const paraStack: ScannedParagraph[] = [];
  const runStack: OpenRun[] = [];
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
  // The open w:t (or own w:delText) whose content is the next text segment; tTag is '' when none is open.
  let tTag = '';
  let tStart = 0;
  let tEnd = 0;
  // Word writes the same few start tags (<w:t xml:space="preserve">) thousands of times: one string serves them all.
  let lastOpenTag = '';
  // Word repeats a run's properties on run after run: their boldness is worked out once.
  let lastRPr = '';
  let lastBoldness = runBoldness('');

  const current = (): ScannedParagraph | undefined => paraStack[paraStack.length - 1];
  const position = () => {
    const p = current();
    return p ? { line: p.line, col: p.text.length } : { line: lineCount + 1, col: 0 };
  };
  // Segments are built with one fixed shape: this runs for every run of text in the document.
  const addSegment = (kind: Segment['kind'], tag: string, elStart: number, elEnd: number, contentStart: number, contentEnd: number, openTag: string, text: string) => {
    const p = current();
    const run = runStack[runStack.length - 1];
    if (!p || !run || !text) return;
    if (kind === 't' && !run.visibleIn && hasVisible(text)) run.visibleIn = p;
    if (withSegments) {
      const segment: Segment = { col: p.text.length, len: text.length, kind, tag, elStart, elEnd, contentStart, contentEnd, openTag, run };
      if (p.segments === NO_SEGMENTS) p.segments = [segment];
      else p.segments.push(segment);
    }
    p.text += text;
  };

  tokenize(
    xml,
    part,
    {
      open(name, attrs, start, end, selfClosing) {
        if (!rootName) rootName = name;
        const depth = codes.length;
        const parent = depth ? codes[depth - 1]! : 0;
        const tag = TAGS.get(name) ?? 0;
        if (!selfClosing) codes.push(tag);
        const idText = attrs.includes('w:id=') ? attr(attrs, 'w:id') : undefined;
        if (idText && /^\d+$/.test(idText)) maxId = Math.max(maxId, Number(idText));
        if (skipAt >= 0) return;
        if (tag === INS || tag === DEL) {
          if (tag === INS && selfClosing && pPrAt >= 0 && current() && attr(attrs, 'w:author') === AUTHOR) {
            // The paragraph mark itself is tenderlint's insertion: the whole paragraph is a suggestion.
            current()!.own = true;
            return;
          }
          if (attr(attrs, 'w:author') === AUTHOR && !selfClosing) {
            ownChanges.push({ kind: tag === INS ? 'ins' : 'del', start, end: -1, openEnd: end, closeStart: -1 });
            // tenderlint's own suggestions read as rejected: its insertions are skipped, its deletions kept.
            if (tag === INS) skipAt = depth;
            else ownDelAt = depth;
            return;
          }
        }
        switch (tag) {
          case DEL:
          case SKIPPED:
            if (!selfClosing) skipAt = depth;
            return;
          case P: {
            lineCount++;
            const table = tables[tables.length - 1];
            // Every field is there from the start (most as undefined), so none is added to the object later.
            const p: ScannedParagraph = {
              line: lineCount,
              text: '',
              segments: NO_SEGMENTS,
              start,
              closeStart: end,
              end,
              own: undefined,
              style: undefined,
              outlineLvl: undefined,
              numId: undefined,
              ilvl: undefined,
              table: table ? { index: table.index, row: table.row, column: table.column } : undefined,
              container: container ? container.id : undefined,
              footnoteRefs: NO_NOTE_REFS,
              boldness: 0,
            };
            paragraphs.push(p);
            if (!selfClosing) paraStack.push(p);
            return;
          }
          case PPR:
            if (parent === P && !selfClosing) pPrAt = depth;
            return;
          case PSTYLE:
            if (pPrAt >= 0 && current()) current()!.style = attr(attrs, 'w:val');
            return;
          case OUTLINE_LVL:
            if (pPrAt >= 0 && current()) current()!.outlineLvl = Number(attr(attrs, 'w:val'));
            return;
          case NUM_ID:
            if (pPrAt >= 0 && current()) current()!.numId = attr(attrs, 'w:val');
            return;
          case ILVL:
            if (pPrAt >= 0 && current()) current()!.ilvl = Number(attr(attrs, 'w:val'));
            return;
          case R:
            if (!selfClosing) runStack.push({ start, end: -1, rPr: '', rPrStart: -1 });
            return;
          case RPR:
            if (parent === R && runStack.length) runStack[runStack.length - 1]!.rPrStart = start;
            return;
          case T:
          case DEL_TEXT:
            if (parent === R && !selfClosing && (tag === T || ownDelAt >= 0)) {
              tTag = name;
              tStart = start;
              tEnd = end;
            }
            return;
          case TAB:
          case BREAK:
            if (parent === R) addSegment('other', name, start, end, end, end, '', ' ');
            return;
          case NO_BREAK_HYPHEN:
            if (parent === R) addSegment('other', name, start, end, end, end, '', '-');
            return;
          case COMMENT_START:
          case COMMENT_END: {
            const at = position();
            comments.push({ id: idText ?? '', kind: tag === COMMENT_START ? 'start' : 'end', start, end, ...at, col: at.col });
            return;
          }
          case COMMENT_REF: {
            const run = runStack[runStack.length - 1];
            const at = position();
            const mark: CommentMark = { id: idText ?? '', kind: 'ref', start: run?.start ?? start, end: end, line: at.line, col: at.col };
            comments.push(mark);
            if (run) (run.refs ??= []).push(mark);
            return;
          }
          case FOOTNOTE_REF:
          case ENDNOTE_REF: {
            const run = runStack[runStack.length - 1];
            if (run) (run.notes ??= []).push({ id: idText ?? '', kind: tag === FOOTNOTE_REF ? 'footnote' : 'endnote' });
            return;
          }
          case TBL:
            if (!selfClosing) tables.push({ index: tableCount++, row: -1, column: -1 });
            return;
          case TR: {
            const t = tables[tables.length - 1];
            if (t) {
              t.row++;
              t.column = -1;
            }
            return;
          }
          case TC: {
            const t = tables[tables.length - 1];
            if (t) t.column++;
            return;
          }
          case CONTAINER:
            if (depth === 1) {
              container = { id: idText ?? '', tag: name, start, end: -1, author: attr(attrs, 'w:author'), type: attr(attrs, 'w:type') };
              containers.push(container);
            }
        }
      },
      close(_name, start, end) {
        // The tokenizer closes exactly the element opened last, so its code is on top.
        const tag = codes.pop() ?? 0;
        const depth = codes.length;
        if (skipAt >= 0) {
          if (depth === skipAt) {
            skipAt = -1;
            if (tag === INS) closeOwn(start, end);
          }
          return;
        }
        switch (tag) {
          case P: {
            const p = paraStack.pop();
            if (p) {
              p.closeStart = start;
              p.end = end;
              if (p.own) ownChanges.push({ kind: 'para', start: p.start, end, openEnd: end, closeStart: start });
            }
            return;
          }
          case PPR:
            if (depth === pPrAt) pPrAt = -1;
            return;
          case RPR: {
            const run = runStack[runStack.length - 1];
            // A tracked formatting change carries a revision id that must not be copied into the pieces of a split run.
            if (run && run.rPrStart >= 0 && !run.rPr) run.rPr = xml.slice(run.rPrStart, end).replace(/<w:rPrChange\b[^>]*\/>|<w:rPrChange\b[\s\S]*?<\/w:rPrChange>/g, '');
            return;
          }
          case R: {
            const run = runStack.pop();
            if (!run) return;
            run.end = end;
            if (run.visibleIn) {
              if (run.rPr !== lastRPr) {
                lastRPr = run.rPr;
                lastBoldness = runBoldness(run.rPr);
              }
              run.visibleIn.boldness |= lastBoldness;
            }
            if (run.refs) for (const ref of run.refs) ref.end = end;
            const p = current();
            if (p && run.notes) {
              for (const n of run.notes) {
                const ref = { ...n, run };
                if (p.footnoteRefs === NO_NOTE_REFS) p.footnoteRefs = [ref];
                else p.footnoteRefs.push(ref);
              }
            }
            return;
          }
          case T:
          case DEL_TEXT:
            if (tTag) {
              if (lastOpenTag.length !== tEnd - tStart || !xml.startsWith(lastOpenTag, tStart)) lastOpenTag = xml.slice(tStart, tEnd);
              addSegment('t', tTag, tStart, end, tEnd, start, lastOpenTag, decodeText(xml.slice(tEnd, start), part));
              tTag = '';
            }
            return;
          case DEL:
            if (depth === ownDelAt) {
              ownDelAt = -1;
              closeOwn(start, end);
            }
            return;
          case TBL:
            tables.pop();
            return;
          default:
            if (container && depth === 1 && tag === CONTAINER) {
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

/** Whether a text has a character trim() would keep (the first one usually tells). */
function hasVisible(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c > 32 && c < 127) return true;
  return /\S/.test(text);
}
