import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { averageOfTotalRule } from './average-of-total.js';

const run = (facts: readonly Fact[]) => averageOfTotalRule.run(ruleContext(facts, () => undefined));

describe('average.total against a training table', () => {
  // Invented table: the "Total" row prints 9,120 employees and 201,552 training hours in a column
  // with no unit (22.1 hours each); the overview prints 9,210 employees, so headcount disagrees.
  const facts = (average: string): Fact[] => [
    printed({ metric: 'workforce.total', value: '9210', unit: 'persons', year: 2030, line: 12 }),
    printed({ metric: 'workforce.total', value: '9120', unit: 'persons', year: 2030, line: 30 }),
    printed({ metric: 'training.hours_total', value: '201552', unit: '', year: 2030, line: 30 }),
    printed({
      metric: 'training.hours_average',
      value: average,
      unit: 'hours',
      year: 2030,
      line: 33,
      extraction: 'text',
    }),
  ];

  it('divides a total printed without a unit by the headcount on its own row', () => {
    const [f, ...rest] = run(facts('27.4'));
    expect(rest).toEqual([]);
    expect([f?.rule, f?.expected, f?.source.map((s) => ('line' in s ? s.line : 0))]).toEqual([
      'average.total',
      '22.1',
      [33, 30],
    ]);
    expect(run(facts('22.1'))).toEqual([]);
  });
});
