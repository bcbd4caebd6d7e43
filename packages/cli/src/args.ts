import { parseArgs } from 'node:util';
import { TenderlintError, type Lang, type RuleSetting } from '@tenderlint/core';

export interface CliOptions {
  command: 'lint' | 'facts' | 'report';
  files: string[];
  format?: string;
  config?: string;
  maxWarnings?: number;
  quiet: boolean;
  lang?: Lang;
  printConfig?: string;
  printRules: boolean;
  rules: Record<string, RuleSetting>;
  outputFile?: string;
  annotate?: string;
  suggest: boolean;
  timing: boolean;
  cache: boolean;
  cacheLocation?: string;
  ignore: boolean;
  ignorePath?: string;
  showSuppressed: boolean;
  color: boolean;
  help: boolean;
  version: boolean;
}

export const HELP = `tenderlint [options] [files, directories or globs]
tenderlint facts [--format json|text] FILE...
tenderlint report DIR [--format json|csv|html]

Checks tender specifications (.docx, .md, .txt) against the Flemish public procurement plan
2016-2020 and the EU and Belgian law behind it.

Options:
  -f, --format NAME       stylish (default), json, sarif, github, junit, html, markdown
  -c, --config FILE       use this config file instead of the nearest tenderlint.config.json
  -o, --output-file FILE  write the report to a file instead of standard output
      --lang nl|fr|en     language of the messages (default: the document's, else nl)
      --rule ID:SEVERITY  set a rule's severity (off, info, warning, error); repeatable
      --max-warnings N    exit 1 when there are more than N warnings
      --quiet             report errors only
      --annotate DIR      write NAME.tenderlint.docx with the findings as Word comments into DIR
      --suggest           with --annotate: suggested wordings as tracked changes
      --cache             skip files that did not change since the last run
      --cache-location F  where the cache file is kept (default .tenderlintcache)
      --no-ignore         do not use .tenderlintignore or ignorePatterns
      --ignore-path FILE  read ignore patterns from this file
      --print-config FILE print the configuration that applies to FILE
      --print-rules       list the rules with their pack, severity and plan section
      --timing            print the time each rule took
      --show-suppressed   also show findings suppressed by a directive
      --color, --no-color force colours on or off
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, config or input errors.`;

const severities = new Set(['off', 'info', 'warning', 'error']);

export function parseCli(argv: string[], isTTY: boolean): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        'output-file': { type: 'string', short: 'o' },
        lang: { type: 'string' },
        rule: { type: 'string', multiple: true },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        annotate: { type: 'string' },
        suggest: { type: 'boolean' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        'no-ignore': { type: 'boolean' },
        'ignore-path': { type: 'string' },
        'print-config': { type: 'string' },
        'print-rules': { type: 'boolean' },
        timing: { type: 'boolean' },
        'show-suppressed': { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new TenderlintError(`${(error as Error).message.split('\n')[0]} (see tenderlint --help)`, { code: 'usage' });
  }
  const v = parsed.values;
  let positionals = parsed.positionals;
  let command: CliOptions['command'] = 'lint';
  if (positionals[0] === 'facts' || positionals[0] === 'report') {
    command = positionals[0];
    positionals = positionals.slice(1);
  }
  const lang = v.lang;
  if (lang !== undefined && !['nl', 'fr', 'en'].includes(lang)) throw new TenderlintError(`--lang must be nl, fr or en, not "${lang}"`, { code: 'usage' });
  const rules: Record<string, RuleSetting> = {};
  for (const r of v.rule ?? []) {
    const m = /^([^:]+):(\w+)$/.exec(r);
    if (!m || !severities.has(m[2]!)) throw new TenderlintError(`--rule takes ID:SEVERITY with SEVERITY off, info, warning or error, not "${r}"`, { code: 'usage' });
    rules[m[1]!] = m[2] as RuleSetting;
  }
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new TenderlintError(`--max-warnings takes a whole number, not "${v['max-warnings']}"`, { code: 'usage' });
  }
  if (v.suggest && !v.annotate) throw new TenderlintError('--suggest goes with --annotate DIR', { code: 'usage' });
  return {
    command,
    files: positionals,
    format: v.format,
    config: v.config,
    maxWarnings,
    quiet: !!v.quiet,
    lang: lang as Lang | undefined,
    printConfig: v['print-config'],
    printRules: !!v['print-rules'],
    rules,
    outputFile: v['output-file'],
    annotate: v.annotate,
    suggest: !!v.suggest,
    timing: !!v.timing,
    cache: !!v.cache,
    cacheLocation: v['cache-location'],
    ignore: !v['no-ignore'],
    ignorePath: v['ignore-path'],
    showSuppressed: !!v['show-suppressed'],
    color: v['no-color'] ? false : v.color ? true : isTTY && !process.env.NO_COLOR,
    help: !!v.help,
    version: !!v.version,
  };
}
