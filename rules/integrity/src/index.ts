import { definePack } from '@tenderlint/core';
import { jsonRules } from './json/index.js';

export default definePack('integrity', [...jsonRules]);
