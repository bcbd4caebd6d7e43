/**
 * Splits Markdown at blank lines into pieces micromark must parse and pieces whose parse is known
 * without it: a paragraph of plain prose, a one-line ATX heading of plain text, a table of plain
 * cells. Most of a long specification is such prose and bills of quantities, and micromark spends
 * about a microsecond a character on prose and ten on tables (0.5 s of the 0.8 s budget for a
 * 225-page file), so only the rest goes through remark.
 *
 * The split must give exactly the blocks the whole-document parse gives (test/pieces.test.ts
 * compares both on every Markdown file of the repository and on generated input). A plain piece
 * starts at column 1 after a blank line, so no open list, quote, table or paragraph can take it in;
 * only fenced code, multi-line HTML blocks and link definitions reach across blank lines or across
 * the document, so any of them sends the whole document to remark.
 */

export interface PlainCell {
  text: string;
  column: number;
}

export type Piece =
  | { kind: 'markdown'; text: string; line: number }
  | { kind: 'paragraph'; lines: string[]; line: number }
  | { kind: 'heading'; depth: number; text: string; line: number; column: number }
  /** Rows without the delimiter row: the header row at `line`, body row i at `line + 1 + i`. */
  | { kind: 'table'; rows: PlainCell[][]; line: number };

// Constructs that reach across blank lines or over the whole document.
const wholeDocument = /```|~~~|\]:|^ {0,3}<(?:script|pre|style|textarea|\?|![A-Za-z]|!\[CDATA\[)|\r|\0/im;
// Any character that can start an inline construct (escape, entity, code, emphasis, link, image,
// HTML, autolink) or a table cell.
const inlineSyntax = /[\\&`*_[\]<>|]/;
const letterOrDigit = /[\p{L}\p{N}]/u;
const space = /\s/;
// A line that starts an ordered list.
const orderedItem = /^\d{1,9}[.)](?:[ \t]|$)/;
const blank = /^[ \t]*$/;
const atxHeading = /^(#{1,6}) ([^\s#][^#]*)$/;

/** A line micromark reads as plain text: a letter or digit first, no tab, nothing trailing, no syntax. */
const isPlain = (line: string) =>
  letterOrDigit.test(line[0] ?? ' ') && !space.test(line[line.length - 1]!) && line.indexOf('\t') < 0 && !inlineSyntax.test(line) && !orderedItem.test(line);

function plainHeading(line: string): { depth: number; text: string } | null {
  const m = atxHeading.exec(line);
  if (!m || inlineSyntax.test(m[2]!) || /\s$/.test(m[2]!) || /\t/.test(m[2]!)) return null;
  return { depth: m[1]!.length, text: m[2]! };
}

const delimiterRow = /^\|(?: *:?-+:? *\|)+$/;

/** The cells of a table row written `| a | b |`, when each is plain text; else null. */
function plainRow(line: string): PlainCell[] | null {
  if (line.length < 2 || line[0] !== '|' || line[line.length - 1] !== '|' || line.indexOf('\t') >= 0 || /[\\&`*_[\]<>]/.test(line)) return null;
  const cells: PlainCell[] = [];
  let from = 1;
  for (let bar = line.indexOf('|', 1); bar > 0; bar = line.indexOf('|', bar + 1)) {
    const raw = line.slice(from, bar);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), column: from + lead + 1 });
    from = bar + 1;
  }
  return cells;
}

/**
 * A GFM table of plain cells, every row as wide as the header (where remark pads or cuts rows, this
 * leaves the table to remark), as the whole segment.
 */
function plainTable(segment: string[]): PlainCell[][] | null {
  if (segment.length < 2 || !delimiterRow.test(segment[1]!)) return null;
  const width = segment[1]!.split('|').length - 2;
  const rows: PlainCell[][] = [];
  for (let i = 0; i < segment.length; i++) {
    if (i === 1) continue;
    const row = plainRow(segment[i]!);
    if (!row || row.length !== width) return null;
    rows.push(row);
  }
  return rows;
}

/** An unclosed HTML comment at the end of a segment would run on past the blank line. */
function opensComment(text: string): boolean {
  const open = text.lastIndexOf('<!--');
  return open >= 0 && text.indexOf('-->', open + 4) < 0;
}

/** The pieces of a Markdown source, in order; line numbers are 1-based. */
export function splitPieces(source: string): Piece[] {
  if (wholeDocument.test(source)) return [{ kind: 'markdown', text: source, line: 1 }];
  const lines = source.split('\n');
  const pieces: Piece[] = [];
  let run: { from: number; to: number } | null = null;
  const flush = () => {
    if (run) pieces.push({ kind: 'markdown', text: lines.slice(run.from, run.to).join('\n'), line: run.from + 1 });
    run = null;
  };
  let i = 0;
  while (i < lines.length) {
    if (blank.test(lines[i]!)) {
      i++;
      continue;
    }
    const from = i;
    while (i < lines.length && !blank.test(lines[i]!)) i++;
    const segment = lines.slice(from, i);
    if (segment.some((l) => l.includes('<!--')) && opensComment(segment.join('\n'))) return [{ kind: 'markdown', text: source, line: 1 }];
    const heading = segment.length === 1 ? plainHeading(segment[0]!) : null;
    const table = segment[0]![0] === '|' ? plainTable(segment) : null;
    if (table) {
      flush();
      pieces.push({ kind: 'table', rows: table, line: from + 1 });
    } else if (heading) {
      flush();
      pieces.push({ kind: 'heading', depth: heading.depth, text: heading.text, line: from + 1, column: heading.depth + 2 });
    } else if (segment.every(isPlain)) {
      flush();
      pieces.push({ kind: 'paragraph', lines: segment, line: from + 1 });
    } else if (run) {
      (run as { from: number; to: number }).to = i;
    } else {
      run = { from, to: i };
    }
  }
  flush();
  return pieces;
}
