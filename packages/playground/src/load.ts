import { decodeText, describeUnsupported, sniffFormat, TenderlintError, type TenderDocument } from '@tenderlint/core';
import { readDocx } from '@tenderlint/docx';
import { readMarkdown, readText } from '@tenderlint/markdown';

export interface Loaded {
  document: TenderDocument;
  /** The original bytes of a .docx, for the annotated download. */
  docx?: Uint8Array;
}

/** Reads what the user dropped or chose, deciding by the bytes, not only the name. */
export function loadBytes(name: string, bytes: Uint8Array): Loaded {
  const format = sniffFormat(bytes);
  const unsupported = describeUnsupported(format);
  if (unsupported) throw new TenderlintError(unsupported, { file: name });
  if (format === 'zip') return { document: readDocx(bytes, { fileName: name }) as TenderDocument, docx: bytes };
  const { text } = decodeText(bytes);
  return { document: loadText(name, text) };
}

export function loadText(name: string, text: string): TenderDocument {
  if (!text.trim()) throw new TenderlintError('the text is empty', { file: name });
  return /\.txt$/i.test(name) ? readText(text, { fileName: name }) : readMarkdown(text, { fileName: name });
}
