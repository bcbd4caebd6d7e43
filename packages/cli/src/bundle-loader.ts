import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import vm from 'node:vm';
import type { Io } from './main.js';

export type Main = (argv: string[], io?: Io) => Promise<number>;

/** What scripts/bundle.mjs and scripts/code-cache.mjs write next to the bundle. */
export interface BundleManifest {
  builtAt: number;
  bundle: string;
  inputs: string[];
  /** The V8 code cache, written by scripts/code-cache.mjs, valid for the bundle of this mtime only. */
  codeCache?: { file: string; bundleMtimeMs: number };
}

export interface LoadedBundle {
  main: Main;
  /** Whether V8 accepted the code cache (false also when there was none). */
  usedCodeCache: boolean;
  /** V8's compiled code of everything run so far, for scripts/code-cache.mjs. */
  createCodeCache(): Buffer;
}

/**
 * The rules and fact extractors compile some hundreds of regular expressions and run most of them
 * over every block. By default V8 compiles each one twice (to bytecode, then to machine code on its
 * second use); compiling once, straight to machine code, took a fifth off the CPU time of linting a
 * 225-page specification. It changes no result. Called before any pattern is compiled, and before the
 * code cache is written, whose flags must match those of the runs that read it.
 */
export function setV8Flags(): void {
  setFlagsFromString('--no-regexp-tier-up');
}

const manifestUrl = new URL('./bundle-manifest.json', import.meta.url);

/**
 * `pnpm build` also writes the whole CLI as one CommonJS file (scripts/bundle.mjs): loading one file
 * instead of some hundreds of modules halves the start-up, and a CommonJS script, unlike an ES module
 * on Node 20, can be compiled from V8's code cache, which saves compiling it again on every run.
 * The bundle is used only while every file it was made from is unchanged since, so a later `tsc -b`
 * alone can never run stale code: then null, and bin.ts loads the modules.
 */
export function loadBundle(): LoadedBundle | null {
  if (process.env.TENDERLINT_NO_BUNDLE) return null;
  let manifest: BundleManifest;
  let bundleMtimeMs: number;
  const bundleUrl = (file: string) => new URL(file, manifestUrl);
  try {
    manifest = JSON.parse(readFileSync(manifestUrl, 'utf8')) as BundleManifest;
    bundleMtimeMs = statSync(bundleUrl(manifest.bundle)).mtimeMs;
    for (const input of manifest.inputs) if (statSync(bundleUrl(input)).mtimeMs > manifest.builtAt) return null;
  } catch {
    return null;
  }
  const file = fileURLToPath(bundleUrl(manifest.bundle));
  // The cache is tied to the bundle's mtime: V8 itself checks only the source's length.
  let cachedData: Buffer | undefined;
  if (manifest.codeCache?.bundleMtimeMs === bundleMtimeMs) {
    try {
      cachedData = readFileSync(bundleUrl(manifest.codeCache.file));
    } catch {
      cachedData = undefined;
    }
  }
  const source = readFileSync(file, 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __tenderlintImport) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} as { main?: Main } };
  const importModule = (specifier: string): Promise<unknown> => import(specifier);
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, fileURLToPath(new URL('.', manifestUrl)), importModule);
  if (typeof module.exports.main !== 'function') return null;
  return {
    main: module.exports.main,
    usedCodeCache: cachedData !== undefined && !script.cachedDataRejected,
    createCodeCache: () => script.createCachedData(),
  };
}
