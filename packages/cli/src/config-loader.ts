import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assertValid, configSchema, TenderlintError, type Config, type ConfigFile, type RulePack, type RuleSetting, type Lang } from '@tenderlint/core';
import recommended from '@tenderlint/recommended';
import picomatch from 'picomatch';
import { readJsonFile } from './json-file.js';
import { importModule } from './import-module.js';

export const CONFIG_NAMES = ['tenderlint.config.json', '.tenderlintrc.json'];

/** A loaded config file: its own settings, and what it extends and loads already imported. */
export interface LoadedConfig {
  path: string | null;
  file: ConfigFile;
  base: Config;
}

const builtins: Record<string, Config> = { '@tenderlint/recommended': recommended, 'tenderlint:recommended': recommended };

/** The nearest config file at or above a directory. */
export function findConfigFile(dir: string): string | null {
  let current = resolve(dir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(current, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

async function importPack(specifier: string, fromFile: string): Promise<unknown> {
  const base = dirname(fromFile);
  let target: string;
  if (specifier.startsWith('.') || isAbsolute(specifier)) {
    target = resolve(base, specifier);
    if (existsSync(target) && statSync(target).isDirectory()) target = createRequire(join(target, 'package.json')).resolve(target);
    target = pathToFileURL(target).href;
  } else {
    try {
      target = pathToFileURL(createRequire(join(base, 'noop.js')).resolve(specifier)).href;
    } catch {
      target = specifier;
    }
  }
  try {
    const mod = (await importModule(target)) as { default?: unknown };
    return mod.default ?? mod;
  } catch (error) {
    // A rule file refused by its pack names itself: keep that file in the one line.
    const reason = error instanceof TenderlintError ? error.toLine() : error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new TenderlintError(`cannot load "${specifier}": ${reason}`, { file: fromFile, code: 'config' });
  }
}

function isPack(value: unknown): value is RulePack {
  return !!value && typeof value === 'object' && Array.isArray((value as RulePack).rules) && typeof (value as RulePack).name === 'string';
}

async function loadExtends(spec: string, fromFile: string, seen: Set<string>): Promise<Config> {
  if (builtins[spec]) return builtins[spec]!;
  if (spec.endsWith('.json')) {
    const path = resolve(dirname(fromFile), spec);
    if (seen.has(path)) throw new TenderlintError(`"extends" goes round in a circle through ${relative(process.cwd(), path)}`, { file: fromFile, code: 'config' });
    return (await loadConfigFile(path, seen)).base;
  }
  const mod = await importPack(spec, fromFile);
  if (!mod || typeof mod !== 'object') throw new TenderlintError(`"${spec}" is not a tenderlint preset`, { file: fromFile, code: 'config' });
  return mod as Config;
}

/** Reads, validates and resolves one config file (its extends and packs imported). */
export async function loadConfigFile(path: string, seen = new Set<string>()): Promise<LoadedConfig> {
  seen.add(path);
  const data = readJsonFile(path);
  assertValid(configSchema, data, path, 'config');
  const file = data as ConfigFile;
  const parents: Config[] = [];
  for (const spec of file.extends ?? []) parents.push(await loadExtends(spec as string, path, seen));
  const packs: RulePack[] = [];
  for (const spec of file.packs ?? []) {
    const mod = await importPack(spec, path);
    const pack = isPack(mod) ? mod : isPack((mod as { pack?: unknown })?.pack) ? (mod as { pack: RulePack }).pack : null;
    if (!pack) throw new TenderlintError(`"${spec}" is not a rule pack (it must export { name, rules })`, { file: path, code: 'config' });
    packs.push(pack);
  }
  const base: Config = {
    extends: parents,
    packs,
    ...(file.rules ? { rules: file.rules } : {}),
    ...(file.language ? { language: file.language } : {}),
    ...(file.ruleTimeBudgetMs ? { ruleTimeBudgetMs: file.ruleTimeBudgetMs } : {}),
  };
  return { path, file, base };
}

export async function loadConfig(explicit: string | undefined, forDir: string, cwd: string = process.cwd()): Promise<LoadedConfig> {
  const path = explicit ? resolve(cwd, explicit) : findConfigFile(forDir);
  if (explicit && !existsSync(path!)) throw new TenderlintError('config file not found', { file: explicit, code: 'config' });
  if (!path) return { path: null, file: {}, base: { extends: [recommended] } };
  return loadConfigFile(path);
}

/** The config that applies to one file: the base, then matching overrides, then command-line settings. */
export function configForFile(
  loaded: LoadedConfig,
  filePath: string,
  cli: { rules?: Record<string, RuleSetting>; language?: Lang },
): Config {
  const layers: Config[] = [loaded.base];
  const dir = loaded.path ? dirname(loaded.path) : process.cwd();
  const rel = relative(dir, resolve(filePath)).split('\\').join('/');
  for (const o of loaded.file.overrides ?? []) {
    const files = Array.isArray(o.files) ? o.files : [o.files];
    const excluded = o.excludedFiles ? (Array.isArray(o.excludedFiles) ? o.excludedFiles : [o.excludedFiles]) : [];
    const match = picomatch(files, { dot: true, matchBase: !files.some((f) => f.includes('/')) });
    const exclude = excluded.length ? picomatch(excluded, { dot: true }) : () => false;
    if (match(rel) && !exclude(rel)) layers.push({ ...(o.rules ? { rules: o.rules } : {}), ...(o.language ? { language: o.language } : {}) });
  }
  if (cli.rules || cli.language) layers.push({ ...(cli.rules ? { rules: cli.rules } : {}), ...(cli.language ? { language: cli.language } : {}) });
  return { extends: layers };
}
