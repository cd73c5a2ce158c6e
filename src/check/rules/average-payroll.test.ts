import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { averagePayrollRule } from './average-payroll.js';

const run = (facts: readonly Fact[]) => averagePayrollRule.run(ruleContext(facts, () => undefined));

describe('average.payroll against the payroll and the employees', () => {
  // Invented table: a wage fund of THB 86.40 million, 480 employees on average and 512 at year end.
  const facts = (average: string, label = 'Average pay per employee per month'): Fact[] => [
    printed({ metric: 'workforce.payroll', value: '86.40', unit: 'THB million', year: 2031, line: 40 }),
    printed({ metric: 'workforce.total', value: '480', unit: 'persons', year: 2031, line: 41 }),
    printed({ metric: 'workforce.total', value: '512', unit: 'persons', year: 2031, line: 12 }),
    printed({
      metric: 'workforce.average_pay',
      value: average,
      unit: 'THB thousand',
      printedUnit: 'THB thousand',
      year: 2031,
      line: 42,
      label,
    }),
  ];

  it('warns when no headcount gives the monthly pay, naming the count printed beside it', () => {
    const [f, ...rest] = run(facts('16.8'));
    expect(rest).toEqual([]);
    expect([f?.rule, f?.severity, f?.expected, f?.source.map((s) => ('line' in s ? s.line : 0))]).toEqual([
      'average.payroll',
      'warning',
      '15',
      [42, 40, 41],
    ]);
  });

  it('accepts the pay any headcount of the year gives, per month or, unsaid, per year', () => {
    expect(run(facts('15.0'))).toEqual([]);
    // 86.40 million ÷ 512 ÷ 12 = 14.06 thousand: the year-end headcount.
    expect(run(facts('14.1'))).toEqual([]);
    // 86.40 million ÷ 480 = 180 thousand a year.
    expect(run(facts('180', 'Average pay per employee'))).toEqual([]);
  });
});
