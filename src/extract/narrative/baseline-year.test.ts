import { describe, expect, it } from 'vitest';
import { figuresOf } from './testing/read-mentions.js';

// Synthetic sentences (figures invented): a baseline printed with its year is that year's figure,
// not the target year's nor the report year's.
describe('baseline figures', () => {
  it('dates a baseline by the year printed before it, in a target sentence or not', () => {
    const target = figuresOf(
      'We will reduce Scope 1 and 2 emissions by 35% by 2030 from the FY2020 baseline of 24,310.7 tCO2e.',
      2025,
    );
    expect(target.find((f) => f.value === '24310.7')).toEqual({
      value: '24310.7',
      unit: 'tCO2e',
      year: 2020,
    });
    expect(target.find((f) => f.value === '35')?.year).toBe(2030);
    expect(figuresOf('Against the 2018/19 baseline of 52,114.9 tCO2e, emissions fell.', 2025)[0]?.year).toBe(
      2019,
    );
    expect(figuresOf('We aim for a 40% cut by 2030 from a 2018 base of 88,420 tCO2e.', 2025)[1]).toEqual({
      value: '88420',
      unit: 'tCO2e',
      year: 2018,
    });
  });

  it('dates a figure after "the base year YYYY were"', () => {
    expect(figuresOf('Scope 1+2 emissions in the base year 2020 were 301,455 tCO2e.', 2025)).toContainEqual({
      value: '301455',
      unit: 'tCO2e',
      year: 2020,
    });
  });
});
