import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { turnoverBreakdownRule } from './turnover-breakdown.js';

const run = (facts: readonly Fact[]) => turnoverBreakdownRule.run(ruleContext(facts, () => undefined));

const staff = (value: string, line: number, dims: Record<string, string> = {}) =>
  printed({ metric: 'workforce.total', value, unit: 'persons', year: 2024, line, dims });
const rate = (value: string, line: number, dims: Record<string, string> = {}, unit = '%') =>
  printed({ metric: 'turnover.rate', value, unit, year: 2024, line, dims });

// 1,012 staff: 604 men, 408 women; 296 under 30, 716 aged 30 and over. 152 left (91 men, 61 women;
// 74 under 30, 78 older): leavers ÷ headcount gives 15.0%, 15.1%, 15.0%, 25.0% and 10.9%.
const headcounts = [
  staff('1012', 10),
  staff('604', 11, { gender: 'male' }),
  staff('408', 12, { gender: 'female' }),
  staff('296', 13, { age: '<30' }),
  staff('716', 14, { age: '>=30' }),
];

describe('turnover.breakdowns', () => {
  it('reads bare rates under a "(%)" title as percentages: consistent ones raise nothing', () => {
    const rates = [
      rate('15.0', 20, {}, ''),
      rate('15.1', 21, { gender: 'male' }, ''),
      rate('15.0', 22, { gender: 'female' }, ''),
      rate('25.0', 23, { age: '<30' }, ''),
      rate('10.9', 24, { age: '>=30' }, ''),
    ];
    expect(run([...headcounts, ...rates])).toEqual([]);
  });

  it('flags bare rates that imply other leavers, with positive counts only', () => {
    const rates = [
      rate('15.0', 20, {}, ''),
      rate('15.1', 21, { gender: 'male' }, ''),
      rate('15.0', 22, { gender: 'female' }, ''),
      rate('35.0', 23, { age: '<30' }, ''),
      rate('10.9', 24, { age: '>=30' }, ''),
    ];
    const [f, ...rest] = run([...headcounts, ...rates]);
    expect(rest).toEqual([]);
    expect(f?.rule).toBe('turnover.breakdowns');
    expect(f?.message).not.toMatch(/-\d/);
    expect(f?.message).toMatch(/overall 17\d–17\d, gender 1[78]\d–18\d, age 24\d–24\d, taking/);
  });

  it('leaves out a breakdown whose headcounts do not make up the whole (a part not read)', () => {
    const rates = [
      rate('15.0', 20),
      rate('15.1', 21, { gender: 'male' }),
      rate('15.0', 22, { gender: 'female' }),
      rate('25.0', 23, { age: '<30' }),
      rate('12.0', 24, { age: '>=30' }),
    ];
    // With the 30-and-over headcount misread… the ages cover 296 + 50 of 1,012 people.
    const partial = [...headcounts.slice(0, 4), staff('50', 14, { age: '>=30' })];
    expect(run([...partial, ...rates])).toEqual([]);
    // …and read, 12.0% of 716 disagrees with the other breakdowns.
    expect(run([...headcounts, ...rates]).map((f) => f.rule)).toEqual(['turnover.breakdowns']);
  });

  it('takes a rate of 100% or more on the headcount basis only', () => {
    const rates = (female: string) => [
      rate('120', 20),
      rate('120', 21, { gender: 'male' }),
      rate(female, 22, { gender: 'female' }),
    ];
    // 1.2 × 1,012 = 1.2 × 604 + 1.2 × 408 on the headcount basis; the other would be negative.
    expect(run([...headcounts, ...rates('120')])).toEqual([]);
    const [f] = run([...headcounts, ...rates('150')]);
    expect(f?.message).toMatch(
      /overall 1,2\d\d–1,2\d\d, gender 1,3\d\d–1,3\d\d, taking rate = leavers ÷ headcount\)/,
    );
  });
});
