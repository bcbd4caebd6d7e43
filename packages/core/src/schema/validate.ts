import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { TenderlintError } from '../errors.js';
import { AJV_OPTIONS, schemaKey } from './key.js';
import { precompiled } from './precompiled.js';

let ajv: Ajv | undefined;
const compiled = new WeakMap<object, ValidateFunction>();
// Standalone validators lack only the `schema` and `schemaEnv` fields, which nothing here reads.
const ahead = precompiled as unknown as Record<string, ValidateFunction | undefined>;

/** One shared Ajv instance (compiling is the costly part; schemas are cached by identity). */
export function getAjv(): Ajv {
  ajv ??= new Ajv({ ...AJV_OPTIONS });
  return ajv;
}

/** The validator of a schema: compiled ahead of time when the schema is one of ours, else now. */
export function compileSchema(schema: object): ValidateFunction {
  let fn = compiled.get(schema);
  if (!fn) {
    fn = ahead[schemaKey(schema)] ?? getAjv().compile(schema);
    compiled.set(schema, fn);
  }
  return fn;
}

/** Says the most telling schema error in words: the JSON path and what is expected there. */
export function describeSchemaError(errors: ErrorObject[]): string {
  // Prefer the deepest error; oneOf/anyOf wrappers say less than their branches.
  const useful = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
  const pool = useful.length ? useful : errors;
  const best = [...pool].sort((a, b) => b.instancePath.length - a.instancePath.length)[0]!;
  const path = best.instancePath || '/';
  const p = best.params as Record<string, unknown>;
  switch (best.keyword) {
    case 'additionalProperties':
      return `at ${path}: unknown key "${String(p.additionalProperty)}"`;
    case 'required':
      return `at ${path}: missing required key "${String(p.missingProperty)}"`;
    case 'enum':
      return `at ${path}: must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `at ${path}: must be ${String(p.type)}`;
    case 'pattern':
      return `at ${path}: must match ${String(p.pattern)}`;
    case 'propertyNames':
      return `at ${path}: key "${String(p.propertyName)}" is not allowed`;
    default:
      return `at ${path}: ${best.message ?? 'is not valid'}`;
  }
}

/** Validates data against a schema, throwing a one-line TenderlintError naming the file. */
export function assertValid(schema: object, data: unknown, file: string | undefined, what: string): void {
  const validate = compileSchema(schema);
  if (!validate(data)) {
    throw new TenderlintError(`invalid ${what}: ${describeSchemaError(validate.errors ?? [])}`, { file, code: 'config' });
  }
}
