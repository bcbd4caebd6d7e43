#!/usr/bin/env node
// Writes the CLI as one ES module, dist/tenderlint.bundle.js, from the compiled dist/main.js (run after
// `tsc -b`), and dist/bundle-manifest.json listing every file it was made from. dist/bin.js loads the
// bundle only while none of those files is newer than the bundle; otherwise it loads the modules.
// Why: resolving and compiling some hundreds of modules was most of the start-up of a plain lint.
import { writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const cli = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(cli, 'dist');
const outfile = join(dist, 'tenderlint.bundle.js');

const result = await build({
  entryPoints: [join(dist, 'main.js')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  metafile: true,
  logLevel: 'warning',
  // The worker pool starts workers from its own files; it is loaded only for many files.
  external: ['piscina'],
  // CommonJS dependencies (ajv, picomatch) call require() for Node built-ins.
  banner: { js: "import { createRequire as __tenderlintRequire } from 'node:module'; const require = __tenderlintRequire(import.meta.url);" },
  absWorkingDir: cli,
});
const builtAt = Date.now();
const inputs = Object.keys(result.metafile.inputs).map((p) => relative(dist, resolve(cli, p)).split('\\').join('/'));
writeFileSync(join(dist, 'bundle-manifest.json'), JSON.stringify({ builtAt, bundle: './tenderlint.bundle.js', inputs: inputs.map((p) => (p.startsWith('.') ? p : `./${p}`)) }) + '\n');
process.stderr.write(`bundle: ${relative(process.cwd(), outfile)} from ${inputs.length} files\n`);
