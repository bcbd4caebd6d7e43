import { createRequire } from 'node:module';

// node:crypto takes 2-5 ms to load and most runs hash nothing (no --cache, no SARIF): load it on first use.
const require = createRequire(import.meta.url);

/** Hex sha256 of the parts, each followed by a NUL so that ("ab", "c") and ("a", "bc") differ. */
export function sha256(...parts: (string | Uint8Array)[]): string {
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  const hash = createHash('sha256');
  parts.forEach((part, i) => {
    hash.update(part);
    if (i < parts.length - 1) hash.update('\0');
  });
  return hash.digest('hex');
}
