/**
 * What a file really is, from its first bytes, whatever its name says: so that a PDF named
 * bestek.docx or a Word 97 file named bestek.md gets a clear error instead of garbage findings.
 */
export type SniffedFormat =
  | 'empty'
  | 'zip'
  | 'odt'
  | 'ole-encrypted'
  | 'ole-doc'
  | 'ole'
  | 'pdf'
  | 'rtf'
  | 'text'
  | 'binary';

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

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

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    // ODF puts an uncompressed "mimetype" entry first.
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 120));
    return head.includes('mimetypeapplication/vnd.oasis.opendocument') ? 'odt' : 'zip';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // An encrypted OOXML file is an OLE compound file holding an "EncryptedPackage" stream.
    if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo')) return 'ole-encrypted';
    if (containsUtf16(bytes, 'WordDocument')) return 'ole-doc';
    return 'ole';
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf';
  // Text: no NUL bytes and few control characters in the first 8 KiB (UTF-16 text has a BOM).
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text';
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'binary';
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control > n * 0.05 ? 'binary' : 'text';
}

/** What to tell the user about a file that is not what tenderlint reads. */
export function describeUnsupported(format: SniffedFormat): string | null {
  switch (format) {
    case 'empty':
      return 'the file is empty';
    case 'odt':
      return 'this is an OpenDocument text (.odt), not a .docx: open it in Word or LibreOffice and save it as .docx';
    case 'ole-encrypted':
      return 'this Word file is protected with a password (encrypted): remove the password in Word (File > Info > Protect document) and save it again as .docx';
    case 'ole-doc':
      return 'this is a Word 97-2003 document (.doc), not a .docx: open it in Word and save it as .docx';
    case 'ole':
      return 'this is an old Office file (OLE compound file), not a .docx: save it as .docx';
    case 'pdf':
      return 'this is a PDF, not a .docx or text: lint the Word or Markdown source, or save the PDF as .docx';
    case 'rtf':
      return 'this is an RTF file, not a .docx: open it in Word and save it as .docx';
    case 'binary':
      return 'this is a binary file, not text: tenderlint reads .docx, Markdown and plain text';
    default:
      return null;
  }
}

export interface DecodedText {
  text: string;
  /** Byte offset of the first invalid UTF-8 sequence, when the text had to be decoded with replacement characters. */
  invalidAt?: number;
}

/** Decodes text as UTF-8 (or UTF-16 with a BOM); invalid UTF-8 is decoded with U+FFFD and its first offset kept. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return { text: new TextDecoder('utf-8').decode(body), invalidAt: firstInvalidUtf8(body) + (body === bytes ? 0 : 3) };
  }
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const len = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (!len || i + len > b.length) return i;
    for (let k = 1; k < len; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return b.length;
}
