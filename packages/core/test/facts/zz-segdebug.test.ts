import { readFileSync } from 'node:fs';
import { readMarkdown } from '@tenderlint/markdown';
import { detectSegments, extractFacts } from '@tenderlint/core';
it('debug', () => {
  for (const f of (process.env.SEGFILES ?? '').split(',')) {
    const text = readFileSync(f, 'utf8');
    const doc = readMarkdown(text);
    const facts = extractFacts(doc);
    const type = facts.contractType?.value ?? null;
    console.log(`${f} type=${type} segs=${JSON.stringify(facts.segments.map((s) => s.value))}`);
    const counts: Record<string, number> = {};
    for (const b of doc.blocks) {
      const segs = detectSegments({ ...doc, blocks: [b] }, [facts.sections[b.id] ?? 'other'], [], type ?? 'works');
      for (const s of segs) {
        counts[s.value] = (counts[s.value] ?? 0) + 1;
        if (counts[s.value]! <= 6) console.log(`   ${s.value} [${facts.sections[b.id]}] "${s.evidence.raw}" :: ${b.text.slice(Math.max(0, s.evidence.start - 60), s.evidence.end + 40).replace(/\n/g, ' ')}`);
      }
    }
    console.log('   counts', JSON.stringify(counts));
  }
});
