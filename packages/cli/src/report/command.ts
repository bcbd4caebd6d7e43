import { resolve } from 'node:path';
import { TenderlintError } from '@tenderlint/core';
import type { CliOptions } from '../args.js';
import { lintFiles } from '../batch.js';
import { DEFAULT_CACHE_NAME, LintCache } from '../cache.js';
import { loadConfig } from '../config-loader.js';
import { expandInputs } from '../files.js';
import { createProgress } from '../progress.js';
import { limitsFrom } from '../read-input.js';
import { version } from '../version.js';
import { writeFileAtomic } from '../write-file.js';
import { aggregate } from './aggregate.js';
import { formatCsv } from './csv.js';
import { formatReportHtml } from './html.js';

export interface ReportIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  stderrIsTTY?: boolean;
}

/** `tenderlint report DIR`: lints every specification and prints the monitoring figures (plan 3.2). */
export async function runReport(options: CliOptions, io: ReportIo): Promise<number> {
  const format = options.format ?? 'json';
  if (!['json', 'csv', 'html'].includes(format)) throw new TenderlintError(`report --format takes json, csv or html, not "${format}"`, { code: 'usage' });
  const rootConfig = await loadConfig(options.config, io.cwd, io.cwd);
  const files = await expandInputs(options.files, { cwd: io.cwd, useIgnore: options.ignore, ignorePath: options.ignorePath, ignorePatterns: rootConfig.file.ignorePatterns });
  const limits = limitsFrom(rootConfig.file.limits);
  const cache = options.cache ? new LintCache(resolve(io.cwd, options.cacheLocation ?? DEFAULT_CACHE_NAME), version) : undefined;
  const progress = createProgress(files.length, io.stderr, io.stderrIsTTY ?? !!process.stderr.isTTY, process.stderr.columns);
  const { outcomes } = await lintFiles(
    files,
    { cwd: io.cwd, config: options.config, rules: options.rules, lang: options.lang, timing: false, keepDocument: false, monitor: true, limits },
    { cache, progress },
  );
  let failed = 0;
  const inputs = outcomes.map((o) => {
    if (o.error) {
      failed++;
      io.stderr(`tenderlint: ${o.error.file ? `${o.error.file}: ` : ''}${o.error.message}\n`);
      return { filePath: o.filePath, error: o.error.message };
    }
    // A cached entry from a plain lint run has no monitoring record: lint it again next time.
    return { filePath: o.filePath, ...(o.monitor ? { monitor: o.monitor } : { error: 'no monitoring record' }), severities: o.findings.filter((f) => !f.suppressions?.length).map((f) => f.severity) };
  });
  const cacheError = cache?.save();
  if (cacheError) io.stderr(`tenderlint: warning: ${cacheError}\n`);
  const report = aggregate(inputs, version);
  const text = format === 'csv' ? formatCsv(report, io.cwd) : format === 'html' ? formatReportHtml(report, io.cwd) : JSON.stringify(report, null, 2) + '\n';
  if (options.outputFile) writeFileAtomic(resolve(io.cwd, options.outputFile), text);
  else io.stdout(text);
  return failed ? 2 : 0;
}
