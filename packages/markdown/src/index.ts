export { readMarkdown, type ReadOptions } from './markdown.js';
export { readText } from './text.js';
export { parseDirective, resolveDirectives, type RawDirective } from './directives.js';
