import type { Block, Position, Span, SuppressionDirective } from '@tenderlint/core';
import { positionAt } from '@tenderlint/core';

/** A `tenderlint-…` directive comment as written, before its range is known. */
export interface RawDirective {
  verb: 'disable' | 'enable' | 'disable-next-line';
  rules: string[];
  reason: string | null;
  at: Span;
}

const directivePattern = /^\s*tenderlint-(disable-next-line|disable|enable)\b([\s\S]*)$/;

/** Parses the inside of a comment: `tenderlint-disable-next-line a/b, c/d -- reason`. */
export function parseDirective(body: string, at: Span): RawDirective | null {
  const m = directivePattern.exec(body);
  if (!m) return null;
  const [rulesPart, ...reasonParts] = m[2]!.split(/\s--\s|\s--$|^--\s/);
  const reason = reasonParts.join(' -- ').trim();
  const rules = (rulesPart ?? '')
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter(Boolean);
  return { verb: m[1] as RawDirective['verb'], rules, reason: reason || null, at };
}

function blockSpan(block: Block): Span {
  const start = positionAt(block, 0);
  const last = positionAt(block, Math.max(0, block.text.length - 1));
  return { start, end: { line: last.line, column: last.column + 1 } };
}

const after = (a: Position, b: Position) => a.line > b.line || (a.line === b.line && a.column > b.column);

/**
 * Resolves raw directives into ranges: `disable-next-line` covers the block that starts after the
 * comment; `disable` covers everything up to the matching `enable` (or the end of the document).
 */
export function resolveDirectives(raw: RawDirective[], blocks: Block[], lastLine: number): SuppressionDirective[] {
  const out: SuppressionDirective[] = [];
  const open: { d: RawDirective }[] = [];
  const endOfDocument: Position = { line: lastLine + 1, column: 1 };
  for (const d of raw) {
    if (d.verb === 'disable-next-line') {
      const next = blocks.find((b) => b.text.trim() && after(positionAt(b, 0), d.at.end));
      if (next) out.push({ rules: d.rules, reason: d.reason, covers: blockSpan(next), at: d.at, kind: 'next-line' });
      else out.push({ rules: d.rules, reason: d.reason, covers: { start: d.at.end, end: d.at.end }, at: d.at, kind: 'next-line' });
    } else if (d.verb === 'disable') {
      open.push({ d });
    } else {
      // An enable closes the disables it names (all open ones when it names none).
      for (let i = open.length - 1; i >= 0; i--) {
        const o = open[i]!.d;
        const closes = !d.rules.length || (o.rules.length > 0 && o.rules.every((r) => d.rules.includes(r)));
        if (!closes) continue;
        out.push({ rules: o.rules, reason: o.reason, covers: { start: o.at.end, end: d.at.start }, at: o.at, kind: 'range' });
        open.splice(i, 1);
      }
    }
  }
  for (const { d } of open) out.push({ rules: d.rules, reason: d.reason, covers: { start: d.at.end, end: endOfDocument }, at: d.at, kind: 'range' });
  return out.sort((a, b) => a.at.start.line - b.at.start.line || a.at.start.column - b.at.start.column);
}
