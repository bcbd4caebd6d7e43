import { definePack } from '@tenderlint/core';
import coreConventions from './core-conventions.js';
import highRiskClause from './high-risk-clause.js';
import supplyChain from './supply-chain.js';
import verification from './verification.js';

export default definePack('ilo', [highRiskClause, coreConventions, supplyChain, verification]);
