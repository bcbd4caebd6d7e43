import { readFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { decodeText, TenderlintError, type Rule } from '@tenderlint/core';
import { contentHash, type LintCache } from './cache.js';
import { configKey, FileLinter, type LintSettings, type Outcome } from './file-linter.js';
import { lintInPool, poolAvailable, POOL_MIN_FILES } from './pool.js';
import type { Progress } from './progress.js';
import { TEXT_EXTENSIONS } from './read-input.js';

export interface BatchOptions {
  cache?: LintCache;
  progress: Progress;
  /** Keep each file's bytes and document in the outcome (in-process only; for --annotate). */
  keepInput?: boolean;
  /** Force the pool on or off (tests); by default on from POOL_MIN_FILES files when workers can start. */
  pool?: boolean;
}

export interface BatchResult {
  outcomes: Outcome[];
  /** Every rule known to the configs that applied, for the formatters' help texts. */
  rules: Map<string, Rule>;
}

/**
 * Lints many files: answers from the cache where file and config are unchanged, the rest on a worker
 * pool when there are enough of them, else in this thread. Outcomes come back in the order of `files`.
 * A config error anywhere stops the run (as it does for a single file).
 */
export async function lintFiles(files: string[], settings: LintSettings, options: BatchOptions): Promise<BatchResult> {
  const linter = new FileLinter(settings);
  const rules = new Map<string, Rule>();
  const outcomes: Outcome[] = new Array<Outcome>(files.length);
  const keys: (string | undefined)[] = new Array<string | undefined>(files.length);
  const pending: number[] = [];
  const seenDirs = new Set<string>();

  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const needResolve = options.cache || !seenDirs.has(dirname(file));
    if (needResolve) {
      seenDirs.add(dirname(file));
      const resolved = await linter.resolve(file);
      for (const [id, rule] of resolved.known) rules.set(id, rule);
      if (options.cache) {
        let bytes: Uint8Array | undefined;
        try {
          bytes = readFileSync(file);
        } catch {
          // Unreadable: the linter reports why, in the words it uses for every file.
        }
        if (bytes) {
          const key = contentHash(bytes, configKey(resolved));
          keys[i] = key;
          const hit = options.cache.get(file, key);
          if (hit && (!settings.monitor || hit.monitor) && !options.keepInput && !(settings.keepDocument && !TEXT_EXTENSIONS.has(extname(file).toLowerCase()))) {
            const source = settings.keepDocument ? decodeText(bytes).text : undefined;
            outcomes[i] = { filePath: file, findings: hit.findings, ...(hit.monitor ? { monitor: hit.monitor } : {}), ...(hit.warning ? { warning: hit.warning } : {}), ...(source !== undefined ? { source } : {}) };
            options.progress.tick();
            continue;
          }
        }
      }
    }
    pending.push(i);
  }

  const finish = (index: number, outcome: Outcome) => {
    if (outcome.error?.code === 'config') throw new TenderlintError(outcome.error.message, { file: outcome.error.file, code: 'config' });
    outcomes[index] = outcome;
    const key = keys[index];
    if (options.cache && key && !outcome.error) {
      options.cache.set(outcome.filePath, key, { findings: outcome.findings, ...(outcome.monitor ? { monitor: outcome.monitor } : {}), ...(outcome.warning ? { warning: outcome.warning } : {}) });
    }
    options.progress.tick();
  };

  const usePool = options.pool ?? (pending.length >= POOL_MIN_FILES && !options.keepInput && poolAvailable());
  if (usePool) {
    const todo = pending.map((i) => files[i]!);
    await lintInPool(todo, settings, (j, outcome) => finish(pending[j]!, outcome));
  } else {
    for (const i of pending) finish(i, await linter.lint(files[i]!, options.keepInput));
  }
  options.progress.done();
  return { outcomes, rules };
}
