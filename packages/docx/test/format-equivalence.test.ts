import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, type Finding, type TenderDocument } from '@tenderlint/core';
import { readMarkdown } from '@tenderlint/markdown';
import preset from '@tenderlint/recommended';

// A loaded test machine must not turn a slow rule into internal/rule-error on one side of a comparison.
const recommended = { ...preset, ruleTimeBudgetMs: 120_000 };
import { annotateDocx, readDocx } from '../src/index.js';
import { markdownToDocx } from '../../../scripts/md-to-docx.mjs';
import { anchoredComments } from './helpers/findings.js';

const root = resolve(import.meta.dirname, '../../..');
// The shared labelled corpus sits beside the repository in the project workspace; examples/ is in it.
const dirs = [join(root, 'examples'), resolve(root, '../shared/corpus')].filter((d) => existsSync(d));
const sources = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => join(d, f)));

const key = (doc: TenderDocument, f: Finding) => {
  const b = doc.blocks[f.blockId];
  return `${f.ruleId} @ ${b ? b.text.slice(f.start, f.end || undefined).slice(0, 60) : '(document)'}`;
};

describe('a specification gives the same findings as Markdown and as .docx', () => {
  it('has examples to compare', () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  for (const file of sources) {
    it(file.slice(root.length - 4), async () => {
      const md = readMarkdown(readFileSync(file, 'utf8'));
      const bytes: Uint8Array = await markdownToDocx(readFileSync(file, 'utf8'));
      const docx = readDocx(bytes);
      expect(docx.blocks.map((b) => [b.kind, b.depth, b.label, b.text])).toEqual(md.blocks.map((b) => [b.kind, b.depth, b.label, b.text]));
      const a = lint(md, recommended).findings;
      const b = lint(docx, recommended).findings;
      expect(b.map((f) => key(docx, f)).sort()).toEqual(a.map((f) => key(md, f)).sort());
      // And the annotated copy carries one comment per finding, each on the words the finding names.
      const active = b.filter((f) => !f.suppressions?.length);
      const comments = anchoredComments(annotateDocx(bytes, docx, active));
      expect(comments).toHaveLength(active.length);
    });
  }
});

describe('every rule gives the same findings on its documented examples as Markdown and as .docx', () => {
  const packs = recommended.packs ?? [];
  for (const pack of packs) {
    it(pack.name, async () => {
      let compared = 0;
      for (const rule of pack.rules) {
        const examples = [...(rule.meta.docs.examples?.valid ?? []), ...(rule.meta.docs.examples?.invalid ?? [])];
        for (const example of examples) {
          const config = { packs, ruleTimeBudgetMs: 120_000, rules: { [rule.meta.id]: rule.meta.severity }, language: example.lang ?? ('auto' as const) };
          const md = readMarkdown(example.text);
          const docx = readDocx(await markdownToDocx(example.text));
          const a = lint(md, config).findings.map((f) => key(md, f)).sort();
          const b = lint(docx, config).findings.map((f) => key(docx, f)).sort();
          expect(b, `${rule.meta.id}: ${example.text.slice(0, 80)}`).toEqual(a);
          compared++;
        }
      }
      if (pack.rules.some((r) => r.meta.docs.examples)) expect(compared).toBeGreaterThan(0);
    });
  }
});
