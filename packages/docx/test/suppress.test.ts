import { describe, expect, it } from 'vitest';
import { lint } from '@tenderlint/core';
import preset from '@tenderlint/recommended';

// A loaded test machine must not turn a slow rule into internal/rule-error on one side of a comparison.
const recommended = { ...preset, ruleTimeBudgetMs: 120_000 };
import { readDocx } from '../src/index.js';
import { buildDocx, headingStyles, p } from './helpers/package.js';

const brand = 'De graafmachine is van het merk Caterpillar, type 320.';

function spec(comment: string | null, onTitle = false): Uint8Array {
  const anchored = (text: string) =>
    comment === null ? p(text) : `<w:p><w:commentRangeStart w:id="7"/><w:r><w:t xml:space="preserve">${text}</w:t></w:r><w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r></w:p>`;
  return buildDocx({
    styles: headingStyles,
    body: [
      onTitle ? anchored('Bestek voor de huur van een graafmachine').replace('<w:p>', '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>') : p('Bestek voor de huur van een graafmachine', { style: 'Heading1' }),
      p('Technische specificaties', { style: 'Heading2' }),
      onTitle ? p(brand) : anchored(brand),
    ].join(''),
    ...(comment === null ? {} : { comments: `<w:comment w:id="7" w:author="Jan Claes"><w:p><w:r><w:t xml:space="preserve">${comment}</w:t></w:r></w:p></w:comment>` }),
  });
}

const brandFindings = (bytes: Uint8Array) => lint(readDocx(bytes), recommended).findings.filter((f) => f.ruleId === 'functional-specs/brand-or-equivalent');

describe('suppressing a rule with a Word comment', () => {
  it('the brand finding is there without a comment', () => {
    expect(brandFindings(spec(null)).filter((f) => !f.suppressions?.length)).not.toHaveLength(0);
  });

  it('a "tenderlint-disable RULE -- reason" comment on the sentence suppresses it, with the reason kept', () => {
    const findings = brandFindings(spec('tenderlint-disable functional-specs/brand-or-equivalent -- wisselstukken voor de bestaande vloot'));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.suppressions?.[0]?.justification === 'wisselstukken voor de bestaande vloot')).toBe(true);
  });

  it('a comment on the title suppresses the rule in the whole document', () => {
    const findings = brandFindings(spec('tenderlint-disable functional-specs/brand-or-equivalent -- vervangingsonderdelen', true));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.suppressions?.length)).toBe(true);
  });

  it('reports a suppression without a reason, and one that suppresses nothing, at the comment', () => {
    const noReason = lint(readDocx(spec('tenderlint-disable functional-specs/brand-or-equivalent')), recommended).findings;
    expect(noReason.find((f) => f.ruleId === 'internal/suppression-reason')).toMatchObject({ line: 3 });
    const unused = lint(readDocx(spec('tenderlint-disable lots/all-lots-duty -- niet van toepassing')), recommended).findings;
    expect(unused.find((f) => f.ruleId === 'internal/unused-suppression')).toMatchObject({ line: 3 });
  });

  it('an ordinary comment suppresses nothing', () => {
    expect(brandFindings(spec('Nakijken met de technische dienst.')).filter((f) => !f.suppressions?.length)).not.toHaveLength(0);
  });
});
