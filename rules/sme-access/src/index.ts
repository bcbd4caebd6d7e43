import { definePack } from '@tenderlint/core';
import paymentTerm from './payment-term.js';
import espd from './espd.js';
import declarationOnHonour from './declaration-on-honour.js';
import { jsonRules } from './json/index.js';

export default definePack('sme-access', [paymentTerm, espd, declarationOnHonour, ...jsonRules]);
