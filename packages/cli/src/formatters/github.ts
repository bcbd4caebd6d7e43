import type { Severity } from '@tenderlint/core';
import { displayPath } from './shared.js';
import type { Formatter } from './types.js';

const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

// GitHub's workflow-command escaping (actions/toolkit, command.ts).
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: each finding becomes an annotation on the file in the pull request. */
export const github: Formatter = (results, ctx) => {
  const lines: string[] = [];
  for (const r of results) {
    const file = escapeProperty(displayPath(r.filePath, ctx.cwd));
    if (r.error) {
      lines.push(`::error file=${file},title=tenderlint::${escapeData(r.error)}`);
      continue;
    }
    for (const f of r.findings) {
      if (f.suppressions?.length) continue;
      const where = [`file=${file}`, `line=${f.line}`, `col=${f.column}`];
      if (f.endLine > f.line) where.push(`endLine=${f.endLine}`);
      else if (f.endColumn > f.column) where.push(`endColumn=${f.endColumn}`);
      const basis = [f.principle.length ? `plan ${f.principle.join(', ')}` : '', f.legal].filter(Boolean).join('; ');
      const body = [f.message, basis ? `(${basis})` : '', f.suggestion ? `\nVoorstel: ${f.suggestion.text}` : ''].filter(Boolean).join(' ');
      lines.push(`::${command[f.severity]} ${where.join(',')},title=${escapeProperty(f.ruleId)}::${escapeData(body)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
