import { describe, expect, it } from 'vitest';
import { loadJsonRule, TenderlintError } from '../../src/index.js';

const base = () => ({
  id: 'city/no-diesel',
  pack: 'city',
  principle: ['2.5.1'],
  legal: 'Klimaatplan 2030',
  severity: 'warning',
  messages: { diesel: { nl: 'Geen diesel ({match}).', fr: 'Pas de diesel ({match}).', en: 'No diesel ({match}).' } },
  docs: { description: 'd', rationale: 'r', howToFix: 'h' },
  forbid: [{ messageId: 'diesel', pattern: { words: ['diesel*'] } }],
});

function refusal(json: unknown): string {
  try {
    loadJsonRule(json, 'rules/city/no-diesel.json');
  } catch (error) {
    expect(error).toBeInstanceOf(TenderlintError);
    const line = (error as TenderlintError).toLine();
    expect(line).not.toContain('\n');
    return line;
  }
  throw new Error('the rule was accepted');
}

describe('loadJsonRule', () => {
  it('compiles a valid rule into a json rule with the same header as a code rule', () => {
    const rule = loadJsonRule(base(), 'x.json');
    expect(rule.meta).toMatchObject({ id: 'city/no-diesel', pack: 'city', kind: 'json', severity: 'warning', principle: ['2.5.1'] });
    expect(typeof rule.check).toBe('function');
  });

  it('names the file, the JSON path and the unknown key of a typo', () => {
    const json = base() as Record<string, unknown>;
    json.forbid = [{ messageId: 'diesel', pattern: { word: ['diesel'] } }];
    expect(refusal(json)).toBe('rules/city/no-diesel.json: invalid rule "city/no-diesel": at /forbid/0/pattern: unknown key "word"');
  });

  it('refuses a typo in the header', () => {
    expect(refusal({ ...base(), severty: 'warning' })).toMatch(/^rules\/city\/no-diesel\.json: .*unknown key "severty"/);
  });

  it('refuses a wrong type and a wrong value', () => {
    expect(refusal({ ...base(), principle: '2.5.1' })).toMatch(/at \/principle: must be array/);
    expect(refusal({ ...base(), severity: 'warn' })).toMatch(/at \/severity: must be one of "error", "warning", "info"/);
    expect(refusal({ ...base(), messages: { diesel: { nl: 'x', fr: 'y' } } })).toMatch(/at \/messages\/diesel: missing required key "en"/);
  });

  it('points into nested patterns and conditions', () => {
    expect(refusal({ ...base(), forbid: [{ messageId: 'diesel', pattern: { words: 'diesel' } }] })).toMatch(/at \/forbid\/0\/pattern\/words: must be array$/);
    const within = { ...base(), forbid: [{ messageId: 'diesel', pattern: { words: ['diesel'] }, unless: [{ pattern: { words: ['geen'] }, within: 'sentense' }] }] };
    expect(refusal(within)).toMatch(/at \/forbid\/0\/unless\/0\/within: must be one of "match", "around"/);
    expect(refusal({ ...base(), scope: { exceptSections: ['invoices'] } })).toMatch(/at \/scope\/exceptSections\/0: must be one of/);
  });

  it('refuses an unknown json-logic operation, naming its path', () => {
    expect(refusal({ ...base(), when: { and: [{ '>': [{ var: 'estimatedValue.amount' }, 1] }, { euTreshold: ['works'] }] } })).toMatch(
      /at \/when\/and\/1\/euTreshold: unknown operation "euTreshold"/,
    );
  });

  it('accepts the registered procurement operations', () => {
    const when = { '>=': [{ valueFor: [] }, { euThreshold: [{ var: 'contractType' }] }] };
    expect(loadJsonRule({ ...base(), when }, 'x.json').meta.kind).toBe('json');
  });

  it('refuses a pattern that can backtrack catastrophically, saying which one', () => {
    const json = { ...base(), forbid: [{ messageId: 'diesel', pattern: { regex: '(\\w+\\s?)+diesel' } }] };
    expect(refusal(json)).toMatch(/at \/forbid\/0\/pattern\/regex: pattern "\(\\\\w\+\\\\s\?\)\+diesel" can backtrack catastrophically/);
    const nested = { ...base(), forbid: [{ messageId: 'diesel', pattern: { anyOf: [{ words: ['x'] }, { regex: '(a*)*b' }] }, unless: [{ pattern: { regex: '(?:x+)+' }, within: 'sentence' }] }] };
    expect(refusal(nested)).toMatch(/at \/forbid\/0\/pattern\/anyOf\/1\/regex: pattern "\(a\*\)\*b"/);
  });

  it('accepts lookbehind and bounded repetition without nesting', () => {
    const json = { ...base(), forbid: [{ messageId: 'diesel', pattern: { regex: '(?<![\\p{L}])(?:diesel|benzine)(?:motor|wagen)?' } }] };
    expect(loadJsonRule(json, 'x.json').meta.id).toBe('city/no-diesel');
  });

  it('refuses a regular expression that does not compile', () => {
    expect(refusal({ ...base(), forbid: [{ messageId: 'diesel', pattern: { regex: '(diesel' } }] })).toMatch(/at \/forbid\/0\/pattern\/regex: is not a valid regular expression/);
  });

  it('refuses references to messages and suggestions that do not exist', () => {
    expect(refusal({ ...base(), forbid: [{ messageId: 'petrol', pattern: { words: ['x'] } }] })).toMatch(/at \/forbid\/0\/messageId: "petrol" is not a key of "messages"/);
    expect(refusal({ ...base(), forbid: [{ messageId: 'diesel', suggestion: 'nope', pattern: { words: ['x'] } }] })).toMatch(/at \/forbid\/0\/suggestion/);
  });

  it('refuses an id outside its pack and a rule with no body', () => {
    expect(refusal({ ...base(), id: 'other/no-diesel' })).toMatch(/must start with the pack "city\/"/);
    const { forbid: _drop, ...noBody } = base();
    expect(refusal(noBody)).toMatch(/invalid rule "city\/no-diesel"/);
  });

  it('says "rule" when the file is not even an object', () => {
    expect(refusal(['not', 'a', 'rule'])).toMatch(/^rules\/city\/no-diesel\.json: invalid rule: at \/: must be object/);
  });
});
