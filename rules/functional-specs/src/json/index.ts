/** The pack's declarative rules, loaded (and so validated) when the pack is imported. */
import { loadJsonRule } from '@tenderlint/core';
import labelEquivalentJson from './label-equivalent.json' with { type: 'json' };
import standardEquivalentJson from './standard-equivalent.json' with { type: 'json' };

export const standardEquivalent = loadJsonRule(standardEquivalentJson, 'rules/functional-specs/src/json/standard-equivalent.json');
export const labelEquivalent = loadJsonRule(labelEquivalentJson, 'rules/functional-specs/src/json/label-equivalent.json');

export const jsonRules = [standardEquivalent, labelEquivalent];
