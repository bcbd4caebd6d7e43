export { loadJsonRule, ruleSchema } from './load.js';
export { PROCUREMENT_OPERATIONS } from './logic.js';
export type { JsonRuleFile, PatternSpec, ForbidSpec, RequireSpec, ScopeSpec, ConditionSpec, ExceptionSpec, Within } from './types.js';
export { anyOf, factorAlternatives, factored } from './alternation.js';
