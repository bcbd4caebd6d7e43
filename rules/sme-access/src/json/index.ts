/** The pack's declarative rules, loaded (and so validated) when the pack is imported. */
import { loadJsonRule } from '@tenderlint/core';
import adminBurdenJson from './admin-burden.json' with { type: 'json' };

export const adminBurden = loadJsonRule(adminBurdenJson, 'rules/sme-access/src/json/admin-burden.json');

export const jsonRules = [adminBurden];
