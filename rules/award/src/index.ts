import { definePack } from '@tenderlint/core';
import lifeCycleCost from './life-cycle-cost.js';
import priceOnly from './price-only.js';
import weighting from './weighting.js';

export default definePack('award', [weighting, priceOnly, lifeCycleCost]);
