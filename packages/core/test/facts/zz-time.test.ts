import { readFileSync } from 'node:fs';
import { readMarkdown } from '@tenderlint/markdown';
import { lint, extractFacts, detectSegments } from '@tenderlint/core';
import ilo from '../../../../rules/ilo/src/index.js';
import social from '../../../../rules/social/src/index.js';
it('time', () => {
  for (const f of ['/work/shared/real-be/02-be-nl-private-doccs-genk-bijzonder-bestek-perceel-1.md', '/work/shared/real-be/01-be-nl-zna-middelheim-cathlab-lastenboek-architectuur-2024.md']) {
    const doc = readMarkdown(readFileSync(f, 'utf8'));
    const facts = extractFacts(doc);
    for (let i = 0; i < 3; i++) {
      let t = performance.now();
      detectSegments(doc, facts.sections, facts.cpv);
      const seg = performance.now() - t;
      t = performance.now();
      const r = lint(doc, { packs: [ilo, social], rules: Object.fromEntries([...ilo.rules, ...social.rules].map((x) => [x.meta.id, x.meta.severity])) });
      console.log(f.slice(-30), 'segments', seg.toFixed(1), 'lint(incl facts)', (performance.now() - t).toFixed(1), r.findings.map((x) => x.ruleId).join(','));
    }
  }
});
