import { describe, expect, it } from 'vitest';
import { parseCount } from '../../src/text/numbers.js';

describe('parseCount', () => {
  it.each([
    ['3', 3], ['drie', 3], ['Drie', 3], ['vijfenveertig', 45], ['tweeëntwintig', 22], ['dertig', 30], ['negentig', 90],
    ['trois', 3], ['trente-cinq', 35], ['quatre-vingt-dix', 90], ['nonante', 90], ['vingt-et-un', 21],
    ['three', 3], ['forty-five', 45], ['twelve', 12], ['één', 1],
  ])('reads %s as %d', (word, n) => {
    expect(parseCount(word)).toBe(n);
  });
  it('gives null for words that are no numbers', () => {
    expect(parseCount('percelen')).toBeNull();
    expect(parseCount('van')).toBeNull();
  });
});
