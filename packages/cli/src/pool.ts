import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { LintSettings, Outcome } from './file-linter.js';
import { importModule } from './import-module.js';

/** Below this many files, starting workers (each loads every rule pack) costs more than it saves. */
export const POOL_MIN_FILES = 8;

const workerFile = new URL('./lint-worker.js', import.meta.url);

/** Workers need the compiled worker module; when running from TypeScript sources there is none. */
export function poolAvailable(): boolean {
  return existsSync(fileURLToPath(workerFile));
}

/** Lints files on a piscina worker pool, one worker per core; calls `done` as each file finishes. */
export async function lintInPool(files: string[], settings: LintSettings, done: (index: number, outcome: Outcome) => void): Promise<void> {
  // Loaded here, not at start-up: a run of a few files never needs it.
  const { Piscina } = (await importModule('piscina')) as typeof import('piscina');
  const threads = Math.max(1, Math.min(availableParallelism(), files.length));
  const pool = new Piscina({ filename: workerFile.href, workerData: settings, minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  try {
    await Promise.all(
      files.map(async (file, index) => {
        const outcome = (await pool.run(file)) as Outcome;
        done(index, outcome);
      }),
    );
  } finally {
    await pool.destroy();
  }
}
