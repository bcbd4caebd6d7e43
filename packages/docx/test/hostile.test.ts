import { describe, expect, it } from 'vitest';
import { TenderlintError } from '@tenderlint/core';
import { strToU8, zipSync } from 'fflate';
import { readDocx, type DocxLimits } from '../src/index.js';
import { buildDocx, p, W } from './helpers/package.js';

/** The one-line reason readDocx gives, or a failure when it does not throw a TenderlintError. */
function reason(bytes: Uint8Array, limits?: Partial<DocxLimits>): string {
  try {
    readDocx(bytes, { fileName: 'x.docx', ...(limits ? { limits } : {}) });
  } catch (error) {
    expect(error).toBeInstanceOf(TenderlintError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('readDocx accepted a hostile file');
}

/** An OLE compound file header followed by directory names in UTF-16, as Office writes them. */
function ole(...streams: string[]): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const names = streams.flatMap((s) => [...s].flatMap((c) => [c.charCodeAt(0), 0]).concat(new Array(64 - s.length * 2).fill(0)));
  return new Uint8Array([...header, ...new Array(504).fill(0), ...names]);
}

const docXml = (body: string) => `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const withDocument = (xml: string) => buildDocx({ body: '', extra: { 'word/document.xml': xml } });

describe('readDocx on hostile or wrong input', () => {
  it('refuses bytes that are not a zip, and a damaged zip', () => {
    expect(reason(strToU8('Dit is gewoon tekst met een .docx-extensie.'))).toMatch(/not a \.docx/);
    const good = buildDocx({ body: p('Tekst.') });
    expect(reason(good.subarray(0, Math.floor(good.length / 2)))).toMatch(/damaged|not a readable/);
    const flipped = good.slice();
    const at = flipped.indexOf(0x3c, 200);
    for (let i = at; i < at + 40; i++) flipped[i] = flipped[i]! ^ 0x55;
    expect(reason(flipped)).toMatch(/damaged|not a readable|not well-formed/);
  });

  it('says what a legacy or foreign format is and to save it as .docx', () => {
    expect(reason(ole('Root Entry', 'EncryptionInfo', 'EncryptedPackage'))).toMatch(/password/);
    expect(reason(ole('Root Entry', 'WordDocument', '1Table'))).toMatch(/Word 97-2003 document \(\.doc\).*save it as \.docx/);
    expect(reason(strToU8('%PDF-1.7\n1 0 obj'))).toMatch(/PDF/);
    expect(reason(strToU8('{\\rtf1\\ansi De opdracht'))).toMatch(/RTF.*save it as \.docx/);
    const odt = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8('<office:document-content/>') });
    expect(reason(odt)).toMatch(/OpenDocument text \(\.odt\).*save it as \.docx/);
  });

  it('refuses a zip without word/document.xml', () => {
    expect(reason(zipSync({ 'readme.txt': strToU8('geen Word') }))).toMatch(/no main document part/);
  });

  it('refuses malformed XML with a reason', () => {
    expect(reason(withDocument(docXml('<w:p><w:r><w:t>open</w:r></w:p>')))).toMatch(/not well-formed XML/);
    expect(reason(withDocument('<?xml version="1.0"?><w:document ' + W + '><w:body>'))).toMatch(/never closed/);
    expect(reason(withDocument(docXml('<w:p><w:r><w:t>A & B</w:t></w:r></w:p>')))).toMatch(/bare "&"/);
  });

  it('never reads a DTD, so entities are neither expanded nor fetched', () => {
    const billion = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><w:document ${W}><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`;
    expect(reason(withDocument(billion))).toMatch(/DTD/);
    const external = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`;
    expect(reason(withDocument(external))).toMatch(/DTD/);
    expect(reason(withDocument(docXml('<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>')))).toMatch(/undeclared entity &xxe;/);
  });

  it('refuses XML nested deeper than the limit', () => {
    const deep = '<w:sdt><w:sdtContent>'.repeat(300) + p('diep') + '</w:sdtContent></w:sdt>'.repeat(300);
    expect(reason(withDocument(docXml(deep)))).toMatch(/deeper than 256 levels/);
  });

  it('stops a decompression bomb while inflating: per entry, in total and by ratio', () => {
    const zeros = new Uint8Array(12 * 1024 * 1024);
    const bomb = zipSync({ 'word/document.xml': zeros }, { level: 6 });
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(reason(bomb)).toMatch(/decompression bomb/);
    expect(reason(bomb, { maxEntryBytes: 1024 * 1024 })).toMatch(/more than 1 MiB \(limits\.maxEntryBytes\)/);
    const two = buildDocx({ body: p('x'), styles: ' '.repeat(3 * 1024 * 1024) });
    expect(reason(two, { maxUncompressedBytes: 2 * 1024 * 1024, maxCompressionRatio: 1e9 })).toMatch(/limits\.maxUncompressedBytes/);
  });

  it('checks the limits on the bytes actually inflated, not on the sizes the zip declares', () => {
    const zip = zipSync({ 'word/document.xml': new Uint8Array(4 * 1024 * 1024).fill(32) }, { level: 6 });
    // Lie in the central directory: claim 100 bytes.
    const cd = zip.length - 22 - (46 + 'word/document.xml'.length);
    new DataView(zip.buffer, zip.byteOffset).setUint32(cd + 24, 100, true);
    expect(reason(zip, { maxEntryBytes: 1024 * 1024, maxCompressionRatio: 1e9 })).toMatch(/limits\.maxEntryBytes/);
  });

  it('refuses a zip with too many entries', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 60; i++) files[`x/${i}.xml`] = strToU8('<a/>');
    expect(reason(zipSync(files), { maxEntries: 50 })).toMatch(/60 zip entries.*limits\.maxEntries/);
  });

  it('refuses a .docx encrypted inside the zip', () => {
    const zip = buildDocx({ body: p('x') });
    // Set the "encrypted" flag of every entry, in the local and central headers.
    const v = new DataView(zip.buffer, zip.byteOffset);
    for (let i = 0; i < zip.length - 4; i++) {
      const sig = v.getUint32(i, true);
      if (sig === 0x04034b50) v.setUint16(i + 6, v.getUint16(i + 6, true) | 1, true);
      if (sig === 0x02014b50) v.setUint16(i + 8, v.getUint16(i + 8, true) | 1, true);
    }
    expect(reason(zip)).toMatch(/encrypted/);
  });
});
