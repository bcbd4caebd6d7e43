#!/usr/bin/env node
import { loadBundle, setV8Flags, type Main } from './bundle-loader.js';

setV8Flags();

// A reader that stops early (`tenderlint ... | head`) closes the pipe: that ends the run, quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? (Number(process.exitCode) || 0) : 2));
}

const main: Main = loadBundle()?.main ?? ((await import('./main.js')) as { main: Main }).main;

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
