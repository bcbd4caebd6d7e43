// Writes a corpus of generated specifications to a directory (bench/generate.mjs, `pnpm bench`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { specBlocks, toDocx, toMarkdown } from './spec.mjs';

/** Writes `count` specifications as bestek-0001.md ... into `out`; returns the bytes of Markdown written. */
export async function writeCorpus({ count, pages, seed, out, docx = false }) {
  mkdirSync(out, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const blocks = specBlocks({ seed, index: i, pages });
    const name = join(out, `bestek-${String(i + 1).padStart(4, '0')}`);
    const text = toMarkdown(blocks);
    bytes += Buffer.byteLength(text);
    writeFileSync(`${name}.md`, text);
    if (docx) writeFileSync(`${name}.docx`, await toDocx(blocks));
  }
  return bytes;
}
