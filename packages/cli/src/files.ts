import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { TenderlintError } from '@tenderlint/core';
import ignore from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { SUPPORTED_EXTENSIONS } from './read-input.js';

export interface ExpandOptions {
  cwd: string;
  useIgnore: boolean;
  ignorePath?: string;
  ignorePatterns?: string[];
}

const alwaysIgnored = ['**/node_modules/**', '**/.git/**'];
// A folder of specifications often holds a repository's own notes: not specifications, so not
// linted when a folder or glob is walked (name one on the command line to lint it anyway).
const notSpecifications = ['**/README.md', '**/CHANGELOG.md', '**/CONTRIBUTING.md', '**/LICENSE.md', '**/CODE_OF_CONDUCT.md'];

/**
 * Turns the command line's files, directories and globs into a sorted list of files. A file named
 * explicitly is always linted (ESLint does the same); directories and globs skip ignored files and
 * take only the extensions tenderlint reads. A name that matches nothing is an error.
 */
export async function expandInputs(inputs: string[], options: ExpandOptions): Promise<string[]> {
  const ig = ignore();
  if (options.useIgnore) {
    const path = options.ignorePath ? resolve(options.cwd, options.ignorePath) : join(options.cwd, '.tenderlintignore');
    if (options.ignorePath && !existsSync(path)) throw new TenderlintError('ignore file not found', { file: options.ignorePath, code: 'usage' });
    if (existsSync(path)) ig.add(readFileSync(path, 'utf8'));
    ig.add(options.ignorePatterns ?? []);
  }
  const exts = [...SUPPORTED_EXTENSIONS].map((e) => e.slice(1)).join(',');
  const out = new Set<string>();
  for (const input of inputs) {
    const abs = resolve(options.cwd, input);
    if (existsSync(abs) && statSync(abs).isFile()) {
      out.add(abs);
      continue;
    }
    let found: string[];
    if (existsSync(abs) && statSync(abs).isDirectory()) {
      found = await glob([`**/*.{${exts}}`], { cwd: abs, absolute: true, ignore: [...alwaysIgnored, ...notSpecifications], dot: false });
    } else if (isDynamicPattern(input)) {
      found = (await glob([input], { cwd: options.cwd, absolute: true, ignore: [...alwaysIgnored, ...notSpecifications] })).filter((f) =>
        SUPPORTED_EXTENSIONS.has(f.slice(f.lastIndexOf('.')).toLowerCase()),
      );
      if (!found.length) throw new TenderlintError('no files match this pattern', { file: input, code: 'usage' });
    } else {
      throw new TenderlintError('file not found', { file: input, code: 'usage' });
    }
    for (const f of found) {
      const rel = relative(options.cwd, f).split('\\').join('/');
      // Annotated copies are output, not input.
      if (f.endsWith('.tenderlint.docx')) continue;
      if (options.useIgnore && !rel.startsWith('..') && ig.ignores(rel)) continue;
      out.add(f);
    }
  }
  return [...out].sort();
}
