/**
 * All blocks' texts lower-cased in one string, so that a word list is searched for in one call per
 * document instead of one call per block: with some 5 000 blocks and fifteen lists, the calls cost
 * more than the searching. The texts are joined by U+0000, which no searched word holds, so no match
 * runs from one block into the next.
 */
import type { Block } from '../document.js';

export interface JoinedBlocks {
  text: string;
  /** Where each block begins in `text`; one more entry, past the end. */
  starts: Int32Array;
}

function join(texts: readonly string[]): JoinedBlocks {
  const starts = new Int32Array(texts.length + 1);
  let at = 0;
  for (let i = 0; i < texts.length; i++) {
    starts[i] = at;
    at += texts[i]!.length + 1;
  }
  starts[texts.length] = at;
  return { text: texts.join('\u0000'), starts };
}

/** The blocks' texts, each lower-cased as on its own (`toLowerCase`), joined; null when the blocks' ids are not their positions. */
export function joinedLowerBlocks(blocks: readonly Block[]): JoinedBlocks | null {
  if (!blocks.every((b, i) => b.id === i)) return null;
  const texts = blocks.map((b) => b.text);
  const joined = join(texts);
  const text = joined.text.toLowerCase();
  // Lower-casing lengthens only İ (to i and a combining dot); with one, each text is lower-cased and measured on its own.
  return text.length === joined.text.length ? { text, starts: joined.starts } : join(texts.map((t) => t.toLowerCase()));
}
