import { definePack } from '@tenderlint/core';
import brandOrEquivalent from './brand-or-equivalent.js';

export default definePack('functional-specs', [brandOrEquivalent]);
