import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import configSchema from '../../src/config/schema.json' with { type: 'json' };
import ruleSchema from '../../src/declarative/rule-schema.json' with { type: 'json' };
import { AJV_OPTIONS, schemaKey } from '../../src/schema/key.js';
import { precompiled } from '../../src/schema/precompiled.js';
import { compileSchema } from '../../src/schema/validate.js';

const root = join(import.meta.dirname, '../../../..');
const jsonRules = readdirSync(join(root, 'rules'))
  .flatMap((pack) => {
    try {
      return readdirSync(join(root, 'rules', pack, 'src/json')).filter((f) => f.endsWith('.json')).map((f) => join(root, 'rules', pack, 'src/json', f));
    } catch {
      return [];
    }
  })
  .map((file) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);

// Valid inputs and ones broken in the ways authors break them: the validator compiled ahead of time
// must say exactly what Ajv compiling the schema now says.
function variants(rule: Record<string, unknown>): unknown[] {
  return [
    rule,
    { ...rule, severity: 'fatal' },
    { ...rule, unknownKey: 1 },
    { ...rule, messages: {} },
    { ...rule, id: 42 },
    Object.fromEntries(Object.entries(rule).filter(([k]) => k !== 'docs')),
    [],
    null,
  ];
}

describe('schemas compiled ahead of time', () => {
  const fresh = new Ajv({ ...AJV_OPTIONS });

  // Fails when a schema changed since the table was made: run node packages/core/scripts/precompile-schemas.mjs.
  it('are the ones compileSchema uses for the rule and config schemas', () => {
    const table = precompiled as Record<string, unknown>;
    expect(table[schemaKey(ruleSchema)]).toBe(compileSchema(ruleSchema));
    expect(table[schemaKey(configSchema)]).toBe(compileSchema(configSchema));
  });

  it('accept and refuse declarative rules exactly as Ajv does, with the same errors', () => {
    expect(jsonRules.length).toBeGreaterThan(0);
    const now = fresh.compile(ruleSchema);
    const ahead = compileSchema(ruleSchema);
    for (const rule of jsonRules) {
      for (const input of variants(rule)) {
        expect(ahead(input)).toBe(now(input));
        expect(ahead.errors ?? null).toEqual(now.errors ?? null);
      }
    }
  });

  it('accept and refuse configs exactly as Ajv does', () => {
    const now = fresh.compile(configSchema);
    const ahead = compileSchema(configSchema);
    for (const input of [{}, { rules: { 'lots/justify-no-division': 'error' } }, { rules: { x: 'loud' } }, { language: 'de' }, { extends: 3 }, { ignorePatterns: ['*.tmp'] }, 'x']) {
      expect(ahead(input)).toBe(now(input));
      expect(ahead.errors ?? null).toEqual(now.errors ?? null);
    }
  });

  it('a schema not in the table is compiled when first used', () => {
    const schema = { type: 'object', properties: { days: { type: 'integer', minimum: 1 } } };
    const validate = compileSchema(schema);
    expect(validate({ days: 0 })).toBe(false);
    expect(validate({ days: 30 })).toBe(true);
  });
});
