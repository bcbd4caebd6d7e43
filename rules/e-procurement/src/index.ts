import { definePack } from '@tenderlint/core';
import eSubmission from './e-submission.js';
import eInvoicing from './e-invoicing.js';

export default definePack('e-procurement', [eSubmission, eInvoicing]);
