/** Loads a declarative (JSON) rule: validates it, checks what a schema cannot, compiles it. */
import { TenderlintError } from '../errors.js';
import type { Rule } from '../rule.js';
import { compileSchema, describeSchemaError } from '../schema/validate.js';
import { compileBody } from './compile.js';
import { findUnknownOperation, PROCUREMENT_OPERATIONS } from './logic.js';
import { PatternError } from './patterns.js';
import ruleSchema from './rule-schema.json' with { type: 'json' };
import type { JsonRuleFile } from './types.js';
import type { ErrorObject } from 'ajv';

export { ruleSchema };

function refuse(file: string | undefined, id: unknown, problem: string): never {
  const which = typeof id === 'string' ? `rule "${id}"` : 'rule';
  throw new TenderlintError(`invalid ${which}: ${problem}`, { file, code: 'config' });
}

/**
 * Schema errors inside a `oneOf` list every branch that failed; the error that names a wrong key or
 * a wrong value says more than "missing key" of a branch the author never meant.
 */
function bestError(errors: ErrorObject[]): string {
  const telling = errors.filter((e) => e.keyword === 'additionalProperties' || e.keyword === 'type' || e.keyword === 'enum' || e.keyword === 'pattern');
  return describeSchemaError(telling.length ? telling : errors);
}

function checkReferences(rule: JsonRuleFile): string | null {
  const has = (id: string) => Object.prototype.hasOwnProperty.call(rule.messages, id);
  const hasSuggestion = (id: string) => !!rule.suggestions && Object.prototype.hasOwnProperty.call(rule.suggestions, id);
  if (rule.id.split('/')[0] !== rule.pack) return `at /pack: the id "${rule.id}" must start with the pack "${rule.pack}/"`;
  for (const [kind, list] of [['forbid', rule.forbid ?? []], ['require', rule.require ?? []]] as const) {
    for (let i = 0; i < list.length; i++) {
      const item = list[i]!;
      if (!has(item.messageId)) return `at /${kind}/${i}/messageId: "${item.messageId}" is not a key of "messages" (${Object.keys(rule.messages).join(', ')})`;
      if (item.suggestion !== undefined && !hasSuggestion(item.suggestion)) return `at /${kind}/${i}/suggestion: "${item.suggestion}" is not a key of "suggestions"`;
    }
  }
  for (const [i, ex] of (rule.docs.examples?.invalid ?? []).entries()) {
    if (ex.messageId !== undefined && !has(ex.messageId)) return `at /docs/examples/invalid/${i}/messageId: "${ex.messageId}" is not a key of "messages"`;
  }
  (rule.forbid ?? []).forEach((f, i) => {
    for (const [j, c] of [...(f.with ?? []), ...(f.unless ?? [])].entries()) {
      if ('within' in c && c.within !== 'around' && c.chars !== undefined) throw new PatternError(`/forbid/${i}`, `condition ${j}: "chars" only goes with within "around"`);
    }
  });
  return null;
}

/**
 * Loads one declarative rule from its parsed JSON. `file` names it in errors. Throws a
 * TenderlintError (code 'config') whose one line says the file, the JSON path and what is expected.
 */
export function loadJsonRule(json: unknown, file?: string): Rule {
  const validate = compileSchema(ruleSchema);
  const id = json && typeof json === 'object' ? (json as { id?: unknown }).id : undefined;
  if (!validate(json)) refuse(file, id, bestError(validate.errors ?? []));
  const rule = json as JsonRuleFile;
  let body;
  try {
    const problem = checkReferences(rule);
    if (problem) refuse(file, id, problem);
    if (rule.when !== undefined) {
      const unknown = findUnknownOperation(rule.when, '/when');
      if (unknown) {
        refuse(file, id, `at ${unknown.path}: unknown operation "${unknown.op}" (json-logic operations and ${Object.keys(PROCUREMENT_OPERATIONS).join(', ')})`);
      }
    }
    body = compileBody(rule);
  } catch (error) {
    if (error instanceof PatternError) refuse(file, id, `at ${error.path}: ${error.message}`);
    throw error;
  }
  return {
    meta: {
      id: rule.id,
      pack: rule.pack,
      principle: rule.principle,
      legal: rule.legal,
      severity: rule.severity,
      messages: rule.messages,
      ...(rule.suggestions ? { suggestions: rule.suggestions } : {}),
      docs: rule.docs,
      kind: 'json',
    },
    check: (context) => body.check(context),
  };
}
