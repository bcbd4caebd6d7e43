import { spanOf, spanToLocation, type Finding, type TenderDocument } from '@tenderlint/core';
import { strFromU8, unzipSync } from 'fflate';
import { scanPart } from '../../src/scan.js';

/** A finding on the first occurrence of `quote` in the document (whole block when quote is null). */
export function findingAt(doc: TenderDocument, quote: string | null, extra: Partial<Finding> = {}): Finding {
  const block = quote === null ? doc.blocks[0]! : doc.blocks.find((b) => b.text.includes(quote));
  if (!block) throw new Error(`no block holds "${quote}"`);
  const start = quote === null ? 0 : block.text.indexOf(quote);
  const end = quote === null ? 0 : start + quote.length;
  return {
    ruleId: 'test/rule',
    messageId: 'm',
    severity: 'warning',
    message: `Bevinding over ${quote ?? 'het geheel'}.`,
    principle: ['2.1'],
    legal: 'Wet 17 juni 2016, art. 53',
    blockId: block.id,
    start,
    end,
    ...spanToLocation(spanOf(block, start, end)),
    ...extra,
  };
}

/** The text each comment of an annotated file is anchored on, by comment id, with its author and text. */
export function anchoredComments(bytes: Uint8Array): { id: string; author?: string; anchored: string; text: string }[] {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']!);
  const scan = scanPart(xml, 'document', { maxDepth: 256 });
  const byLine = new Map(scan.paragraphs.map((p) => [p.line, p.text]));
  const comments = files['word/comments.xml'] ? scanPart(strFromU8(files['word/comments.xml']), 'comments', { maxDepth: 256 }) : undefined;
  const out: { id: string; author?: string; anchored: string; text: string }[] = [];
  for (const c of comments?.containers ?? []) {
    const s = scan.comments.find((m) => m.id === c.id && m.kind === 'start');
    const e = scan.comments.find((m) => m.id === c.id && m.kind === 'end');
    let anchored = '';
    if (s && e) {
      for (let line = s.line; line <= e.line; line++) {
        const text = byLine.get(line) ?? '';
        const from = line === s.line ? s.col : 0;
        const to = line === e.line ? e.col : text.length;
        anchored += (line > s.line ? '\n' : '') + text.slice(from, to);
      }
    }
    const text = comments!.paragraphs.filter((p) => p.container === c.id).map((p) => p.text).join('\n');
    out.push({ id: c.id, ...(c.author ? { author: c.author } : {}), anchored, text });
  }
  return out;
}
