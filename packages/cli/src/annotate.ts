import { mkdirSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { annotateDocx } from '@tenderlint/docx';
import { TenderlintError, type Finding, type Lang, type TenderDocument } from '@tenderlint/core';
import { writeFileAtomic } from './write-file.js';

export interface AnnotateTarget {
  /** Directory the annotated copy goes into (relative to cwd). */
  dir: string;
  suggest: boolean;
  lang: Lang;
  cwd: string;
  /** Every input path of this run, resolved: an annotated copy never replaces one. */
  inputs: Set<string>;
}

/**
 * Writes DIR/NAME.tenderlint.docx: the input with one Word comment per finding, written to a
 * temporary file in DIR and renamed, so nobody ever opens half a file.
 */
export function writeAnnotated(file: string, bytes: Uint8Array, document: TenderDocument, findings: Finding[], target: AnnotateTarget): string {
  const dir = resolve(target.cwd, target.dir);
  const out = join(dir, `${basename(file, extname(file))}.tenderlint.docx`);
  if (target.inputs.has(out) || resolve(target.cwd, file) === out) {
    throw new TenderlintError(`--annotate would write over the input ${out}; choose another directory`, { file });
  }
  const annotated = annotateDocx(bytes, document, findings, { suggest: target.suggest, lang: target.lang });
  try {
    mkdirSync(dir, { recursive: true });
    writeFileAtomic(out, annotated);
  } catch (error) {
    throw new TenderlintError(`cannot write ${out} (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { file });
  }
  return out;
}
