import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Finding } from '@tenderlint/core';
import type { MonitorRecord } from './report/record.js';
import { sha256 } from './sha256.js';

export const DEFAULT_CACHE_NAME = '.tenderlintcache';
const FORMAT = 'tenderlint-cache/1';

/** What the cache keeps of one file: enough to report it again without reading it. */
export interface CachedResult {
  findings: Finding[];
  monitor?: MonitorRecord;
  /** The reader's warning (invalid UTF-8, say), shown again on every run. */
  warning?: string;
}

interface Entry {
  /** sha256 of the file's bytes and of the config that applied (ESLint's "content" strategy). */
  key: string;
  result: CachedResult;
}

interface CacheFile {
  format: typeof FORMAT;
  version: string;
  entries: Record<string, Entry>;
}

export function contentHash(bytes: Uint8Array, configKey: string): string {
  return sha256(bytes, configKey);
}

function isEntry(value: unknown): value is Entry {
  const e = value as Entry;
  return !!e && typeof e === 'object' && typeof e.key === 'string' && !!e.result && Array.isArray(e.result.findings);
}

/**
 * Results of earlier runs by file. Keyed by content and config, and thrown away as a whole when the
 * tenderlint version differs. A missing, broken or foreign cache file is treated as empty: the cache
 * only ever saves time, it never makes a run fail.
 */
export class LintCache {
  private entries: Record<string, Entry> = {};
  private used = new Set<string>();
  private changed = false;
  readonly path: string;

  constructor(location: string, private readonly version: string) {
    this.path = existsSync(location) && statSync(location).isDirectory() ? join(location, DEFAULT_CACHE_NAME) : location;
    this.entries = this.load();
  }

  private load(): Record<string, Entry> {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(this.path, 'utf8'));
    } catch {
      // Missing or broken: start afresh, and write a sound file at the end of the run.
      this.changed = true;
      return {};
    }
    const file = data as CacheFile;
    if (!file || typeof file !== 'object' || file.format !== FORMAT || file.version !== this.version || !file.entries || typeof file.entries !== 'object') {
      this.changed = true;
      return {};
    }
    const entries: Record<string, Entry> = Object.create(null) as Record<string, Entry>;
    for (const [path, entry] of Object.entries(file.entries)) {
      if (isEntry(entry)) entries[path] = entry;
      else this.changed = true;
    }
    return entries;
  }

  get(file: string, key: string): CachedResult | undefined {
    const entry = this.entries[resolve(file)];
    if (!entry || entry.key !== key) return undefined;
    this.used.add(resolve(file));
    return entry.result;
  }

  set(file: string, key: string, result: CachedResult): void {
    this.entries[resolve(file)] = { key, result };
    this.used.add(resolve(file));
    this.changed = true;
  }

  /** Writes the cache (atomically: a crash mid-write leaves the old file). Returns an error line instead of throwing. */
  save(): string | undefined {
    if (!this.changed) return undefined;
    const file: CacheFile = { format: FORMAT, version: this.version, entries: this.entries };
    const tmp = `${this.path}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(resolve(this.path)), { recursive: true });
      writeFileSync(tmp, JSON.stringify(file));
      renameSync(tmp, this.path);
      this.changed = false;
      return undefined;
    } catch (error) {
      return `cannot write the cache file ${this.path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
    }
  }
}
