export { main, type Io } from './main.js';
export { formatters, type Formatter, type FileResult, type FormatterContext } from './formatters/index.js';
export { readInput } from './read-input.js';
