import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { REPO, run, SPECS } from './helpers.js';

const schemaPath = join(REPO, '../shared/schemas/sarif-schema-2.1.0.json');
const hasSchema = existsSync(schemaPath);
if (!hasSchema && process.env.CI) throw new Error(`the SARIF schema is missing at ${schemaPath}`);

function validator() {
  // unicodeRegExp off: one language-tag pattern in the official schema is not valid under the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
}

describe.skipIf(!hasSchema)('sarif formatter', () => {
  it('validates against the official SARIF 2.1.0 schema, with rules, properties and suppressions', async () => {
    const { code, stdout } = await run(['--format', 'sarif', '--config', 'tenderlint.config.json', SPECS]);
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    const validate = validator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run0 = log.runs[0];
    const brand = run0.tool.driver.rules.find((r: { id: string }) => r.id === 'fixture/brand');
    expect(brand.helpUri).toBe('https://example.org/docs/rules/fixture/brand.md');
    expect(brand.help.text).toContain('Voeg "of gelijkwaardig" toe.');
    expect(brand.properties).toMatchObject({ pack: 'fixture', principle: ['2.1'], legal: 'Wet art. 53' });
    const results = run0.results as { ruleId: string; level: string; suppressions?: { kind: string; justification?: string }[]; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[];
    const suppressed = results.filter((r) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]!.suppressions![0]).toEqual({ kind: 'inSource', justification: 'het bestaande magazijn gebruikt dit merk' });
    const first = results.find((r) => r.ruleId === 'fixture/brand' && !r.suppressions && r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('werkkledij.md'))!;
    expect(first.level).toBe('error');
    expect(first.locations[0]!.physicalLocation.artifactLocation.uri).toBe('specs/werkkledij.md');
    expect(first.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 10, startColumn: 24 });
    expect(results.some((r) => r.ruleId === 'fixture/lots' && r.level === 'note')).toBe(true);
  });

  it('is rejected by the schema when broken (the check can fail)', async () => {
    const { stdout } = await run(['--format', 'sarif', '--config', 'tenderlint.config.json', SPECS]);
    const log = JSON.parse(stdout);
    log.runs[0].results[0].level = 'fatal';
    expect(validator()(log)).toBe(false);
  });

  it('validates for the examples, linted with the recommended rules', async () => {
    const examples = join(REPO, 'examples');
    const { stdout, stderr } = await run(['--format', 'sarif', examples], REPO);
    expect(stderr).toBe('');
    const log = JSON.parse(stdout);
    const validate = validator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(log.runs[0].artifacts.length).toBeGreaterThanOrEqual(2);
  });

  it('reports an unreadable file as a tool notification and stays valid', async () => {
    const { code, stdout, stderr } = await run(['--format', 'sarif', '--config', 'tenderlint.config.json', join(SPECS, 'clean.md'), 'bad/leeg.md']);
    expect(code).toBe(2);
    expect(stderr).toContain('leeg.md');
    const log = JSON.parse(stdout);
    expect(validator()(log)).toBe(true);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe('bad/leeg.md');
  });
});
