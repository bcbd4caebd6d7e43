#!/usr/bin/env node
// Writes the CLI as one CommonJS file, dist/tenderlint.bundle.cjs, from the compiled dist/main.js (run
// after `tsc -b`), and dist/bundle-manifest.json listing every file it was made from. dist/bin.js loads
// the bundle only while none of those files is newer than the bundle; otherwise it loads the modules.
// Why: resolving and compiling some hundreds of modules was most of the start-up of a plain lint.
// CommonJS, not ESM, so that bin.js can compile it from a V8 code cache (scripts/code-cache.mjs).
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const cli = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(cli, 'dist');
const outfile = join(dist, 'tenderlint.bundle.cjs');
rmSync(join(dist, 'tenderlint.bundle.js'), { force: true });

const result = await build({
  entryPoints: [join(dist, 'main.js')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  metafile: true,
  logLevel: 'warning',
  // The worker pool starts workers from its own files; it is loaded only for many files.
  external: ['piscina'],
  // The modules read files next to themselves through import.meta.url.
  define: { 'import.meta.url': '__tenderlintModuleUrl' },
  banner: { js: "const __tenderlintModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  absWorkingDir: cli,
  plugins: [
    {
      // See src/import-module.ts: the bundle's import() goes through the loader that runs it.
      name: 'import-module',
      setup(b) {
        b.onResolve({ filter: /\/import-module\.js$/ }, (args) => ({ path: resolve(args.resolveDir, args.path), namespace: 'import-module' }));
        b.onLoad({ filter: /.*/, namespace: 'import-module' }, () => ({ contents: 'export const importModule = __tenderlintImport;', loader: 'js' }));
      },
    },
  ],
});
const builtAt = Date.now();
const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.startsWith('import-module:')).map((p) => relative(dist, resolve(cli, p)).split('\\').join('/'));
writeFileSync(join(dist, 'bundle-manifest.json'), JSON.stringify({ builtAt, bundle: './tenderlint.bundle.cjs', inputs: inputs.map((p) => (p.startsWith('.') ? p : `./${p}`)) }) + '\n');
process.stderr.write(`bundle: ${relative(process.cwd(), outfile)} from ${inputs.length} files\n`);
