/** The format-neutral model of a tender specification that readers produce and rules read. */

export type Lang = 'nl' | 'fr' | 'en';
export type DocumentFormat = 'markdown' | 'text' | 'docx';
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell';

/** A position in the source file, 1-based. For .docx, `line` is the paragraph number (every `w:p` of the body in document order, table cells included) and `column` the character in that paragraph. */
export interface Position {
  line: number;
  column: number;
}

export interface Span {
  start: Position;
  end: Position;
}

/**
 * Maps character offsets of a block's `text` to the source. From `offset` on, characters follow
 * one another in the source starting at `line`/`column`, until the next anchor.
 */
export interface SourceAnchor {
  offset: number;
  line: number;
  column: number;
}

export interface Block {
  /** Index of the block in `TenderDocument.blocks`. */
  id: number;
  kind: BlockKind;
  /** Plain text, inline markup removed. */
  text: string;
  /** Heading level (1 = top) for headings; list nesting depth for list items. */
  depth?: number;
  /** Texts of the headings this block is under, outermost first (a heading's own path excludes itself). */
  headingPath: string[];
  /** Id of the nearest heading block this block is under, or -1. */
  headingId: number;
  /** Visible list or article label ("2.3", "a)") when the format computes one. */
  label?: string;
  /** Table membership for table cells. */
  table?: { index: number; row: number; column: number };
  /** Anchors sorted by offset; the first has offset 0. */
  anchors: SourceAnchor[];
  /** Reader-specific data (e.g. .docx run positions); rules never read it. */
  origin?: unknown;
}

/** A directive to suppress findings, read from the source (Markdown comments, Word comments). */
export interface SuppressionDirective {
  /** Rule ids it names; empty means every rule. */
  rules: string[];
  reason: string | null;
  /** The source range it covers. */
  covers: Span;
  /** Where the directive itself is written (for reporting it). */
  at: Span;
  kind: 'next-line' | 'range' | 'file';
}

export interface TenderDocument {
  fileName?: string;
  format: DocumentFormat;
  blocks: Block[];
  directives: SuppressionDirective[];
  /** Number of lines (text formats) or paragraphs (.docx) in the source. */
  lineCount: number;
}

/** Source position of a character offset in a block's text. */
export function positionAt(block: Block, offset: number): Position {
  const anchors = block.anchors;
  let lo = 0;
  let hi = anchors.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (anchors[mid]!.offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  const a = anchors[lo] ?? { offset: 0, line: 1, column: 1 };
  return { line: a.line, column: a.column + Math.max(0, offset - a.offset) };
}

/** Source span of a range of a block's text; `end` is exclusive, the returned end column is exclusive too. */
export function spanOf(block: Block, start: number, end: number): Span {
  const s = positionAt(block, start);
  if (end <= start) return { start: s, end: { ...s } };
  const last = positionAt(block, end - 1);
  return { start: s, end: { line: last.line, column: last.column + 1 } };
}

/** Builds a block with its heading bookkeeping left to `finishDocument`. */
export type BlockInput = Omit<Block, 'id' | 'headingPath' | 'headingId'>;

/** Assigns ids, heading paths and heading ids in document order. */
export function finishDocument(
  inputs: BlockInput[],
  rest: Omit<TenderDocument, 'blocks'>,
): TenderDocument {
  const stack: { depth: number; text: string; id: number }[] = [];
  const blocks: Block[] = inputs.map((input, id) => {
    if (input.kind === 'heading') {
      const depth = input.depth ?? 1;
      while (stack.length && stack[stack.length - 1]!.depth >= depth) stack.pop();
      const block: Block = { ...input, id, headingPath: stack.map((h) => h.text), headingId: stack.length ? stack[stack.length - 1]!.id : -1 };
      stack.push({ depth, text: input.text, id });
      return block;
    }
    return { ...input, id, headingPath: stack.map((h) => h.text), headingId: stack.length ? stack[stack.length - 1]!.id : -1 };
  });
  return { ...rest, blocks };
}
