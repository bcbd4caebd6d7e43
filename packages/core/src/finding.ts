import type { Span } from './document.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface Suggestion {
  /** Text to insert (with `replace` false) after the range, or to put in place of it. */
  text: string;
  replace: boolean;
}

export interface Suppression {
  kind: 'inSource';
  justification: string | null;
}

export interface Finding {
  ruleId: string;
  messageId: string;
  severity: Severity;
  /** In the language the lint ran in. */
  message: string;
  /** Plan sections, e.g. ['2.3']. */
  principle: string[];
  /** Legal basis, e.g. 'Wet 17 juni 2016, art. 58'. */
  legal: string;
  /** Block the finding is in, or -1 for the document as a whole (line 1). */
  blockId: number;
  /** Character range in the block's text (end exclusive). */
  start: number;
  end: number;
  /** Source position (1-based; end column exclusive). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The finding is about something missing, anchored where it belongs. */
  missing?: boolean;
  suggestion?: Suggestion;
  docsUrl?: string;
  /** Set when an inline directive suppressed it; formatters hide these unless asked. */
  suppressions?: Suppression[];
}

export function spanToLocation(span: Span): Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'> {
  return { line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column };
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: by position, then rule id, then severity, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    severityRank[a.severity] - severityRank[b.severity] ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
