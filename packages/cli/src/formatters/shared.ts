import { relative } from 'node:path';
import type { Finding, Rule, Severity } from '@tenderlint/core';
import type { FileResult, FormatterContext } from './types.js';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** Dutch words for severities, as the stylish formatter uses them. */
export const SEVERITY_NL: Record<Severity, string> = { error: 'fout', warning: 'waarschuwing', info: 'info' };

/** The path as the user sees it: relative to the working directory, with forward slashes. */
export function displayPath(filePath: string, cwd: string): string {
  const rel = relative(cwd, filePath);
  return (rel && !rel.startsWith('..') ? rel : filePath).split('\\').join('/');
}

/** The findings a formatter shows: suppressed ones only when asked. */
export function shown(result: FileResult, ctx: FormatterContext): Finding[] {
  return result.findings.filter((f) => ctx.showSuppressed || !f.suppressions?.length);
}

export function active(result: FileResult): Finding[] {
  return result.findings.filter((f) => !f.suppressions?.length);
}

/** The pack of a finding: from the rule's metadata, else the part of the id before the slash. */
export function packOf(ruleId: string, rules: Map<string, Rule>): string {
  return rules.get(ruleId)?.meta.pack ?? ruleId.split('/')[0] ?? ruleId;
}

export function basisText(f: Pick<Finding, 'principle' | 'legal'>): string {
  return [f.principle.length ? `plan ${f.principle.join(', ')}` : '', f.legal].filter(Boolean).join('; ');
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}
