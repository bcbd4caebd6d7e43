import type { Formatter } from './types.js';

/** ESLint-style JSON (eval-format.md): one entry per file; suppressed findings are left out. */
export const json: Formatter = (results) => {
  const out = results.map((r) => {
    const messages = r.findings
      .filter((f) => !f.suppressions?.length)
      .map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        messageId: f.messageId,
        principle: f.principle,
        legal: f.legal,
        ...(f.suggestion ? { suggestion: f.suggestion } : {}),
        ...(f.docsUrl ? { docsUrl: f.docsUrl } : {}),
      }));
    const count = (s: string) => messages.filter((m) => m.severity === s).length;
    return {
      filePath: r.filePath,
      messages,
      errorCount: count('error'),
      warningCount: count('warning'),
      infoCount: count('info'),
      suppressedCount: r.findings.length - messages.length,
      ...(r.error ? { fatal: true, error: r.error } : {}),
    };
  });
  return JSON.stringify(out, null, 2) + '\n';
};
