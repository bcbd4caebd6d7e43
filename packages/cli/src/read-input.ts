import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { TenderlintError, type TenderDocument } from '@tenderlint/core';
import { readMarkdown, readText } from '@tenderlint/markdown';

export interface InputLimits {
  maxFileBytes: number;
}

export const defaultLimits: InputLimits = { maxFileBytes: 50 * 1024 * 1024 };

export const TEXT_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);
export const SUPPORTED_EXTENSIONS = new Set([...TEXT_EXTENSIONS, '.docx']);

export interface ReadInput {
  document: TenderDocument;
  bytes: Uint8Array;
  /** The text of a text file (for formatters that show the source). */
  source?: string;
}

/** Reads one input file into a document; every failure is a one-line TenderlintError naming the file. */
export async function readInput(path: string, limits: InputLimits = defaultLimits): Promise<ReadInput> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : `cannot read the file (${code ?? 'error'})`;
    throw new TenderlintError(reason, { file: path });
  }
  if (bytes.length === 0) throw new TenderlintError('the file is empty', { file: path });
  if (bytes.length > limits.maxFileBytes) {
    throw new TenderlintError(`the file is ${Math.round(bytes.length / 1048576)} MiB, over the limit of ${Math.round(limits.maxFileBytes / 1048576)} MiB (limits.maxFileBytes)`, { file: path });
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.docx') {
    const { readDocx } = (await import('@tenderlint/docx')) as unknown as { readDocx?: (b: Uint8Array, o: { fileName: string }) => TenderDocument | Promise<TenderDocument> };
    if (!readDocx) throw new TenderlintError('.docx files are not supported in this build', { file: path });
    return { document: await readDocx(bytes, { fileName: path }), bytes };
  }
  if (!TEXT_EXTENSIONS.has(ext)) {
    throw new TenderlintError(`unsupported file type "${ext || '(none)'}": tenderlint reads .docx, .md and .txt`, { file: path });
  }
  const source = new TextDecoder('utf-8').decode(bytes);
  const document = ext === '.txt' ? readText(source, { fileName: path }) : readMarkdown(source, { fileName: path });
  return { document, bytes, source };
}
