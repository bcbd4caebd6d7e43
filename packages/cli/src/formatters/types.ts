import type { Finding, TenderDocument } from '@tenderlint/core';
import type { Rule } from '@tenderlint/core';

/** What one linted file gives a formatter. */
export interface FileResult {
  filePath: string;
  findings: Finding[];
  /** The document (absent when the result came from the cache or the file could not be read). */
  document?: TenderDocument;
  /** The file's source text, for formatters that show it (html). */
  source?: string;
  /** A one-line error when the file could not be read. */
  error?: string;
}

export interface FormatterContext {
  cwd: string;
  /** Rule metadata by id, for help texts and docs links. */
  rules: Map<string, Rule>;
  /** Show suppressed findings. */
  showSuppressed?: boolean;
  color: boolean;
  version: string;
}

export type Formatter = (results: FileResult[], context: FormatterContext) => string;
