import { definePack } from '@tenderlint/core';
import justifyNoDivision from './justify-no-division.js';
import allLotsDuty from './all-lots-duty.js';
import turnoverPerLot from './turnover-per-lot.js';

export default definePack('lots', [justifyNoDivision, allLotsDuty, turnoverPerLot]);
