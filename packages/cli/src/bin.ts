#!/usr/bin/env node
import { readFileSync, statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// The rules and fact extractors compile some hundreds of regular expressions and run most of them
// over every block. By default V8 compiles each one twice (to bytecode, then to machine code on its
// second use); compiling once, straight to machine code, took a fifth off the CPU time of linting a
// 225-page specification. It changes no result. Set before any pattern is compiled.
setFlagsFromString('--no-regexp-tier-up');

type Main = (argv: string[]) => Promise<number>;

/**
 * `pnpm build` also writes the whole CLI as one file (scripts/bundle.mjs): loading one module instead
 * of some hundreds halves the start-up. The bundle is used only while every file it was made from is
 * unchanged since, so a later `tsc -b` alone can never run stale code: then the modules are loaded.
 */
function freshBundle(): string | null {
  if (process.env.TENDERLINT_NO_BUNDLE) return null;
  try {
    const manifest = JSON.parse(readFileSync(new URL('./bundle-manifest.json', import.meta.url), 'utf8')) as { builtAt: number; bundle: string; inputs: string[] };
    const bundle = new URL(manifest.bundle, import.meta.url);
    statSync(bundle);
    for (const input of manifest.inputs) if (statSync(new URL(input, import.meta.url)).mtimeMs > manifest.builtAt) return null;
    return bundle.href;
  } catch {
    return null;
  }
}

// A reader that stops early (`tenderlint ... | head`) closes the pipe: that ends the run, quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? (Number(process.exitCode) || 0) : 2));
}

const bundle = freshBundle();
const { main } = (await import(bundle ?? './main.js')) as { main: Main };

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Last line of defence: never a stack trace for the user.
    process.stderr.write(`tenderlint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
