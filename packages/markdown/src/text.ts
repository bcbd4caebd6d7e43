import { finishDocument, type BlockInput, type SourceAnchor, type TenderDocument } from '@tenderlint/core';
import type { ReadOptions } from './markdown.js';

// A short line without a final period that opens with an article number or a part name reads as a heading.
const headingLine =
  /^(?:(?:artikel|article|art\.|deel|partie|part|hoofdstuk|chapitre|chapter|titel|titre|afdeling|section|bijlage|annexe|annex)\b[^.]{0,80}|\d+(?:\.\d+)*\.?\s+\p{Lu}[^.]{0,80}|[\p{Lu}\d][\p{Lu}\d\s,'’&/()\-–]{3,80})$/iu;

function headingDepth(line: string): number {
  const num = /^(\d+(?:\.\d+)*)/.exec(line);
  if (num) return num[1]!.split('.').length;
  if (/^(deel|partie|part|titel|titre)\b/i.test(line)) return 1;
  return 2;
}

/** Reads plain text: paragraphs are separated by blank lines; short numbered or capitalised lines are headings. */
export function readText(source: string, options: ReadOptions = {}): TenderDocument {
  const lines = source.split(/\r\n|\r|\n/);
  const blocks: BlockInput[] = [];
  let para: { line: number; text: string }[] = [];
  const flush = () => {
    if (!para.length) return;
    let text = '';
    const anchors: SourceAnchor[] = [];
    for (const p of para) {
      if (text) text += ' ';
      const lead = p.text.length - p.text.trimStart().length;
      anchors.push({ offset: text.length, line: p.line, column: lead + 1 });
      text += p.text.trim();
    }
    const single = para.length === 1 ? para[0]!.text.trim() : '';
    const list = /^(?:[-•*–]|\d+[.)]|[a-z][.)])\s+/.exec(text);
    if (single && single.length <= 100 && !/[.:;,]$/.test(single) && headingLine.test(single)) {
      blocks.push({ kind: 'heading', depth: headingDepth(single), text, anchors });
    } else if (list) {
      blocks.push({ kind: 'list-item', depth: 1, text, anchors, label: list[0].trim() });
    } else {
      blocks.push({ kind: 'paragraph', text, anchors });
    }
    para = [];
  };
  lines.forEach((line, i) => {
    if (!line.trim()) flush();
    else if (/^\s*(?:[-•*–]|\d+[.)])\s+/.test(line) && para.length) {
      flush();
      para.push({ line: i + 1, text: line });
    } else para.push({ line: i + 1, text: line });
  });
  flush();
  return finishDocument(blocks, { fileName: options.fileName, format: 'text', directives: [], lineCount: lines.length });
}
