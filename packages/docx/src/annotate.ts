import type { Finding, Lang, TenderDocument } from '@tenderlint/core';
import { commentParagraphs } from './comment-text.js';
import { applyEdits, type Edit } from './edits.js';
import type { DocxLimits } from './limits.js';
import { openPackage, type DocxPackage } from './package.js';
import { scanNotes } from './read.js';
import { AUTHOR, scanPart, type RunInfo, type Scan, type ScannedParagraph, type Segment } from './scan.js';
import { escapeXml, rawOffsets, type XmlLimits } from './xml.js';
import { writeZip, type Codec } from './zip.js';

export interface AnnotateOptions {
  /** Findings with a suggested wording become tracked changes. */
  suggest?: boolean;
  /** Language of the labels in the comments (the messages are already in the lint's language). */
  lang?: Lang;
  limits?: Partial<DocxLimits>;
  /** Native deflate and CRC-32 the host may lend (the CLI passes Node's zlib). */
  codec?: Codec;
}

const REL_COMMENTS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const CT_COMMENTS = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A place in the body where markup can go. */
type Point =
  | { kind: 't'; seg: Segment; idx: number }
  | { kind: 'split'; offset: number; run: RunInfo }
  | { kind: 'xml'; offset: number };

interface Cut {
  idx: number;
  order: number;
  markup: string;
  /** For a deletion: the end (decoded index) of the deleted text. */
  deleteTo?: number;
  after?: string;
}

/**
 * Writes the findings into the original .docx as Word comments by tenderlint, anchored on the
 * exact words. Only `document.xml`, the comments part and, when the comments part is new, the
 * relationships and content types change; every other entry is copied byte for byte. Comments and
 * suggestions tenderlint wrote earlier are removed first, so annotating again never duplicates.
 */
export function annotateDocx(bytes: Uint8Array, _document: TenderDocument, findings: Finding[], options: AnnotateOptions = {}): Uint8Array {
  const pkg = openPackage(bytes, options.limits, options.codec);
  const limits: XmlLimits = { maxDepth: pkg.limits.maxXmlDepth };
  const lang = options.lang ?? 'nl';
  const originalXml = pkg.text(pkg.main)!;
  const commentsPath = pkg.partFor('comments');
  const originalComments = commentsPath ? pkg.text(commentsPath) : undefined;

  const cleaned = removeOwnAnnotations(originalXml, originalComments, pkg.main, limits);
  let xml = cleaned.xml;
  let commentsXml = cleaned.comments;
  const scan = scanPart(xml, pkg.main, limits);
  const notes = scanNotes(pkg, scan.paragraphs.length);
  const commentsScan = commentsXml ? scanPart(commentsXml, commentsPath!, limits) : undefined;
  let nextId = Math.max(scan.maxId, commentsScan?.maxId ?? 0) + 1;

  const byLine = new Map(scan.paragraphs.map((p) => [p.line, p]));
  const noteRuns = new Map<number, RunInfo>();
  for (const kind of ['footnotes', 'endnotes'] as const) {
    const part = notes[kind];
    if (!part) continue;
    const refKind = kind === 'footnotes' ? 'footnote' : 'endnote';
    const runs = new Map<string, RunInfo>();
    for (const p of scan.paragraphs) for (const r of p.footnoteRefs) if (r.kind === refKind) runs.set(r.id, r.run);
    for (const p of part.paragraphs) {
      const run = p.container !== undefined ? runs.get(p.container) : undefined;
      if (run) noteRuns.set(p.line, run);
    }
  }

  const tCuts = new Map<Segment, Cut[]>();
  const splits = new Map<number, { run: RunInfo; pieces: { order: number; markup: string }[] }>();
  const inserts = new Map<number, { order: number; markup: string }[]>();
  const deleted = new Map<ScannedParagraph, [number, number][]>();
  const place = (pt: Point, order: number, markup: string) => {
    if (pt.kind === 't') {
      const list = tCuts.get(pt.seg) ?? [];
      list.push({ idx: pt.idx, order, markup });
      tCuts.set(pt.seg, list);
    } else if (pt.kind === 'split') {
      const s = splits.get(pt.offset) ?? { run: pt.run, pieces: [] };
      s.pieces.push({ order, markup });
      splits.set(pt.offset, s);
    } else {
      const list = inserts.get(pt.offset) ?? [];
      list.push({ order, markup });
      inserts.set(pt.offset, list);
    }
  };

  const comments: string[] = [];
  const active = findings.filter((f) => !f.suppressions?.length);
  for (const f of active) {
    const range = locate(f, byLine, noteRuns, scan);
    if (!range) continue;
    const id = nextId++;
    place(range.start, 1, `<w:commentRangeStart w:id="${id}"/>`);
    place(range.end, 0, `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`);
    comments.push(commentXml(id, commentParagraphs(f, lang)));
    if (options.suggest && f.suggestion?.text && range.para) {
      if (f.missing && !f.suggestion.replace) {
        // A missing clause is proposed as a new paragraph after the place it belongs, not inside a heading.
        const text = escapeXml(f.suggestion.text);
        const list = inserts.get(range.para.end) ?? [];
        list.push({ order: list.length, markup: `<w:p><w:pPr><w:rPr><w:ins w:id="${nextId++}" w:author="${AUTHOR}"/></w:rPr></w:pPr><w:ins w:id="${nextId++}" w:author="${AUTHOR}"><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:ins></w:p>` });
        inserts.set(range.para.end, list);
      } else if (range.a < range.b) suggest(f, range.para, range.a, range.b, () => nextId++, tCuts, deleted);
    }
  }

  const edits: Edit[] = [];
  for (const [seg, cuts] of tCuts) edits.push(rebuildText(xml, seg, cuts));
  for (const [offset, s] of splits) {
    const pieces = s.pieces.sort((a, b) => a.order - b.order).map((p) => p.markup).join('');
    edits.push({ start: offset, end: offset, text: `</w:r>${pieces}<w:r>${s.run.rPr}` });
  }
  for (const [offset, list] of inserts) {
    edits.push({ start: offset, end: offset, text: list.sort((a, b) => a.order - b.order).map((p) => p.markup).join('') });
  }
  xml = applyEdits(xml, edits);

  const replaced = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  if (xml !== originalXml) replaced.set(pkg.main, encoder.encode(xml));
  if (comments.length || commentsXml !== originalComments) {
    const path = commentsPath ?? 'word/comments.xml';
    if (commentsXml && commentsScan) {
      commentsXml = commentsXml.slice(0, commentsScan.rootCloseStart) + comments.join('') + commentsXml.slice(commentsScan.rootCloseStart);
    } else {
      commentsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:comments xmlns:w="${W_NS}">${comments.join('')}</w:comments>`;
    }
    replaced.set(path, encoder.encode(commentsXml));
    if (!commentsPath) linkCommentsPart(pkg, path, replaced, encoder);
  }
  return writeZip(pkg.archive, replaced, options.codec);
}

function linkCommentsPart(pkg: DocxPackage, path: string, replaced: Map<string, Uint8Array>, encoder: TextEncoder): void {
  const relsPath = pkg.mainRelsPath;
  const dir = pkg.main.includes('/') ? pkg.main.slice(0, pkg.main.lastIndexOf('/') + 1) : '';
  const target = path.startsWith(dir) ? path.slice(dir.length) : `/${path}`;
  const rels = pkg.text(relsPath) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  let rid = 'rIdTenderlintComments';
  for (let k = 2; rels.includes(`Id="${rid}"`); k++) rid = `rIdTenderlintComments${k}`;
  const close = rels.lastIndexOf('</Relationships>');
  replaced.set(relsPath, encoder.encode(`${rels.slice(0, close)}<Relationship Id="${rid}" Type="${REL_COMMENTS}" Target="${target}"/>${rels.slice(close)}`));
  const types = pkg.text('[Content_Types].xml');
  if (types && !types.includes(`PartName="/${path}"`)) {
    const end = types.lastIndexOf('</Types>');
    replaced.set('[Content_Types].xml', encoder.encode(`${types.slice(0, end)}<Override PartName="/${path}" ContentType="${CT_COMMENTS}"/>${types.slice(end)}`));
  }
}

function commentXml(id: number, paragraphs: string[]): string {
  const body = paragraphs
    .map((text, i) => `<w:p>${i === 0 ? '<w:r><w:annotationRef/></w:r>' : ''}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`)
    .join('');
  return `<w:comment w:id="${id}" w:author="${AUTHOR}" w:initials="TL">${body}</w:comment>`;
}

interface Located {
  start: Point;
  end: Point;
  /** Set when the range lies in one body paragraph (tracked changes are made only then). */
  para?: ScannedParagraph;
  a: number;
  b: number;
}

/** Maps a finding's paragraph/character span to insertion points; something missing, or an empty span, covers the whole paragraph. */
function locate(f: Finding, byLine: Map<number, ScannedParagraph>, noteRuns: Map<number, RunInfo>, scan: Scan): Located | undefined {
  const noteRun = noteRuns.get(f.line);
  if (noteRun) return { start: { kind: 'xml', offset: noteRun.start }, end: { kind: 'xml', offset: noteRun.end }, a: 0, b: 0 };
  let p = byLine.get(f.line);
  let a = f.column - 1;
  let endP = byLine.get(f.endLine) ?? p;
  let b = f.endColumn - 1;
  const whole = f.blockId < 0 || (f.line === f.endLine && b <= a) || !p?.text.trim();
  if (whole) {
    p = p?.text.trim() ? p : scan.paragraphs.find((q) => q.line >= (f.line || 1) && q.text.trim()) ?? scan.paragraphs.find((q) => q.text.trim());
    if (!p) return undefined;
    endP = p;
    a = p.text.length - p.text.trimStart().length;
    b = p.text.trimEnd().length;
  }
  if (!p || !endP) return undefined;
  a = Math.max(0, Math.min(a, p.text.length));
  b = Math.max(0, Math.min(b, endP.text.length));
  if (p === endP && b <= a) b = Math.min(p.text.length, a + 1);
  return { start: startPoint(p, a), end: endPoint(endP, b), ...(p === endP ? { para: p } : {}), a, b };
}

function startPoint(p: ScannedParagraph, idx: number): Point {
  const seg = p.segments.find((s) => s.col <= idx && idx < s.col + s.len);
  if (!seg) return { kind: 'xml', offset: p.closeStart };
  return seg.kind === 't' ? { kind: 't', seg, idx: idx - seg.col } : { kind: 'split', offset: seg.elStart, run: seg.run };
}

function endPoint(p: ScannedParagraph, idx: number): Point {
  if (idx <= 0) return startPoint(p, 0);
  const seg = p.segments.find((s) => s.col < idx && idx <= s.col + s.len);
  if (!seg) return { kind: 'xml', offset: p.closeStart };
  return seg.kind === 't' ? { kind: 't', seg, idx: idx - seg.col } : { kind: 'split', offset: seg.elEnd, run: seg.run };
}

/** Turns a suggested wording into a tracked deletion (of the range) and insertion, when the range is plain text in one paragraph. */
function suggest(f: Finding, p: ScannedParagraph, a: number, b: number, newId: () => number, tCuts: Map<Segment, Cut[]>, deleted: Map<ScannedParagraph, [number, number][]>): void {
  const s = f.suggestion!;
  const segs = p.segments.filter((g) => g.col < b && g.col + g.len > a);
  if (!segs.length || segs.some((g) => g.kind !== 't')) return;
  const taken = deleted.get(p) ?? [];
  if (taken.some(([x, y]) => x < b && a < y)) return;
  taken.push([a, b]);
  deleted.set(p, taken);
  const last = segs[segs.length - 1]!;
  let text = s.text;
  if (!s.replace && !/^[\s,.;:)]/.test(text) && !/\s$/.test(p.text.slice(0, b))) text = ' ' + text;
  const ins = `<w:ins w:id="${newId()}" w:author="${AUTHOR}"><w:r>${last.run.rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:ins>`;
  if (!s.replace) {
    const list = tCuts.get(last) ?? [];
    list.push({ idx: b - last.col, order: -1, markup: ins });
    tCuts.set(last, list);
    return;
  }
  for (const g of segs) {
    const from = Math.max(a, g.col) - g.col;
    const to = Math.min(b, g.col + g.len) - g.col;
    const list = tCuts.get(g) ?? [];
    list.push({ idx: from, order: 2, markup: `<w:del w:id="${newId()}" w:author="${AUTHOR}">`, deleteTo: to, ...(g === last ? { after: ins } : {}) });
    tCuts.set(g, list);
  }
}

/**
 * Rewrites one `w:t` with its cuts: the text is cut where markup goes and each piece of text gets a
 * run with the same properties. When the `w:t` is all the run holds, the whole run is rewritten so
 * that no empty runs are left; otherwise the run is closed and reopened around each cut.
 */
function rebuildText(xml: string, seg: Segment, cuts: Cut[]): Edit {
  const raw = xml.slice(seg.contentStart, seg.contentEnd);
  const offs = rawOffsets(raw);
  const sorted = cuts.map((c, i) => ({ c, i })).sort((x, y) => x.c.idx - y.c.idx || x.c.order - y.c.order || x.i - y.i).map((x) => x.c);
  // Alternating text pieces (raw) and markup between them: pieces[0], markup[0], pieces[1], ...
  const pieces: string[] = [];
  const markup: string[] = [];
  let prev = 0;
  let k = 0;
  while (k < sorted.length) {
    const at = Math.max(prev, sorted[k]!.idx);
    pieces.push(raw.slice(offs[prev], offs[at]));
    prev = at;
    let m = '';
    while (k < sorted.length && Math.max(prev, sorted[k]!.idx) === at) {
      const c = sorted[k++]!;
      if (c.deleteTo !== undefined) {
        const to = Math.max(at, c.deleteTo);
        m += `${c.markup}<w:r>${seg.run.rPr}<w:delText xml:space="preserve">${raw.slice(offs[at], offs[to])}</w:delText></w:r></w:del>${c.after ?? ''}`;
        prev = to;
        break;
      }
      m += c.markup;
    }
    markup.push(m);
  }
  pieces.push(raw.slice(offs[prev]));
  const t = (text: string) => `<w:t xml:space="preserve">${text}</w:t>`;
  const openEnd = xml.indexOf('>', seg.run.start) + 1;
  const alone = /^(?:<w:rPr\/>|<w:rPr>[\s\S]*<\/w:rPr>)?$/.test(xml.slice(openEnd, seg.elStart)) && xml.slice(seg.elEnd, seg.run.end) === '</w:r>';
  if (alone) {
    const firstOpen = xml.slice(seg.run.start, seg.elStart);
    let out = '';
    let first = true;
    pieces.forEach((text, i) => {
      if (text) {
        out += `${first ? firstOpen : `<w:r>${seg.run.rPr}`}${t(text)}</w:r>`;
        first = false;
      }
      if (i < markup.length) out += markup[i];
    });
    return { start: seg.run.start, end: seg.run.end, text: out };
  }
  const reopen = `<w:r>${seg.run.rPr}<w:t xml:space="preserve">`;
  let out = '<w:t xml:space="preserve">';
  pieces.forEach((text, i) => {
    out += text;
    if (i < markup.length) out += `</w:t></w:r>${markup[i]}${reopen}`;
  });
  return { start: seg.elStart, end: seg.elEnd, text: out + '</w:t>' };
}

/** Removes the comments and tracked changes tenderlint wrote on an earlier run. */
function removeOwnAnnotations(xml: string, commentsXml: string | undefined, part: string, limits: XmlLimits): { xml: string; comments: string | undefined } {
  let own = new Set<string>();
  let comments = commentsXml;
  if (commentsXml) {
    const cs = scanPart(commentsXml, 'word/comments.xml', limits);
    const mine = cs.containers.filter((c) => c.tag === 'w:comment' && c.author === AUTHOR && c.end > 0);
    own = new Set(mine.map((c) => c.id));
    if (mine.length) comments = applyEdits(commentsXml, mine.map((c) => ({ start: c.start, end: c.end, text: '' })));
  }
  // Most files were never annotated: skip the extra pass over the body then.
  if (!own.size && !xml.includes(`w:author="${AUTHOR}"`)) return { xml, comments };
  let scan = scanPart(xml, part, limits);
  if (own.size) {
    const marks = scan.comments.filter((m) => own.has(m.id));
    if (marks.length) {
      xml = applyEdits(xml, marks.map((m) => ({ start: m.start, end: m.end, text: '' })));
      scan = scanPart(xml, part, limits);
    }
  }
  if (scan.ownChanges.length) {
    const edits: Edit[] = scan.ownChanges
      .filter((c) => c.end > 0)
      .map((c) =>
        c.kind === 'ins' || c.kind === 'para'
          ? { start: c.start, end: c.end, text: '' }
          : { start: c.start, end: c.end, text: xml.slice(c.openEnd, c.closeStart).replace(/<w:delText\b/g, '<w:t').replace(/<\/w:delText>/g, '</w:t>') },
      );
    xml = applyEdits(xml, edits);
  }
  return { xml, comments };
}
