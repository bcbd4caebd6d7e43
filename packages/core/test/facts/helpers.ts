import { readMarkdown } from '../../../markdown/src/index.js';
import { extractFacts } from '../../src/facts/extract.js';
import type { Facts } from '../../src/facts/types.js';

/** Facts of a Markdown text. */
export function factsOf(markdown: string): Facts {
  return extractFacts(readMarkdown(markdown));
}
