/** The pack's declarative rules, loaded (and so validated) when the pack is imported. */
import { loadJsonRule } from '@tenderlint/core';
import conflictOfInterestJson from './conflict-of-interest.json' with { type: 'json' };

export const conflictOfInterest = loadJsonRule(conflictOfInterestJson, 'rules/integrity/src/json/conflict-of-interest.json');

export const jsonRules = [conflictOfInterest];
