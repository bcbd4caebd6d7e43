/** Shared reading helpers for the fact extractors: sentences per block, table neighbours, evidence. */
import type { Block, TenderDocument } from '../document.js';
import { factored } from '../declarative/alternation.js';
import { joinedLowerBlocks, type JoinedBlocks } from '../text/joined-blocks.js';
import { escapeRegExp } from '../text/words.js';
import { sentencesOf, type Sentence } from '../text/sentences.js';
import type { Evidence, SectionKind } from './types.js';

export interface Scan {
  document: TenderDocument;
  sections: SectionKind[];
  sentences(block: Block): Sentence[];
  /** The sentence of a block that holds an offset. */
  sentenceAt(block: Block, offset: number): Sentence;
  /** For a table cell: the first cell of its row (the row label) and the first cell of its column (the header). */
  rowLabel(block: Block): Block | undefined;
  columnHeader(block: Block): Block | undefined;
  rowCells(block: Block): Block[];
  /** The text a block is read in: the block, plus its row label and column header for table cells. */
  context(block: Block): string;
  evidence(block: Block, start: number, end: number): Evidence;
  /** Whether the lower-cased block text contains any of the words (a cheap filter before the regexes). Pass a constant list: its pattern is kept per list. */
  has(block: Block, words: readonly string[]): boolean;
  /**
   * Whether a case-insensitive Unicode pattern (flags `iu`) that needs one of the lower-case words may
   * match the block: has(), or a long s, which such a pattern reads as "s" but lower-casing keeps.
   */
  mayHave(block: Block, words: readonly string[]): boolean;
  blocksIn(...kinds: SectionKind[]): Block[];
}

export function createScan(document: TenderDocument, sections: SectionKind[]): Scan {
  const tables = new Map<number, Block[][]>();
  for (const b of document.blocks) {
    if (b.kind !== 'table-cell' || !b.table) continue;
    let rows = tables.get(b.table.index);
    if (!rows) tables.set(b.table.index, (rows = []));
    (rows[b.table.row] ??= [])[b.table.column] = b;
  }
  const hits = wordIndex(document.blocks);
  const sentences = (block: Block) => sentencesOf(block);
  const scan: Scan = {
    document,
    sections,
    sentences,
    sentenceAt(block, offset) {
      const all = sentences(block);
      return all.find((s) => offset >= s.start && offset < s.end) ?? all.find((s) => offset < s.end) ?? { start: 0, end: block.text.length, text: block.text };
    },
    rowLabel(block) {
      if (!block.table || block.table.column === 0) return undefined;
      return tables.get(block.table.index)?.[block.table.row]?.[0];
    },
    columnHeader(block) {
      if (!block.table || block.table.row === 0) return undefined;
      return tables.get(block.table.index)?.[0]?.[block.table.column];
    },
    rowCells(block) {
      if (!block.table) return [block];
      return (tables.get(block.table.index)?.[block.table.row] ?? []).filter(Boolean);
    },
    context(block) {
      if (block.kind !== 'table-cell') return block.text;
      return [scan.rowLabel(block)?.text, scan.columnHeader(block)?.text, block.text].filter(Boolean).join(' | ');
    },
    has(block, words) {
      return hits(words, block);
    },
    mayHave(block, words) {
      return scan.has(block, words) || scan.has(block, LONG_S);
    },
    evidence(block, start, end) {
      return { blockId: block.id, start, end, raw: block.text.slice(start, end) };
    },
    blocksIn(...kinds) {
      return document.blocks.filter((b) => kinds.includes(sections[b.id]!));
    },
  };
  return scan;
}


// One pattern per word list (a constant: the pattern is kept per list).
const patterns = new WeakMap<readonly string[], RegExp>();
function anyOf(words: readonly string[]): RegExp {
  let re = patterns.get(words);
  if (!re) patterns.set(words, (re = new RegExp(words.map(escapeRegExp).join('|'), 'g')));
  return re;
}

// The extractors' word lists (see cueWords), searched for all together.
const registered: (readonly string[])[] = [];
let together: { count: number; re: RegExp; byFirst: Map<number, [word: string, lists: number[]][]> } | undefined;

/** A word list for Scan.has, declared once at load: all declared lists are searched for in one pass over a document. */
export function cueWords(words: readonly string[]): readonly string[] {
  registered.push(words);
  return words;
}

const LONG_S = cueWords(['\u017f']);

/** The pattern of every declared word, and for each first character the words that start with it and the lists that hold them. */
function allWords() {
  if (together?.count === registered.length) return together;
  const listsOf = new Map<string, number[]>();
  registered.forEach((list, i) => {
    for (const w of list) {
      const lists = listsOf.get(w);
      if (lists) lists.push(i);
      else listsOf.set(w, [i]);
    }
  });
  const byFirst = new Map<number, [string, number[]][]>();
  for (const [w, lists] of listsOf) {
    const first = w.charCodeAt(0);
    const words = byFirst.get(first);
    if (words) words.push([w, lists]);
    else byFirst.set(first, [[w, lists]]);
  }
  // Grouped by first letters, the same positions are found about twice as fast.
  together = { count: registered.length, re: factored(new RegExp([...listsOf.keys()].map(escapeRegExp).join('|'), 'g')), byFirst };
  return together;
}

/**
 * Which blocks' lower-cased texts contain a word of a list. The declared lists are searched for in
 * one pass over all blocks' texts joined: some twenty lists were each searched block by block, and
 * the 90 000 calls and twenty passes cost more than the filtering saved. Every place where a word
 * starts is visited (a word found does not hide another that starts inside it).
 */
function wordIndex(blocks: readonly Block[]): (words: readonly string[], block: Block) => boolean {
  const found = new Map<readonly string[], Uint8Array>();
  const searchOne = (words: readonly string[], joined: JoinedBlocks): Uint8Array => {
    const hit = new Uint8Array(blocks.length);
    const re = anyOf(words);
    const { text, starts } = joined;
    re.lastIndex = 0;
    let b = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      while (starts[b + 1]! <= m.index) b++;
      hit[b] = 1;
      re.lastIndex = starts[b + 1]!;
    }
    return hit;
  };
  const searchAll = (joined: JoinedBlocks): void => {
    const { re, byFirst, count } = allWords();
    const hits = registered.slice(0, count).map(() => new Uint8Array(blocks.length));
    const { text, starts } = joined;
    re.lastIndex = 0;
    let b = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = m.index;
      while (starts[b + 1]! <= at) b++;
      for (const [w, lists] of byFirst.get(text.charCodeAt(at))!) if (text.startsWith(w, at)) for (const i of lists) hits[i]![b] = 1;
      re.lastIndex = at + 1;
    }
    for (let i = 0; i < count; i++) found.set(registered[i]!, hits[i]!);
  };
  const lower: (string | undefined)[] = [];
  let joined: JoinedBlocks | null | undefined;
  return (words, block) => {
    if (joined === undefined) joined = joinedLowerBlocks(blocks);
    if (!joined) {
      const re = anyOf(words);
      re.lastIndex = 0;
      const yes = re.test((lower[block.id] ??= block.text.toLowerCase()));
      re.lastIndex = 0;
      return yes;
    }
    let hit = found.get(words);
    if (!hit && registered.includes(words)) {
      searchAll(joined);
      hit = found.get(words);
    }
    if (!hit) found.set(words, (hit = searchOne(words, joined)));
    return hit[block.id] === 1;
  };
}

/** The clause of a sentence around an offset: cut at `;`, `:` and the words that start a new clause. */
export function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !/[;:\n]/.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !/[;\n]/.test(text[e]!)) e++;
  return { start: s, end: e };
}
