import { describe, expect, it } from 'vitest';
import { readMarkdown } from '@tenderlint/markdown';
import { defineRule, definePack, lint, resolveConfig, TenderlintError, type Rule } from '@tenderlint/core';

const msg = { nl: 'Het woord "{word}" staat hier.', fr: 'Le mot « {word} » est ici.', en: 'The word "{word}" is here.' };
const docs = { description: 'test', rationale: 'test', howToFix: 'test' };

const wordRule = (word: string): Rule =>
  defineRule({
    meta: { id: `test/${word}`, pack: 'test', principle: ['2.3'], legal: 'Wet art. 1', severity: 'warning', messages: { found: msg }, docs },
    check(ctx) {
      for (const block of ctx.document.blocks) {
        const at = block.text.indexOf(word);
        if (at >= 0) ctx.report({ messageId: 'found', data: { word }, block, start: at, end: at + word.length });
      }
    },
  });

const crashing = defineRule({
  meta: { id: 'test/crash', pack: 'test', principle: [], legal: '', severity: 'error', messages: { x: msg }, docs },
  check() {
    throw new Error('kapot');
  },
});

const slow = defineRule({
  meta: { id: 'test/slow', pack: 'test', principle: [], legal: '', severity: 'error', messages: { found: msg }, docs },
  check(ctx) {
    ctx.report({ messageId: 'found', data: { word: 'x' } });
  },
});

const pack = definePack('test', [wordRule('percelen'), wordRule('merk'), crashing, slow]);

describe('lint', () => {
  it('reports at the exact words with source positions, in the chosen language', () => {
    const doc = readMarkdown('# Titel\n\nDe opdracht wordt niet in percelen verdeeld.\n');
    const { findings } = lint(doc, { packs: [pack], rules: { 'test/percelen': 'error' }, language: 'en' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'test/percelen', severity: 'error', line: 3, column: 27, endLine: 3, endColumn: 35, message: 'The word "percelen" is here.', principle: ['2.3'] });
  });

  it('turns a rule that throws into one internal/rule-error finding and runs the others', () => {
    const doc = readMarkdown('Een merk en percelen.\n');
    const { findings } = lint(doc, { packs: [pack], rules: { 'test/crash': 'error', 'test/merk': 'warning', 'test/percelen': 'warning' } });
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['internal/rule-error', 'test/merk', 'test/percelen']);
    expect(findings.find((f) => f.ruleId === 'internal/rule-error')!.message).toContain('test/crash');
  });

  it('reports a rule over its time budget as a rule error and drops its findings', () => {
    const doc = readMarkdown('Tekst.\n');
    let t = 0;
    const { findings } = lint(doc, { packs: [pack], rules: { 'test/slow': 'error' }, ruleTimeBudgetMs: 10 }, { now: () => (t += 50) });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.ruleId).toBe('internal/rule-error');
    expect(findings[0]!.message).toMatch(/budget/);
  });

  it('gives the same findings in the same order every time', () => {
    const doc = readMarkdown('merk percelen merk\n\npercelen en merk\n');
    const config = { packs: [pack], rules: { 'test/merk': 'warning' as const, 'test/percelen': 'info' as const } };
    const a = lint(doc, config).findings;
    const b = lint(doc, config).findings;
    expect(a).toEqual(b);
    expect(a.map((f) => `${f.line}:${f.column}:${f.ruleId}`)).toEqual(['1:1:test/merk', '1:6:test/percelen', '3:1:test/percelen', '3:13:test/merk']);
  });

  it('applies suppressions, and reports those without a reason or that suppress nothing', () => {
    const src = [
      '<!-- tenderlint-disable-next-line test/merk -- bestaand materieel -->',
      'Een merk hier.',
      '',
      '<!-- tenderlint-disable-next-line test/percelen -->',
      'Geen woord hier.',
      '',
      'Een merk daar.',
    ].join('\n');
    const { findings } = lint(readMarkdown(src), { packs: [pack], rules: { 'test/merk': 'warning', 'test/percelen': 'warning' } });
    const active = findings.filter((f) => !f.suppressions);
    expect(findings.find((f) => f.line === 2)!.suppressions).toEqual([{ kind: 'inSource', justification: 'bestaand materieel' }]);
    expect(active.map((f) => `${f.line} ${f.ruleId}`)).toEqual(['4 internal/suppression-reason', '4 internal/unused-suppression', '7 test/merk']);
  });
});

describe('resolveConfig', () => {
  it('names an unknown rule and suggests the closest', () => {
    expect(() => resolveConfig({ packs: [pack], rules: { 'test/perceln': 'error' } }, 'tenderlint.config.json')).toThrow(
      /unknown rule "test\/perceln" \(did you mean "test\/percelen"\?\)/,
    );
  });
  it('lets later settings win and turns rules off', () => {
    const r = resolveConfig({ extends: [{ packs: [pack], rules: { 'test/merk': 'error', 'test/percelen': 'warning' } }], rules: { 'test/merk': 'off' } });
    expect(r.enabled.map((e) => `${e.rule.meta.id}:${e.severity}`)).toEqual(['test/percelen:warning']);
  });
  it('validates options against the rule schema', () => {
    const withOptions = defineRule({ ...wordRule('x'), meta: { ...wordRule('x').meta, id: 'test/opt', optionsSchema: { type: 'object', properties: { max: { type: 'number' } }, additionalProperties: false } } });
    const p = definePack('test', [withOptions]);
    expect(() => resolveConfig({ packs: [p], rules: { 'test/opt': ['error', { max: 'veel' }] } })).toThrow(TenderlintError);
    expect(() => resolveConfig({ packs: [p], rules: { 'test/opt': ['error', { max: 3 }] } })).not.toThrow();
  });
});
