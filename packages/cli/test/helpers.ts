import { fileURLToPath } from 'node:url';
import { main, type Io } from '../src/main.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const SPECS = fileURLToPath(new URL('./fixtures/specs/', import.meta.url));
export const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs the CLI in-process with the fixture pack; returns exit code and output. */
export async function run(argv: string[], cwd = FIXTURES, extra: Partial<Io> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, isTTY: false, stderrIsTTY: false, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), ...extra });
  return { code, stdout, stderr };
}
