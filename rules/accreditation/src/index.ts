import { definePack } from '@tenderlint/core';
import classMatchesValue from './class-matches-value.js';
import subcontractors from './subcontractors.js';

export default definePack('accreditation', [classMatchesValue, subcontractors]);
