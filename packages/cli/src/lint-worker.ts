import { workerData } from 'node:worker_threads';
import { FileLinter, type LintSettings, type Outcome } from './file-linter.js';

// One linter per worker: config files and rule packs are loaded once, on the worker's first file.
const linter = new FileLinter(workerData as LintSettings);

export default function lintInWorker(file: string): Promise<Outcome> {
  return linter.lint(file);
}
