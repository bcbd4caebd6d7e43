import { readFileSync } from 'node:fs';
import { TenderlintError } from '@tenderlint/core';

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/** Parses JSON, turning a syntax error into a one-line error with line and column. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = /position (\d+)/.exec(message);
    const lc = /line (\d+) column (\d+)/.exec(message);
    const where = pos ? lineColumn(text, Number(pos[1])) : lc ? { line: Number(lc[1]), column: Number(lc[2]) } : null;
    const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)/, '');
    throw new TenderlintError(`broken JSON${where ? ` at line ${where.line}, column ${where.column}` : ''}: ${reason}`, { file, code: 'config' });
  }
}

export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new TenderlintError(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { file, code: 'config' });
  }
  return parseJson(text, file);
}
