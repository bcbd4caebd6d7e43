import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const formatters: Record<string, Formatter> = { stylish, json };
export type { Formatter, FileResult, FormatterContext } from './types.js';
