import { readFileSync, readdirSync } from 'node:fs';
import { readMarkdown } from '@tenderlint/markdown';
import { detectSegments, extractFacts } from '@tenderlint/core';
it('debug', () => {
  for (const dir of ['corpus', 'real', 'real-be']) {
    const base = `/work/shared/${dir}`;
    for (const f of readdirSync(base).filter((x) => x.endsWith('.md') && x !== 'README.md' && x !== 'SOURCES.md')) {
      const text = readFileSync(`${base}/${f}`, 'utf8');
      const doc = readMarkdown(text);
      const facts = extractFacts(doc);
      const cpv = facts.cpv.length ? facts.cpv : [...text.matchAll(/\b(\d{8})-\d/g)].filter((m, i, a) => a.findIndex((x) => x[1] === m[1]) === i).concat([...text.matchAll(/CODE="(\d{8})"/g)]).map((m) => ({ value: m[1]!, evidence: { blockId: 0, start: 0, end: 0, raw: m[0] } }));
      let expected: unknown = '?';
      try { expected = JSON.parse(readFileSync(`${base}/${f.replace(/\.md$/, '.expected.json')}`, 'utf8')).facts?.segments; } catch {}
      const t0 = performance.now();
      const segs = detectSegments(doc, facts.sections, cpv, facts.contractType?.value ?? null);
      const ms = (performance.now() - t0).toFixed(1);
      console.log(`${f.slice(0, 40)} exp=${JSON.stringify(expected)} got=${JSON.stringify(segs.map((s) => s.value))} ${ms}ms type=${facts.contractType?.value}`);
      for (const s of segs) { const b = doc.blocks[s.evidence.blockId]; console.log(`    ${s.value}: "${s.evidence.raw}" :: ${b ? b.text.slice(Math.max(0, s.evidence.start - 80), s.evidence.end + 60).replace(/\n/g, ' ') : ''}`); }
    }
  }
});
