import { finishDocument, type BlockInput, type SourceAnchor, type TenderDocument } from '@tenderlint/core';
import type { Nodes, Parent, PhrasingContent, RootContent, Root } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDirective, resolveDirectives, type RawDirective } from './directives.js';
import { splitPieces } from './pieces.js';

export interface ReadOptions {
  fileName?: string;
}

// Only GFM tables are needed; the rest of GFM (autolinks, footnotes, task lists) costs parse time.
function tablesOnly(this: { data: () => unknown }) {
  const data = this.data() as Record<string, unknown[]>;
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const processor = unified().use(remarkParse).use(tablesOnly as never);

/** Between two pieces parsed as one text: an HTML block that ends on its own line. */
const SEPARATOR = '<!---->';

function newlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Collects the plain text of inline content with an anchor at each source segment. */
class TextBuilder {
  text = '';
  anchors: SourceAnchor[] = [];
  /** `lineOffset`: lines of the document before the piece the nodes were parsed from. */
  constructor(
    private readonly lines: string[],
    private readonly lineOffset = 0,
  ) {}

  add(value: string, line: number, column: number): void {
    const parts = value.split('\n');
    parts.forEach((part, k) => {
      if (k > 0) this.text += ' ';
      if (!part) return;
      let col = column;
      if (k > 0) {
        const src = this.lines[line + k - 1] ?? '';
        const at = src.indexOf(part);
        col = at >= 0 ? at + 1 : 1;
      }
      this.anchors.push({ offset: this.text.length, line: line + k, column: col });
      this.text += part;
    });
  }

  inline(nodes: PhrasingContent[]): void {
    for (const node of nodes) {
      const pos = node.position?.start;
      switch (node.type) {
        case 'text':
          if (pos) this.add(node.value, pos.line + this.lineOffset, pos.column);
          break;
        case 'inlineCode':
          if (pos) this.add(node.value, pos.line + this.lineOffset, pos.column + 1);
          break;
        case 'break':
          this.text += ' ';
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
        case 'link':
        case 'linkReference':
          this.inline(node.children);
          break;
        default:
          break;
      }
    }
  }

  finish(): { text: string; anchors: SourceAnchor[] } {
    // Trim outer whitespace, keeping anchors aligned.
    const lead = this.text.length - this.text.trimStart().length;
    const text = this.text.trim();
    const anchors = this.anchors
      .map((a) => ({ ...a, offset: a.offset - lead }))
      .filter((a, i, all) => a.offset >= 0 || (all[i + 1]?.offset ?? 1) > 0)
      .map((a) => (a.offset < 0 ? { ...a, column: a.column - a.offset, offset: 0 } : a));
    return { text, anchors: anchors.length ? anchors : [{ offset: 0, line: 1, column: 1 }] };
  }
}

/** Reads Markdown (CommonMark with GFM tables) into a TenderDocument with exact positions. */
export function readMarkdown(source: string, options: ReadOptions = {}): TenderDocument {
  return read(source, options, false);
}

/** The same reading with remark parsing the whole document at once: the reference for the split. */
export function readMarkdownWhole(source: string, options: ReadOptions = {}): TenderDocument {
  return read(source, options, true);
}

function read(input: string, options: ReadOptions, whole: boolean): TenderDocument {
  // CommonMark ends a line at LF, CR or CRLF; one form keeps line numbers the same everywhere.
  const source = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  const lines = source.split('\n');
  const blocks: BlockInput[] = [];
  const raw: RawDirective[] = [];
  let tableIndex = 0;
  let lineOffset = 0;

  const pushBuilt = (kind: BlockInput['kind'], b: TextBuilder, extra: Partial<BlockInput> = {}) => {
    const { text, anchors } = b.finish();
    if (!text) return;
    blocks.push({ kind, text, anchors, ...extra });
  };
  const push = (kind: BlockInput['kind'], children: PhrasingContent[], extra: Partial<BlockInput> = {}) => {
    const b = new TextBuilder(lines, lineOffset);
    b.inline(children);
    pushBuilt(kind, b, extra);
  };

  const visitHtml = (node: Nodes) => {
    if (node.type !== 'html' || !node.position) return;
    const m = /^<!--([\s\S]*?)-->\s*$/.exec(node.value.trim());
    if (!m) return;
    const { start, end } = node.position;
    const d = parseDirective(m[1]!, { start: { line: start.line + lineOffset, column: start.column }, end: { line: end.line + lineOffset, column: end.column } });
    if (d) raw.push(d);
  };

  const walk = (nodes: RootContent[], listDepth: number, listLabel?: string) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          push('heading', node.children, { depth: node.depth });
          break;
        case 'paragraph':
          for (const c of node.children) visitHtml(c);
          if (listDepth > 0) push('list-item', node.children, { depth: listDepth, ...(listLabel ? { label: listLabel } : {}) });
          else push('paragraph', node.children);
          listLabel = undefined;
          break;
        case 'list': {
          const start = node.start ?? 1;
          node.children.forEach((item, i) => {
            walk(item.children, listDepth + 1, node.ordered ? `${start + i}.` : undefined);
          });
          break;
        }
        case 'blockquote':
          walk(node.children, listDepth);
          break;
        case 'table': {
          const index = tableIndex++;
          node.children.forEach((row, r) => {
            row.children.forEach((cell, c) => push('table-cell', cell.children, { table: { index, row: r, column: c } }));
          });
          break;
        }
        case 'html':
          visitHtml(node);
          break;
        default:
          if ('children' in node) walk((node as Parent).children as RootContent[], listDepth);
      }
    }
  };
  const pieces = whole ? [{ kind: 'markdown' as const, text: source, line: 1 }] : splitPieces(source);
  // One remark parse for all the pieces that need it: each parse call costs ~1.5 ms to set up, more
  // than most pieces take. An empty comment between two pieces closes whatever the first left open.
  let combined = '';
  const starts: number[] = [];
  let lastLines = 0;
  for (const piece of pieces) {
    if (piece.kind !== 'markdown') continue;
    if (starts.length) {
      starts.push(starts[starts.length - 1]! + lastLines + 4);
      combined += `\n\n${SEPARATOR}\n\n`;
    } else starts.push(1);
    lastLines = newlines(piece.text);
    combined += piece.text;
  }
  const nodes = starts.length ? (processor.parse(combined) as Root).children : [];
  let next = 0;
  let k = 0;
  for (const piece of pieces) {
    if (piece.kind === 'markdown') {
      const end = starts[k + 1] ?? Infinity;
      lineOffset = piece.line - starts[k]!;
      const own: RootContent[] = [];
      for (; next < nodes.length && (nodes[next]!.position?.start.line ?? 0) < end; next++) {
        const node = nodes[next]!;
        if (!(node.type === 'html' && node.value === SEPARATOR && node.position?.start.line === end - 2)) own.push(node);
      }
      walk(own, 0);
      k++;
    } else {
      lineOffset = piece.line - 1;
      // What remark would build for this piece: one text node starting at the piece.
      if (piece.kind === 'table') {
        const index = tableIndex++;
        piece.rows.forEach((row, r) => {
          row.forEach((cell, c) => {
            const b = new TextBuilder(lines);
            if (cell.text) b.add(cell.text, piece.line + (r ? r + 1 : 0), cell.column);
            pushBuilt('table-cell', b, { table: { index, row: r, column: c } });
          });
        });
        continue;
      }
      const b = new TextBuilder(lines);
      if (piece.kind === 'heading') {
        b.add(piece.text, piece.line, piece.column);
        pushBuilt('heading', b, { depth: piece.depth });
      } else {
        b.add(piece.lines.join('\n'), piece.line, 1);
        pushBuilt('paragraph', b);
      }
    }
  }

  const doc = finishDocument(blocks, { fileName: options.fileName, format: 'markdown', directives: [], lineCount: lines.length });
  doc.directives = resolveDirectives(raw, doc.blocks, lines.length);
  return doc;
}
