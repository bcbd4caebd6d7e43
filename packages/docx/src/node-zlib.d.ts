// The little of node:zlib that inflate-node.ts uses. The package keeps Node's types out (`types: []`)
// so that nothing else in it, which must also run in the browser, can use a Node API unnoticed.
declare module 'node:zlib' {
  export function deflateRawSync(data: Uint8Array, options?: { level?: number }): Uint8Array;
  export function inflateRawSync(data: Uint8Array, options?: { maxOutputLength?: number; chunkSize?: number }): Uint8Array;
  /** Since Node 20.15. */
  export const crc32: ((data: Uint8Array) => number) | undefined;
}
