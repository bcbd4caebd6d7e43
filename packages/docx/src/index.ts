export { readDocx, type ReadDocxOptions } from './read.js';
export { annotateDocx, type AnnotateOptions } from './annotate.js';
export { defaultDocxLimits, type DocxLimits } from './limits.js';
export type { Codec } from './zip.js';
