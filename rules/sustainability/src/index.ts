import { definePack } from '@tenderlint/core';
import criteriaPresent from './criteria-present.js';
import energyEfficiency from './energy-efficiency.js';

export default definePack('sustainability', [criteriaPresent, energyEfficiency]);
