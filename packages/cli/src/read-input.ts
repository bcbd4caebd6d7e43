import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeText, describeUnsupported, sniffFormat, TenderlintError, type TenderDocument } from '@tenderlint/core';
import { readMarkdown, readText } from '@tenderlint/markdown';

export interface InputLimits {
  maxFileBytes: number;
  [key: string]: number;
}

export const defaultLimits: InputLimits = { maxFileBytes: 50 * 1024 * 1024 };

/** The input limits of a config file's `limits`, over the defaults. */
export function limitsFrom(configured: Record<string, number> | undefined): InputLimits {
  return { ...defaultLimits, ...(configured ?? {}) };
}

export const TEXT_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);
export const SUPPORTED_EXTENSIONS = new Set([...TEXT_EXTENSIONS, '.docx']);

export interface ReadInput {
  document: TenderDocument;
  bytes: Uint8Array;
  /** The text of a text file (for formatters that show the source). */
  source?: string;
  /** Something the user should know that did not stop the lint (invalid UTF-8 replaced, say). */
  warning?: string;
}

type DocxReader = (bytes: Uint8Array, options: { fileName: string; limits?: Record<string, number> }) => TenderDocument | Promise<TenderDocument>;

/**
 * Reads one input file into a document. What the bytes are decides how it is read, not only the
 * name: every failure is a one-line TenderlintError naming the file and the reason.
 */
export async function readInput(path: string, limits: InputLimits = defaultLimits): Promise<ReadInput> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : `cannot read the file (${code ?? 'error'})`;
    throw new TenderlintError(reason, { file: path });
  }
  if (bytes.length > limits.maxFileBytes) {
    throw new TenderlintError(
      `the file is ${(bytes.length / 1048576).toFixed(1)} MiB, over the limit of ${(limits.maxFileBytes / 1048576).toFixed(1)} MiB (limits.maxFileBytes in the config)`,
      { file: path },
    );
  }
  const ext = extname(path).toLowerCase();
  const format = sniffFormat(bytes);
  const unsupported = describeUnsupported(format);
  if (unsupported) throw new TenderlintError(unsupported, { file: path });

  if (format === 'zip') {
    if (ext !== '.docx') {
      throw new TenderlintError(`this is a zip file${ext === '.md' || ext === '.txt' ? ', not text' : ''}: tenderlint reads .docx, Markdown and plain text (rename a Word file to .docx)`, { file: path });
    }
    const mod = (await import('@tenderlint/docx')) as unknown as { readDocx?: DocxReader };
    if (!mod.readDocx) throw new TenderlintError('.docx files are not supported in this build', { file: path });
    try {
      return { document: await mod.readDocx(bytes, { fileName: path, limits }), bytes };
    } catch (error) {
      if (error instanceof TenderlintError) throw error.file ? error : new TenderlintError(error.message, { file: path, code: error.code });
      throw new TenderlintError(`cannot read this .docx (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`, { file: path });
    }
  }
  // format === 'text'
  if (ext === '.docx') throw new TenderlintError('this is a text file, not a .docx (a .docx is a zip package): rename it to .md or .txt', { file: path });
  if (!TEXT_EXTENSIONS.has(ext)) {
    throw new TenderlintError(`unsupported file type "${ext || '(none)'}": tenderlint reads .docx, .md and .txt`, { file: path });
  }
  const decoded = decodeText(bytes);
  const warning = decoded.invalidAt !== undefined ? `invalid UTF-8 at byte ${decoded.invalidAt}; read with replacement characters (save the file as UTF-8)` : undefined;
  if (!decoded.text.trim()) throw new TenderlintError('the file has no text', { file: path });
  const document = ext === '.txt' ? readText(decoded.text, { fileName: path }) : readMarkdown(decoded.text, { fileName: path });
  return { document, bytes, source: decoded.text, ...(warning ? { warning } : {}) };
}
