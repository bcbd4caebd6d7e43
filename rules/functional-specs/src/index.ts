import { definePack } from '@tenderlint/core';
import brandOrEquivalent from './brand-or-equivalent.js';
import { jsonRules } from './json/index.js';

export default definePack('functional-specs', [brandOrEquivalent, ...jsonRules]);
