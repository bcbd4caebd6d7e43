import { definePack } from '@tenderlint/core';
import conflictingFacts from './conflicting-facts.js';

export default definePack('consistency', [conflictingFacts]);
