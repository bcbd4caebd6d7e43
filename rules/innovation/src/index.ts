import { definePack } from '@tenderlint/core';
import variantsMinimum from './variants-minimum.js';

export default definePack('innovation', [variantsMinimum]);
