import type { Lang } from '../document.js';
import type { SeveritySetting } from '../finding.js';
import type { RulePack } from '../rule.js';

export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

/** A config as written in tenderlint.config.json, with pack and preset names still to resolve. */
export interface ConfigFile {
  $schema?: string;
  /** Presets to start from: package names, paths, or resolved config objects. */
  extends?: (string | Config)[];
  /** Rule packs to load: package names or paths (resolved by the CLI). */
  packs?: string[];
  rules?: Record<string, RuleSetting>;
  /** Language of the messages; 'auto' (default) follows the document, falling back to Dutch. */
  language?: Lang | 'auto';
  overrides?: { files: string | string[]; excludedFiles?: string | string[]; rules?: Record<string, RuleSetting>; language?: Lang | 'auto' }[];
  ignorePatterns?: string[];
  /** Per-rule time budget in milliseconds; a rule over it is reported as internal/rule-error. */
  ruleTimeBudgetMs?: number;
  /** Input limits (bytes, entries); see docs/configuration.md. */
  limits?: Record<string, number>;
}

/** A config whose packs and presets are objects: what `lint` takes. */
export interface Config {
  extends?: Config[];
  packs?: RulePack[];
  rules?: Record<string, RuleSetting>;
  language?: Lang | 'auto';
  ruleTimeBudgetMs?: number;
}
