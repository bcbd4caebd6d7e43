import { describeUnsupported, sniffFormat, TenderlintError } from '@tenderlint/core';

const input = (message: string) => new TenderlintError(message, { code: 'input' });

/** Refuses, with a reason a person can act on, bytes that are not a zip archive. */
export function refuseNonZip(bytes: Uint8Array): void {
  const format = sniffFormat(bytes);
  if (format === 'zip' || format === 'odt') return;
  const known = describeUnsupported(format);
  if (known) throw input(known);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
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
