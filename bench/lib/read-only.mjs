// The floor of the benchmark: read a file into a TenderDocument and nothing else (no facts, no rules).
import { readFileSync } from 'node:fs';
const file = process.argv[2];
const bytes = readFileSync(file);
if (file.endsWith('.docx')) {
  const { readDocx } = await import('@tenderlint/docx');
  await readDocx(new Uint8Array(bytes), { fileName: file });
} else {
  const { readMarkdown } = await import('@tenderlint/markdown');
  readMarkdown(bytes.toString('utf8'), { fileName: file });
}
