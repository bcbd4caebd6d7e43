import { definePack } from '@tenderlint/core';
import { jsonRules } from './json/index.js';
import exclusionGrounds from './exclusion-grounds.js';

export default definePack('integrity', [...jsonRules, exclusionGrounds]);
