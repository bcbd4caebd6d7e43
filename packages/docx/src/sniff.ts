import { TenderlintError } from '@tenderlint/core';

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);

function containsUtf16(bytes: Uint8Array, word: string, limit = 1 << 20): boolean {
  const end = Math.min(bytes.length, limit) - word.length * 2;
  outer: for (let i = 0; i <= end; i++) {
    for (let k = 0; k < word.length; k++) {
      if (bytes[i + 2 * k] !== word.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

const input = (message: string) => new TenderlintError(message, { code: 'input' });

/** Refuses, with a reason a person can act on, bytes that are not a zip archive. */
export function refuseNonZip(bytes: Uint8Array): void {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // An OLE compound file: either an encrypted OOXML package or a legacy binary document.
    if (containsUtf16(bytes, 'EncryptionInfo') || containsUtf16(bytes, 'EncryptedPackage')) {
      throw input('the .docx is protected with a password (encrypted); remove the password in Word (File > Info > Protect Document) and save it again');
    }
    if (containsUtf16(bytes, 'WordDocument')) throw input('this is a Word 97-2003 .doc file, not a .docx; open it in Word or LibreOffice and save it as .docx');
    throw input('this is an old Office (OLE) file, not a .docx; open it in Word or LibreOffice and save it as .docx');
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
  if (head.startsWith('%PDF')) throw input('this is a PDF file, not a .docx; lint the Word document it was made from, or save it as .docx');
  if (head.startsWith('{\\rtf')) throw input('this is an RTF file, not a .docx; open it in Word or LibreOffice and save it as .docx');
  if (/^\s*<(?:!DOCTYPE html|html)/i.test(head)) throw input('this is an HTML page, not a .docx; open it in Word and save it as .docx');
  if (/^\s*<\?xml/.test(head) && /<w:wordDocument|<pkg:package/.test(head)) throw input('this is a Word XML (flat) document, not a .docx; open it in Word and save it as .docx');
  throw input('the file is not a .docx (a .docx is a zip archive and this is not one); save the document from Word as .docx');
}

/** Refuses zip archives that are some other format than a Word document. */
export function refuseOtherPackages(names: Set<string>, mimetype: string | undefined): void {
  if (mimetype?.startsWith('application/vnd.oasis.opendocument')) {
    const kind = mimetype.endsWith('.text') ? 'an OpenDocument text (.odt)' : 'an OpenDocument file';
    throw input(`this is ${kind}, not a .docx; open it in LibreOffice or Word and save it as .docx`);
  }
  if (names.has('xl/workbook.xml')) throw input('this is an Excel workbook, not a .docx; put the specification in a Word document');
  if (names.has('ppt/presentation.xml')) throw input('this is a PowerPoint presentation, not a .docx; put the specification in a Word document');
}
