import { definePack } from '@tenderlint/core';
import timeLimit from './time-limit.js';

export default definePack('procedure', [timeLimit]);
