import { resolve } from 'node:path';
import { detectLanguage, extractFacts, toPublicFacts, TenderlintError } from '@tenderlint/core';
import { parseCli, HELP, type CliOptions } from './args.js';
import { loadConfig } from './config-loader.js';
import { expandInputs } from './files.js';
import type { FileResult } from './formatters/index.js';
import { limitsFrom, readInput } from './read-input.js';
import { writeFileAtomic } from './write-file.js';
import { formatTiming } from './timing.js';
import { version } from './version.js';
import { formatFactsText } from './facts-text.js';
import { lintFiles } from './batch.js';
import { DEFAULT_CACHE_NAME, LintCache } from './cache.js';
import { FileLinter, type LintSettings } from './file-linter.js';
import { createProgress } from './progress.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  isTTY: boolean;
  /** Whether standard error is a terminal (the progress bar); defaults to process.stderr's. */
  stderrIsTTY?: boolean;
}

const defaultIo = (): Io => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  isTTY: !!process.stdout.isTTY,
});

/** Runs the CLI; resolves to the exit code. Never throws for user errors. */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCli(argv, io.isTTY);
  } catch (error) {
    return fail(error, io);
  }
  if (options.help) {
    io.stdout(HELP + '\n');
    return 0;
  }
  if (options.version) {
    io.stdout(`${version}\n`);
    return 0;
  }
  try {
    if (options.printRules) return await printRules(options, io);
    if (options.printConfig) return await printConfig(options, io);
    if (!options.files.length) throw new TenderlintError('no files given (see tenderlint --help)', { code: 'usage' });
    if (options.command === 'facts') return await runFacts(options, io);
    // Formatters, the report and the Word annotator load only when used: a plain lint starts faster.
    if (options.command === 'report') return await (await import('./report/command.js')).runReport(options, io);
    return await runLint(options, io);
  } catch (error) {
    return fail(error, io);
  }
}

function fail(error: unknown, io: Io): number {
  if (error instanceof TenderlintError) io.stderr(`tenderlint: ${error.toLine()}\n`);
  else io.stderr(`tenderlint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  return 2;
}

/** A linter used only for its config lookup (--print-config, --print-rules). */
function configLinter(options: CliOptions, io: Io): FileLinter {
  return new FileLinter({ cwd: io.cwd, config: options.config, rules: options.rules, lang: options.lang, timing: false, keepDocument: false, monitor: false });
}

async function runLint(options: CliOptions, io: Io): Promise<number> {
  const format = options.format ?? 'stylish';
  const { formatters } = await import('./formatters/index.js');
  const formatter = formatters[format];
  if (!formatter) throw new TenderlintError(`unknown format "${format}" (known: ${Object.keys(formatters).join(', ')})`, { code: 'usage' });
  const rootConfig = await loadConfig(options.config, io.cwd, io.cwd);
  const files = await expandInputs(options.files, {
    cwd: io.cwd,
    useIgnore: options.ignore,
    ignorePath: options.ignorePath,
    ignorePatterns: rootConfig.file.ignorePatterns,
  });
  const limits = limitsFrom(rootConfig.file.limits);
  if (options.outputFile && files.includes(resolve(io.cwd, options.outputFile))) {
    throw new TenderlintError('the output file is one of the input files: tenderlint never writes over an input', { file: options.outputFile, code: 'usage' });
  }
  const results: FileResult[] = [];
  const timing: Record<string, number> = {};
  let inputErrors = 0;
  // With a cache, keep the monitoring record too, so that `tenderlint report` can use the same cache.
  const settings: LintSettings = { cwd: io.cwd, config: options.config, rules: options.rules, lang: options.lang, timing: options.timing, keepDocument: format === 'html' || !!options.annotate, monitor: !!options.cache, limits };
  const cache = options.cache ? new LintCache(resolve(io.cwd, options.cacheLocation ?? DEFAULT_CACHE_NAME), version) : undefined;
  const progress = createProgress(files.length, io.stderr, io.stderrIsTTY ?? !!process.stderr.isTTY, process.stderr.columns);
  const { outcomes, rules } = await lintFiles(files, settings, { cache, progress, keepInput: !!options.annotate });
  const writeAnnotated = options.annotate ? (await import('./annotate.js')).writeAnnotated : undefined;
  const inputs = new Set(files.map((f) => resolve(io.cwd, f)));
  for (const outcome of outcomes) {
    const file = outcome.filePath;
    if (outcome.error) {
      inputErrors++;
      io.stderr(`tenderlint: ${outcome.error.file ? `${outcome.error.file}: ` : ''}${outcome.error.message}\n`);
      results.push({ filePath: file, findings: [], error: outcome.error.message });
      continue;
    }
    if (outcome.warning) io.stderr(`tenderlint: ${file}: warning: ${outcome.warning}\n`);
    if (outcome.timing) for (const [id, t] of Object.entries(outcome.timing)) timing[id] = (timing[id] ?? 0) + t;
    let findings = outcome.findings;
    if (options.quiet) findings = findings.filter((f) => f.severity === 'error');
    if (options.annotate && writeAnnotated) {
      if (outcome.input?.document.format !== 'docx') io.stderr(`tenderlint: ${file}: warning: --annotate writes Word files only; this input is not a .docx and is not annotated\n`);
      else {
        try {
          writeAnnotated(file, outcome.input.bytes, outcome.input.document, findings, { dir: options.annotate, suggest: options.suggest, lang: options.lang ?? outcome.language ?? detectLanguage(outcome.input.document.blocks.map((b) => b.text).join('\n')), cwd: io.cwd, inputs });
        } catch (error) {
          if (!(error instanceof TenderlintError)) throw error;
          inputErrors++;
          io.stderr(`tenderlint: ${error.toLine()}\n`);
        }
      }
    }
    results.push({ filePath: file, findings, ...(outcome.document ? { document: outcome.document } : {}), ...(outcome.source !== undefined ? { source: outcome.source } : {}) });
  }
  const cacheError = cache?.save();
  if (cacheError) io.stderr(`tenderlint: warning: ${cacheError}\n`);
  const text = formatter(results, { cwd: io.cwd, rules, showSuppressed: options.showSuppressed, color: options.color && !options.outputFile, version });
  if (options.outputFile) writeFileAtomic(resolve(io.cwd, options.outputFile), text);
  else io.stdout(text);
  if (options.timing) io.stderr(formatTiming(timing));

  const active = results.flatMap((r) => r.findings.filter((f) => !f.suppressions?.length));
  const errors = active.filter((f) => f.severity === 'error').length;
  const warnings = active.filter((f) => f.severity === 'warning').length;
  if (inputErrors) return 2;
  if (errors) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`tenderlint: ${warnings} warnings, more than the maximum of ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

async function runFacts(options: CliOptions, io: Io): Promise<number> {
  const format = options.format ?? 'json';
  if (format !== 'json' && format !== 'text') throw new TenderlintError(`facts --format takes json or text, not "${format}"`, { code: 'usage' });
  const rootConfig = await loadConfig(options.config, io.cwd, io.cwd);
  const limits = limitsFrom(rootConfig.file.limits);
  const files = await expandInputs(options.files, { cwd: io.cwd, useIgnore: options.ignore, ignorePath: options.ignorePath });
  const out: { filePath: string; facts?: unknown; error?: string }[] = [];
  const texts: string[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const input = await readInput(file, limits);
      if (input.warning) io.stderr(`tenderlint: ${file}: warning: ${input.warning}\n`);
      const facts = extractFacts(input.document);
      out.push({ filePath: file, facts: toPublicFacts(facts) });
      if (format === 'text') texts.push(formatFactsText(file, input.document, facts, io.cwd));
    } catch (error) {
      if (!(error instanceof TenderlintError)) throw error;
      failed++;
      io.stderr(`tenderlint: ${error.toLine()}\n`);
      out.push({ filePath: file, error: error.message });
    }
  }
  io.stdout(format === 'json' ? JSON.stringify(out, null, 2) + '\n' : texts.join('\n'));
  return failed ? 2 : 0;
}

async function printConfig(options: CliOptions, io: Io): Promise<number> {
  const file = resolve(io.cwd, options.printConfig!);
  const { loaded, resolved } = await configLinter(options, io).config(file);
  const rules = Object.fromEntries(resolved.enabled.map((r) => [r.rule.meta.id, Object.keys(r.options).length ? [r.severity, r.options] : r.severity]));
  io.stdout(JSON.stringify({ configFile: loaded.path, language: resolved.language, ruleTimeBudgetMs: resolved.ruleTimeBudgetMs, rules }, null, 2) + '\n');
  return 0;
}

async function printRules(options: CliOptions, io: Io): Promise<number> {
  const { resolved } = await configLinter(options, io).config(resolve(io.cwd, 'x.md'));
  const on = new Map(resolved.enabled.map((r) => [r.rule.meta.id, r.severity]));
  const rows = [...resolved.known.values()].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
  const lines = [`${'rule'.padEnd(44)} ${'pack'.padEnd(18)} ${'severity'.padEnd(9)} ${'kind'.padEnd(5)} plan`];
  for (const r of rows) {
    lines.push(`${r.meta.id.padEnd(44)} ${r.meta.pack.padEnd(18)} ${(on.get(r.meta.id) ?? 'off').padEnd(9)} ${(r.meta.kind ?? 'code').padEnd(5)} ${r.meta.principle.join(', ')}`);
  }
  io.stdout(lines.join('\n') + '\n');
  return 0;
}
