import { describe, expect, it } from 'vitest';
import { lint, loadJsonRule, type Rule } from '../../src/index.js';
import { readMarkdown } from '../../../markdown/src/index.js';

const header = {
  pack: 'test',
  principle: ['2.5.1'],
  legal: 'test',
  severity: 'warning',
  messages: { hit: { nl: 'Gevonden: {match}.', fr: 'Trouvé : {match}.', en: 'Found: {match}.' }, missing: { nl: 'Ontbreekt.', fr: 'Manque.', en: 'Missing.' } },
  suggestions: { fix: { nl: '{match} of gelijkwaardig', fr: '{match} ou équivalent', en: '{match} or equivalent' } },
  docs: { description: 'd', rationale: 'r', howToFix: 'h' },
};

function rule(name: string, body: Record<string, unknown>): Rule {
  return loadJsonRule({ id: `test/${name}`, ...header, ...body }, `${name}.json`);
}

function run(r: Rule, text: string) {
  const result = lint(readMarkdown(text), { packs: [{ name: 'test', rules: [r] }], rules: { [r.meta.id]: 'warning' } });
  return result.findings.map((f) => ({ id: f.ruleId, line: f.line, message: f.message, suggestion: f.suggestion?.text, missing: f.missing ?? false }));
}

const furniture = `# Bestek levering van bureaumeubilair

Deze opdracht voor leveringen heeft als voorwerp de levering van bureaustoelen.

De geraamde waarde van de opdracht bedraagt € 300.000 excl. btw.

## Perceel 1 - Stoelen

De waarde van perceel 1 wordt geraamd op € 200.000 excl. btw.

De stoelen worden geleverd met een dieselwagen.

## Perceel 2 - Tafels

De waarde van perceel 2 wordt geraamd op € 100.000 excl. btw.

De tafels worden geleverd met een dieselwagen.
`;

describe('declarative rules: forbid', () => {
  const diesel = rule('diesel', { forbid: [{ messageId: 'hit', suggestion: 'fix', pattern: { words: ['diesel*'] }, unless: [{ pattern: { terms: { nl: ['elektrisch*'] } }, within: 'sentence' }] }] });

  it('points at the matched words with the message and the suggestion filled in', () => {
    expect(run(diesel, 'Het vervoer gebeurt met dieselwagens.')).toEqual([{ id: 'test/diesel', line: 1, message: 'Gevonden: dieselwagens.', suggestion: 'dieselwagens of gelijkwaardig', missing: false }]);
  });

  it('matches whole words only, whatever the case', () => {
    expect(run(diesel, 'De DIESELMOTOR is vervangen.')).toHaveLength(1);
    expect(run(diesel, 'Biodiesel is niet toegelaten.')).toHaveLength(0);
  });

  it('honours an exception in the same sentence only', () => {
    expect(run(diesel, 'Geen dieselwagens maar elektrische wagens.')).toHaveLength(0);
    expect(run(diesel, 'Het vervoer gebeurt met dieselwagens. Elektrische wagens zijn welkom.')).toHaveLength(1);
  });

  it('reports once per sentence by default, per paragraph or document when asked', () => {
    const text = 'Dieselwagens en dieselbussen. Nog een dieselwagen.\n\nEen dieselbus.';
    expect(run(diesel, text)).toHaveLength(3);
    const perParagraph = rule('p', { forbid: [{ messageId: 'hit', pattern: { words: ['diesel*'] }, once: 'paragraph' }] });
    expect(run(perParagraph, text)).toHaveLength(2);
    const perDocument = rule('d', { forbid: [{ messageId: 'hit', pattern: { words: ['diesel*'] }, once: 'document' }] });
    expect(run(perDocument, text)).toHaveLength(1);
  });

  it('needs every "with" condition', () => {
    const r = rule('w', { forbid: [{ messageId: 'hit', pattern: { words: ['diesel*'] }, with: [{ pattern: { words: ['moet', 'moeten'] }, within: 'sentence' }] }] });
    expect(run(r, 'De wagens moeten op diesel rijden.')).toHaveLength(1);
    expect(run(r, 'Vroeger reden de wagens op diesel.')).toHaveLength(0);
  });

  it('reads "paragraph" for a list item as the item and the paragraph that introduces the list', () => {
    const r = rule('li', { forbid: [{ messageId: 'hit', pattern: { words: ['diesel*'] }, with: [{ pattern: { words: ['offerte'] }, within: 'paragraph' }] }] });
    expect(run(r, 'Bij de offerte hoort:\n\n- een dieselwagen.')).toEqual([expect.objectContaining({ line: 3 })]);
    expect(run(r, 'Tijdens de uitvoering:\n\n- een dieselwagen.')).toHaveLength(0);
  });

  it('reads "sentence-or-next" as the next sentence only when it is not about a match of its own', () => {
    const r = rule('n', { forbid: [{ messageId: 'hit', pattern: { regex: 'EN \\d{3,5}', caseSensitive: true }, unless: [{ pattern: { words: ['gelijkwaardig*'] }, within: 'sentence-or-next' }] }] });
    expect(run(r, 'De jas voldoet aan EN 343. Een gelijkwaardige norm wordt aanvaard.')).toHaveLength(0);
    expect(run(r, 'De schoen voldoet aan EN 20345. De jas voldoet aan EN 343 of een gelijkwaardige norm.')).toHaveLength(1);
  });

  it('looks "around" the match within the given distance', () => {
    const r = rule('a', { forbid: [{ messageId: 'hit', pattern: { words: ['FSC'] }, unless: [{ pattern: { words: ['e.d.'] }, within: 'around', chars: 15 }] }] });
    expect(run(r, 'Attesten (FSC, e.d.) worden voorgelegd.')).toHaveLength(0);
    expect(run(r, 'Het hout is FSC-gecertificeerd, zoals in de vorige opdracht met attesten e.d.')).toHaveLength(1);
  });

  it('lets a general equivalence clause excuse every reference of its kind', () => {
    const r = rule('g', { forbid: [{ messageId: 'hit', pattern: { regex: 'NBN EN \\d+', caseSensitive: true }, unless: [{ generalEquivalenceClause: ['standard'] }] }] });
    const clause = 'Elke vermelding van een norm in dit bestek wordt geacht gevolgd te worden door de woorden "of gelijkwaardig".';
    expect(run(r, `${clause}\n\nDe ramen voldoen aan NBN EN 14351.`)).toHaveLength(0);
    expect(run(r, 'De ramen voldoen aan NBN EN 14351.')).toHaveLength(1);
  });

  it('limits itself to its scope: block kinds and headings', () => {
    const r = rule('s', { scope: { blockKinds: ['paragraph', 'list-item'], exceptHeadings: { words: ['Referenties'] } }, forbid: [{ messageId: 'hit', pattern: { words: ['diesel'] } }] });
    expect(run(r, '# Diesel\n\n## Referenties\n\n- diesel\n\n## Uitvoering\n\nGeen diesel.')).toEqual([expect.objectContaining({ line: 9 })]);
  });
});

describe('declarative rules: require', () => {
  const clause = rule('clause', { require: [{ messageId: 'missing', pattern: { terms: { nl: ['circulair*'], fr: ['circulaire'], en: ['circular'] } }, within: 'document' }] });

  it('reports a missing clause once, as missing', () => {
    expect(run(clause, '# Bestek\n\nLevering van stoelen.')).toEqual([{ id: 'test/clause', line: 1, message: 'Ontbreekt.', suggestion: undefined, missing: true }]);
    expect(run(clause, '# Bestek\n\nDe stoelen zijn circulair ontworpen.')).toHaveLength(0);
  });
});

describe('declarative rules: when (json-logic over the facts)', () => {
  it('checks the text only when the condition on the facts holds', () => {
    const big = rule('big', { when: { '>=': [{ var: 'estimatedValue.amount' }, 250000] }, forbid: [{ messageId: 'hit', pattern: { words: ['diesel*'] } }] });
    const small = rule('small', { when: { '>=': [{ var: 'estimatedValue.amount' }, 350000] }, forbid: [{ messageId: 'hit', pattern: { words: ['diesel*'] } }] });
    expect(run(big, furniture)).toHaveLength(2);
    expect(run(small, furniture)).toHaveLength(0);
  });

  it('evaluates block-level operations for the lot the block is in', () => {
    const r = rule('lot', { when: { '>': [{ lotValue: [] }, 150000] }, forbid: [{ messageId: 'hit', pattern: { words: ['diesel*'] } }] });
    expect(run(r, furniture)).toEqual([expect.objectContaining({ line: 11 })]);
    const section = rule('sec', { when: { '==': [{ var: 'block.lot' }, 2] }, forbid: [{ messageId: 'hit', pattern: { words: ['diesel*'] } }] });
    expect(run(section, furniture)).toEqual([expect.objectContaining({ line: 17 })]);
  });

  it('offers the procurement tables as operations', () => {
    const threshold = rule('eu', { when: { '<': [{ var: 'estimatedValue.amount' }, { euThreshold: [{ var: 'contractType' }] }] }, forbid: [{ messageId: 'hit', pattern: { words: ['dieselwagen'] } }] });
    expect(run(threshold, furniture)).toHaveLength(0); // 300,000 is above the 216,000 for supplies
    const klass = rule('cls', { when: { '==': [{ accreditationClass: [{ var: 'estimatedValue.amount' }] }, 2] }, forbid: [{ messageId: 'hit', pattern: { words: ['dieselwagen'] } }] });
    expect(run(klass, furniture)).toHaveLength(2); // 300,000 needs class 2 (up to 330,000)
    const segment = rule('seg', { when: { in: ['furniture', { var: 'segments' }] }, require: [{ messageId: 'missing', pattern: { words: ['circulair*'] } }] });
    expect(run(segment, furniture)).toHaveLength(1);
    const trigger = rule('trg', { when: { '>': [{ var: 'estimatedValue.amount' }, { belgianTrigger: 'lotsDivision' }] }, require: [{ messageId: 'missing', pattern: { words: ['circulair*'] } }] });
    expect(run(trigger, furniture)).toHaveLength(1);
  });
});
