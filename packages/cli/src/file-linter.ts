import { dirname } from 'node:path';
import { lint, resolveConfig, TenderlintError, type Finding, type Lang, type ResolvedConfig, type RuleSetting, type TenderDocument } from '@tenderlint/core';
import { configForFile, loadConfig, type LoadedConfig } from './config-loader.js';
import { defaultLimits, readInput, type InputLimits, type ReadInput } from './read-input.js';
import { monitorRecord, type MonitorRecord } from './report/record.js';

/** What decides how a file is linted; plain data, so it can be sent to a worker. */
export interface LintSettings {
  /** The directory a relative --config is read from. */
  cwd: string;
  config?: string;
  rules: Record<string, RuleSetting>;
  lang?: Lang;
  timing: boolean;
  /** Keep the parsed document in the outcome (the html formatter shows it). */
  keepDocument: boolean;
  /** Compute the monitoring record (tenderlint report). */
  monitor: boolean;
  limits?: InputLimits;
}

/** The result of linting one file; structured-cloneable. */
export interface Outcome {
  filePath: string;
  /** All findings, suppressed ones included, before --quiet. */
  findings: Finding[];
  /** The language the messages are in. */
  language?: Lang;
  source?: string;
  document?: TenderDocument;
  timing?: Record<string, number>;
  monitor?: MonitorRecord;
  /** Something the user should know that did not stop the lint (from the reader). */
  warning?: string;
  /** Set when the file could not be linted; `code` 'config' stops the whole run. */
  error?: { message: string; file?: string; code: string };
  /** Kept in-process only (never sent from a worker): the annotate step needs the original bytes. */
  input?: ReadInput;
}

/** A stable text for the settings that change the findings of a file. */
export function configKey(resolved: ResolvedConfig): string {
  const rules = resolved.enabled.map((r) => `${r.rule.meta.id}=${r.severity}${Object.keys(r.options).length ? JSON.stringify(r.options) : ''}`);
  return JSON.stringify([resolved.language, resolved.ruleTimeBudgetMs, rules]);
}

/** Lints files one at a time; config files are loaded once per directory and kept. */
export class FileLinter {
  private byDir = new Map<string, Promise<LoadedConfig>>();
  constructor(readonly settings: LintSettings) {}

  /** The config file that applies to a file, and the config resolved for it (overrides and command line included). */
  async config(file: string): Promise<{ loaded: LoadedConfig; resolved: ResolvedConfig }> {
    const dir = dirname(file);
    let p = this.byDir.get(dir);
    if (!p) {
      p = loadConfig(this.settings.config, dir, this.settings.cwd);
      this.byDir.set(dir, p);
    }
    const loaded = await p;
    const config = configForFile(loaded, file, { rules: this.settings.rules, language: this.settings.lang });
    return { loaded, resolved: resolveConfig(config, loaded.path ?? undefined) };
  }

  async resolve(file: string): Promise<ResolvedConfig> {
    return (await this.config(file)).resolved;
  }

  async lint(file: string, keepInput = false): Promise<Outcome> {
    try {
      const resolved = await this.resolve(file);
      const input = await readInput(file, this.settings.limits ?? defaultLimits);
      const result = lint(input.document, resolved, { timing: this.settings.timing });
      return {
        filePath: file,
        findings: result.findings,
        language: result.language,
        ...(input.source !== undefined ? { source: input.source } : {}),
        ...(this.settings.keepDocument ? { document: input.document } : {}),
        ...(result.timing ? { timing: result.timing } : {}),
        ...(input.warning ? { warning: input.warning } : {}),
        ...(this.settings.monitor ? { monitor: monitorRecord(result.facts, result.findings, resolved.enabled.map((r): [string, Record<string, unknown>] => [r.rule.meta.id, r.options])) } : {}),
        ...(keepInput ? { input } : {}),
      };
    } catch (error) {
      if (!(error instanceof TenderlintError)) throw error;
      return { filePath: file, findings: [], error: { message: error.message, ...(error.file ? { file: error.file } : {}), code: error.code } };
    }
  }
}
