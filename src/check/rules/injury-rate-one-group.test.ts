// rate.injury when the report prints hours worked for one worker group only and its rate plainly.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { injuryRateRule } from './injury-rate.js';

const run = (facts: readonly Fact[]) => injuryRateRule.run(ruleContext(facts, () => undefined));

/** "Hours worked (staff)  1,587,400" over "Recordable cases  9": the hours name their group, the count does not. */
const hours = (group: string, value: string, line: number) =>
  printed({
    metric: 'safety.hours_worked',
    value,
    unit: '',
    year: 2025,
    line,
    label: `Hours worked (${group})`,
    dims: { employment_type: group },
  });
const cases = printed({
  metric: 'safety.injuries',
  value: '9',
  unit: 'count',
  year: 2025,
  line: 62,
  label: 'Recordable cases',
});

/** The rate as a sentence gives it, per 200,000 hours. */
const said = (value: string) =>
  printed({
    metric: 'safety.injury_rate',
    value,
    unit: '',
    year: 2025,
    line: 70,
    label: `a recordable case rate of ${value} per 200,000 hours worked`,
    extraction: 'text',
  });

describe('rate.injury: hours printed for one worker group only', () => {
  // 9 ÷ 1,587,400 × 200,000 = 1.134.
  it('checks the plain rate against the only hours printed', () => {
    expect(run([hours('employee', '1587400', 61), cases, said('1.13')])).toEqual([]);
    const [f, ...rest] = run([hours('employee', '1587400', 61), cases, said('1.31')]);
    expect(rest).toEqual([]);
    expect([f?.rule, f?.severity, f?.expected]).toEqual(['rate.injury', 'warning', '1.13']);
  });

  it('leaves the plain rate alone when hours are printed for two groups', () => {
    const both = [hours('employee', '1587400', 61), hours('contractor', '402800', 63), cases, said('1.31')];
    expect(run(both)).toEqual([]);
  });

  /** A table row of recordable injuries or the rate, with its group when the row names one. */
  const row = (metric: string, value: string, line: number, group?: string) =>
    printed({
      metric,
      value,
      unit: 'count',
      year: 2025,
      line,
      label: group ? `Recordables (${group})` : 'Recordables',
      dims: group ? { employment_type: group } : {},
    });

  // Staff: 11 ÷ 1,837,250 × 1,000,000 = 5.99; over both groups' 2,350,950 hours it would be 4.68.
  const staffAndContractors = (plainRate: string) => [
    hours('employee', '1837250', 61),
    hours('contractor', '513700', 62),
    row('safety.injuries', '11', 63),
    row('safety.injury_rate', plainRate, 64),
    row('safety.injuries', '2', 65, 'contractor'),
    row('safety.injury_rate', '3.89', 66, 'contractor'),
  ];

  it('reads the plain rate as the group whose injuries are not printed apart', () => {
    expect(run(staffAndContractors('5.99'))).toEqual([]);
    const [f, ...rest] = run(staffAndContractors('6.99'));
    expect(rest).toEqual([]);
    expect([f?.rule, f?.severity, f?.expected]).toEqual(['rate.injury', 'error', '5.99']);
  });

  it('passes a plain rate that fits the whole workforce instead', () => {
    expect(run(staffAndContractors('4.68'))).toEqual([]);
  });
});
