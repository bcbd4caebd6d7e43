import { definePack } from '@tenderlint/core';

export default definePack('sme-access', []);
