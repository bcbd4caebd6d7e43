import { definePack } from '@tenderlint/core';

export default definePack('functional-specs', []);
