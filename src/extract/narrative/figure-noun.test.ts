import { describe, expect, it } from 'vitest';
import { scanNumbers } from '../numbers/index.js';
import { isCountNoun, nounAfter } from './figure-noun.js';
import { isNoFigure } from './no-figure.js';

// Made-up sentences: the words after a figure and the numbers that are no figures of their own.
describe('the noun after a figure', () => {
  it('stops at the verb after a counted noun and reads on over "types of"', () => {
    expect(nounAfter(' field technicians completed the course').noun).toBe('field technicians');
    expect(nounAfter(' kinds of volunteer projects in 2025').noun).toBe('volunteer projects');
  });

  it('stops at a year after its "in" and at punctuation', () => {
    expect(nounAfter(' apprentices in 2025 across all plants').noun).toBe('apprentices');
    expect(nounAfter(' suppliers, of which 12 audited').noun).toBe('suppliers');
  });

  it('tells counted nouns from others', () => {
    expect([
      isCountNoun('inspectors'),
      isCountNoun('staff'),
      isCountNoun('process'),
      isCountNoun('water'),
    ]).toEqual([true, true, false, false]);
  });
});

describe('a number that is no figure of its own', () => {
  const noFigure = (sentence: string, printed: string) => {
    const token = scanNumbers(sentence).find((t) => t.printed === printed);
    return token !== undefined && isNoFigure(sentence, token);
  };

  it("is a unit's denominator, a threshold, a formula's power of ten or a scale in brackets", () => {
    expect(noFigure('Intensity was 0.73 GJ/1,000 litres bottled.', '1,000')).toBe(true);
    expect(noFigure('Sites above the 50,000 t reporting threshold report yearly.', '50,000')).toBe(true);
    expect(noFigure('LTIFR = injuries x 10^6 / hours worked.', '6')).toBe(true);
    expect(noFigure('Revenue (HKD 10,000) rose.', '10,000')).toBe(true);
  });

  it('leaves a plain amount alone', () => {
    expect(noFigure('We bottled 41,260 litres at the plant.', '41,260')).toBe(false);
  });
});
