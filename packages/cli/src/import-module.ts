/**
 * import() of a custom rule pack or of piscina. In the CLI bundle this module is replaced by one that
 * calls bundle-loader's import(): the bundle runs as a vm script, and on Node 20 a vm script cannot
 * import() by itself (the callback for that is experimental and is lost with a code cache).
 */
export function importModule(specifier: string): Promise<unknown> {
  return import(specifier);
}
