import * as zlib from 'node:zlib';
import { crc32 as portableCrc32 } from './crc32.js';

// Node's native inflate, deflate and CRC-32, chosen through the "node" condition of the package's `#inflate`
// import; browsers get inflate-portable.ts. Reading a large .docx was mostly fflate's JavaScript inflate.

// Node refuses a maxOutputLength over its largest buffer (2^32 on 64-bit hosts; 2^31 - 1 is safe everywhere).
const MAX_OUTPUT = 2 ** 31 - 1;
// zlib's smallest chunk; the largest is kept modest, as the declared size may be a lie.
const MIN_CHUNK = 64;
const MAX_CHUNK = 8 * 1024 * 1024;

/**
 * Inflates raw DEFLATE data, or returns undefined once the output passes `cap` bytes: zlib stops
 * there, so a decompression bomb never gets further. Throws on data that is not DEFLATE. (With a
 * cap of 0 one byte may come back; the caller compares the length with the cap.) `expected` is the
 * size the zip declares: output buffers of that size (within reason) save zlib the default 16 KiB
 * pieces and joining them, half the time of inflating a large part.
 */
export function inflateRaw(data: Uint8Array, cap: number, expected = 0): Uint8Array | undefined {
  const chunkSize = Math.min(Math.max(Math.min(expected, cap) + 1, MIN_CHUNK), MAX_CHUNK);
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(cap, MAX_OUTPUT)), chunkSize });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return undefined;
    throw error;
  }
}

/** Raw DEFLATE for a zip entry the annotator writes. */
export function deflateRaw(data: Uint8Array): Uint8Array {
  return zlib.deflateRawSync(data, { level: 6 });
}

// Namespace access: a named import of crc32 would fail to link on Node before 20.15.
const native = zlib.crc32;
export const crc32: (data: Uint8Array) => number = native ? (data) => native(data) >>> 0 : portableCrc32;
