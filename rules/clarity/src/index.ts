import { definePack } from '@tenderlint/core';
import vagueRequirement from './vague-requirement.js';

export default definePack('clarity', [vagueRequirement]);
