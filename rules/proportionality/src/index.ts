import { definePack } from '@tenderlint/core';
import turnoverCap from './turnover-cap.js';
import referenceScope from './reference-scope.js';
import noLocalPreference from './no-local-preference.js';
import certificateEquivalent from './certificate-equivalent.js';

export default definePack('proportionality', [turnoverCap, referenceScope, noLocalPreference, certificateEquivalent]);
