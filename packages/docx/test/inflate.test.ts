import * as zlib from 'node:zlib';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { TenderlintError } from '@tenderlint/core';
import { strToU8, zipSync } from 'fflate';
import { crc32 as portableCrc32 } from '../src/crc32.js';
import { readDocx, type DocxLimits } from '../src/index.js';
import { buildDocx, p } from './helpers/package.js';

// Node reads through inflate-node.ts and browsers through inflate-portable.ts (the "node" condition
// of the package's #inflate import): every limit must hold, to the byte, with both.
type Variant = typeof import('../src/inflate-node.js');
const use = vi.hoisted(() => ({ variant: undefined as unknown as Variant, calls: 0 }));
vi.mock('#inflate', () => ({
  inflateRaw: (data: Uint8Array, cap: number) => {
    use.calls++;
    return use.variant.inflateRaw(data, cap);
  },
  crc32: (data: Uint8Array) => use.variant.crc32(data),
}));

// #inflate resolves to one of these files, so the mock stands for it too: take the real modules.
const nodeInflate = await vi.importActual<Variant>('../src/inflate-node.js');
const portableInflate = await vi.importActual<Variant>('../src/inflate-portable.js');

function reason(bytes: Uint8Array, limits?: Partial<DocxLimits>): string {
  try {
    readDocx(bytes, { fileName: 'x.docx', ...(limits ? { limits } : {}) });
  } catch (error) {
    expect(error).toBeInstanceOf(TenderlintError);
    expect((error as Error).message).not.toContain('\n');
    return (error as Error).message;
  }
  throw new Error('readDocx accepted the file');
}

/** Offset of the central directory entry of `name` in a zip written by fflate. */
function centralEntry(zip: Uint8Array, name: string): number {
  const v = new DataView(zip.buffer, zip.byteOffset);
  for (let i = zip.length - 22; i >= 0; i--) {
    if (v.getUint32(i, true) === 0x02014b50 && new TextDecoder().decode(zip.subarray(i + 46, i + 46 + v.getUint16(i + 28, true))) === name) return i;
  }
  throw new Error(`no ${name}`);
}

describe.each([
  ['node:zlib', nodeInflate],
  ['fflate', portableInflate],
])('inflating with %s', (_, variant) => {
  beforeAll(() => {
    use.variant = variant;
  });

  it('returns the data up to the cap, and nothing once the output passes it', () => {
    const data = strToU8('Artikel 1. '.repeat(5000));
    const raw = zlib.deflateRawSync(data);
    // The size the zip declares is only a hint for the buffers: right, wrong or absurd, the output is the same.
    for (const expected of [undefined, data.length, 10, 2 ** 40]) {
      expect(Buffer.compare(variant.inflateRaw(raw, data.length, expected)!, data)).toBe(0);
      expect(variant.inflateRaw(raw, data.length - 1, expected)).toBeUndefined();
      expect(variant.inflateRaw(raw, 10, expected)).toBeUndefined();
    }
  });

  it('throws on data that is not DEFLATE, or is cut short', () => {
    const raw = zlib.deflateRawSync(strToU8('Artikel 1. '.repeat(5000)));
    expect(() => variant.inflateRaw(raw.subarray(0, raw.length >> 1), 1e9)).toThrow();
    expect(() => variant.inflateRaw(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 1e9)).toThrow();
  });

  it('computes the CRC-32 of the zip format', () => {
    const data = strToU8('Prijsherziening volgens de formule van artikel 38/7.');
    expect(variant.crc32(data)).toBe(zlib.crc32(data) >>> 0);
    expect(variant.crc32(data)).toBe(portableCrc32(data));
    expect(variant.crc32(new Uint8Array(0))).toBe(0);
  });

  it('reads a document, and stops a decompression bomb per entry, in total and by ratio', () => {
    use.calls = 0;
    expect(readDocx(buildDocx({ body: p('Tekst.') })).blocks.map((b) => b.text)).toEqual(['Tekst.']);
    expect(use.calls).toBeGreaterThan(0);
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(12 * 1024 * 1024) }, { level: 6 });
    expect(reason(bomb)).toMatch(/decompression bomb/);
    expect(reason(bomb, { maxEntryBytes: 1024 * 1024 })).toMatch(/more than 1 MiB \(limits\.maxEntryBytes\)/);
    const two = buildDocx({ body: p('x'), styles: ' '.repeat(3 * 1024 * 1024) });
    expect(reason(two, { maxUncompressedBytes: 2 * 1024 * 1024, maxCompressionRatio: 1e9 })).toMatch(/limits\.maxUncompressedBytes/);
  });

  it('holds the entry limit to the byte on the bytes inflated, whatever size the zip declares', () => {
    const size = 256 * 1024;
    const zip = zipSync({ 'word/document.xml': new Uint8Array(size).fill(32) }, { level: 6 });
    new DataView(zip.buffer, zip.byteOffset).setUint32(centralEntry(zip, 'word/document.xml') + 24, 100, true);
    const limits = { maxCompressionRatio: 1e9 };
    expect(reason(zip, { ...limits, maxEntryBytes: size - 1 })).toMatch(/limits\.maxEntryBytes/);
    // At the limit it inflates, and then the declared size gives the lie away.
    expect(reason(zip, { ...limits, maxEntryBytes: size })).toMatch(/damaged \(word\/document\.xml fails its checksum\)/);
  });

  it('holds the ratio limit to the byte, above its floor', () => {
    const size = 256 * 1024;
    const zip = zipSync({ 'word/document.xml': new Uint8Array(size).fill(32) }, { level: 6 });
    const stored = new DataView(zip.buffer, zip.byteOffset).getUint32(centralEntry(zip, 'word/document.xml') + 20, true);
    expect(reason(zip, { ratioFloorBytes: 1024, maxCompressionRatio: (size - 1) / stored })).toMatch(/decompression bomb/);
    expect(reason(zip, { ratioFloorBytes: 1024, maxCompressionRatio: (size + 0.5) / stored })).toMatch(/not a Word document|no root element|not well-formed/);
    expect(reason(zip, { ratioFloorBytes: size, maxCompressionRatio: 1 })).toMatch(/not a Word document|no root element|not well-formed/);
  });

  it('refuses an entry whose checksum does not match', () => {
    const zip = buildDocx({ body: p('Tekst.') });
    const at = centralEntry(zip, 'word/document.xml') + 16;
    zip[at] = zip[at]! ^ 1;
    expect(reason(zip)).toMatch(/damaged \(word\/document\.xml fails its checksum\)/);
  });

  it('refuses an entry that cannot be inflated', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>'.repeat(100)) }, { level: 6 });
    const v = new DataView(zip.buffer, zip.byteOffset);
    const local = v.getUint32(centralEntry(zip, 'word/document.xml') + 42, true);
    const start = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
    zip.fill(0xff, start, start + 4);
    expect(reason(zip)).toMatch(/damaged \(word\/document\.xml cannot be inflated\)/);
  });
});
