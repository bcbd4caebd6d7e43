import { definePack } from '@tenderlint/core';
import socialClause from './social-clause.js';

export default definePack('social', [socialClause]);
