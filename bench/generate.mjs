#!/usr/bin/env node
// Writes a corpus of generated Dutch tender specifications (bestekken) for benchmarks and the
// monitoring report, with the generator `pnpm bench` uses (lib/spec.mjs): deterministic from a seed,
// so every run and every machine gets the same files.
//
//   node bench/generate.mjs [--count 1000] [--pages 20] [--seed 2026] [--out bench/corpus] [--docx]
import { parseArgs } from 'node:util';
import { writeCorpus } from './lib/corpus.mjs';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    pages: { type: 'string', default: '20' },
    seed: { type: 'string', default: '2026' },
    out: { type: 'string', default: 'bench/corpus' },
    docx: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const pages = Number(values.pages);
const bytes = await writeCorpus({ count, pages, seed: Number(values.seed), out: values.out, docx: values.docx });
process.stderr.write(`${count} specifications of about ${pages} pages (${(bytes / 1048576).toFixed(1)} MiB) in ${values.out}\n`);
