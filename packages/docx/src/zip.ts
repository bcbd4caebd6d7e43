import { TenderlintError } from '@tenderlint/core';
import { crc32, deflateRaw, inflateRaw } from '#inflate';
import type { DocxLimits } from './limits.js';

/** One entry of the central directory; `data` is the stored (compressed) bytes, untouched. */
export interface ZipEntry {
  name: string;
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  externalAttrs: number;
  versionMadeBy: number;
  data: Uint8Array;
}

export interface ZipArchive {
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
}

const damaged = (why: string) => new TenderlintError(`the file is not a readable .docx: the zip archive is damaged (${why}); open it in Word and save it again`, { code: 'input' });

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number) => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

/** Reads the central directory only; nothing is inflated here. */
export function readZip(bytes: Uint8Array, limits: DocxLimits): ZipArchive {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged('no end of central directory; the file may be cut short');
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw damaged('ZIP64 archives are not used by Word');
  if (count > limits.maxEntries) throw new TenderlintError(`the .docx lists ${count} zip entries, more than the limit of ${limits.maxEntries} (limits.maxEntries); this is not a normal Word document`, { code: 'input' });
  if (cdOffset + cdSize > eocd) throw damaged('central directory out of range');
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let p = cdOffset;
  const decoder = new TextDecoder('utf-8');
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw damaged('bad central directory entry');
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const local = u32(bytes, p + 42);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const entry: ZipEntry = {
      name: decoder.decode(nameBytes),
      nameBytes,
      versionMadeBy: u16(bytes, p + 4),
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      time: u16(bytes, p + 12),
      date: u16(bytes, p + 14),
      crc: u32(bytes, p + 16),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      externalAttrs: u32(bytes, p + 38),
      data: new Uint8Array(0),
    };
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw damaged(`bad local header for ${entry.name}`);
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (start + entry.compressedSize > bytes.length) throw damaged(`${entry.name} runs past the end of the file`);
    entry.data = bytes.subarray(start, start + entry.compressedSize);
    entries.push(entry);
    byName.set(entry.name, entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { entries, byName };
}

/**
 * Implementations a host may lend instead of the package's own (`#inflate`: Node's zlib in Node,
 * fflate and crc32.ts in the browser).
 */
export interface Codec {
  /** Raw DEFLATE, as stored in a zip entry. */
  deflateRaw?: (data: Uint8Array) => Uint8Array;
  crc32?: (data: Uint8Array) => number;
}

/** Running total of inflated bytes for one archive, shared by every entry read from it. */
export class InflateBudget {
  total = 0;
  constructor(
    readonly limits: DocxLimits,
    readonly codec: Codec = {},
  ) {}
}

/**
 * Inflates one entry, stopping as soon as it passes the per-entry, total or ratio limit: the
 * inflater is given the smallest of the three as a cap on its output.
 */
export function inflateEntry(entry: ZipEntry, budget: InflateBudget): Uint8Array {
  const { limits } = budget;
  if (entry.flags & 1) throw new TenderlintError('the .docx is encrypted inside its zip archive; save it again from Word without a password', { code: 'input' });
  if (entry.size > limits.maxEntryBytes) throw tooBig(entry, limits);
  if (entry.method === 0) {
    budget.total += entry.data.length;
    if (budget.total > limits.maxUncompressedBytes) throw tooBigTotal(limits);
    return entry.data;
  }
  if (entry.method !== 8) throw damaged(`${entry.name} uses compression method ${entry.method}`);
  const entryCap = limits.maxEntryBytes;
  const totalCap = limits.maxUncompressedBytes - budget.total;
  // The ratio limit holds once the output passes the floor: out / compressed > ratio means out > ⌊ratio × compressed⌋.
  const ratioCap = Math.max(limits.ratioFloorBytes, Math.floor(limits.maxCompressionRatio * Math.max(1, entry.compressedSize)));
  const cap = Math.min(entryCap, totalCap, ratioCap);
  let result: Uint8Array | undefined;
  try {
    result = cap < 0 ? undefined : inflateRaw(entry.data, cap, entry.size);
  } catch {
    throw damaged(`${entry.name} cannot be inflated`);
  }
  if (!result || result.length > cap) {
    if (cap === entryCap) throw tooBig(entry, limits);
    if (cap === totalCap) throw tooBigTotal(limits);
    throw new TenderlintError(`${entry.name} in the .docx inflates more than ${limits.maxCompressionRatio} times its stored size (limits.maxCompressionRatio): a decompression bomb, not a document`, { code: 'input' });
  }
  budget.total += result.length;
  if (result.length !== entry.size || (budget.codec.crc32 ?? crc32)(result) !== entry.crc) throw damaged(`${entry.name} fails its checksum`);
  return result;
}

function tooBig(entry: ZipEntry, limits: DocxLimits): TenderlintError {
  return new TenderlintError(`${entry.name} in the .docx inflates to more than ${mib(limits.maxEntryBytes)} (limits.maxEntryBytes); this is not a normal Word document`, { code: 'input' });
}
function tooBigTotal(limits: DocxLimits): TenderlintError {
  return new TenderlintError(`the .docx inflates to more than ${mib(limits.maxUncompressedBytes)} in total (limits.maxUncompressedBytes); this is not a normal Word document`, { code: 'input' });
}
const mib = (n: number) => `${Math.round(n / 1048576)} MiB`;

function concat(parts: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/**
 * Writes the archive again: unchanged entries keep their stored bytes exactly (same compressed
 * stream, same CRC); replaced and added entries are deflated anew. Entry order is kept, new ones last.
 */
export function writeZip(archive: ZipArchive, replaced: Map<string, Uint8Array>, codec: Codec = {}): Uint8Array {
  const encoder = new TextEncoder();
  type Out = { e: ZipEntry; offset: number };
  const outs: Out[] = [];
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const push = (b: Uint8Array) => {
    chunks.push(b);
    offset += b.length;
  };
  const all: ZipEntry[] = archive.entries.map((e) => {
    const content = replaced.get(e.name);
    return content ? fresh(e, content, codec) : e;
  });
  for (const [name, content] of replaced) {
    if (!archive.byName.has(name)) {
      const nameBytes = encoder.encode(name);
      all.push(fresh({ name, nameBytes, flags: 0, method: 8, time: 0, date: 0x21, crc: 0, compressedSize: 0, size: 0, externalAttrs: 0, versionMadeBy: 20, data: new Uint8Array(0) }, content, codec));
    }
  }
  for (const e of all) {
    const h = new Uint8Array(30);
    const v = new DataView(h.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, e.flags & ~8, true);
    v.setUint16(8, e.method, true);
    v.setUint16(10, e.time, true);
    v.setUint16(12, e.date, true);
    v.setUint32(14, e.crc, true);
    v.setUint32(18, e.compressedSize, true);
    v.setUint32(22, e.size, true);
    v.setUint16(26, e.nameBytes.length, true);
    v.setUint16(28, 0, true);
    outs.push({ e, offset });
    push(h);
    push(e.nameBytes);
    push(e.data);
  }
  const cdStart = offset;
  for (const { e, offset: local } of outs) {
    const h = new Uint8Array(46);
    const v = new DataView(h.buffer);
    v.setUint32(0, 0x02014b50, true);
    v.setUint16(4, e.versionMadeBy, true);
    v.setUint16(6, 20, true);
    v.setUint16(8, e.flags & ~8, true);
    v.setUint16(10, e.method, true);
    v.setUint16(12, e.time, true);
    v.setUint16(14, e.date, true);
    v.setUint32(16, e.crc, true);
    v.setUint32(20, e.compressedSize, true);
    v.setUint32(24, e.size, true);
    v.setUint16(28, e.nameBytes.length, true);
    v.setUint32(38, e.externalAttrs, true);
    v.setUint32(42, local, true);
    push(h);
    push(e.nameBytes);
  }
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, outs.length, true);
  v.setUint16(10, outs.length, true);
  v.setUint32(12, offset - cdStart, true);
  v.setUint32(16, cdStart, true);
  push(end);
  return concat(chunks, offset);
}

function fresh(e: ZipEntry, content: Uint8Array, codec: Codec): ZipEntry {
  const data = (codec.deflateRaw ?? deflateRaw)(content);
  return { ...e, method: 8, flags: e.flags & ~1, crc: (codec.crc32 ?? crc32)(content), size: content.length, compressedSize: data.length, data };
}
