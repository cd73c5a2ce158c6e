// rate.injury when the hours row prints no unit and the rate is stated in a sentence.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { injuryRateRule } from './injury-rate.js';

const run = (facts: readonly Fact[]) => injuryRateRule.run(ruleContext(facts, () => undefined));

/** A safety table whose hours row is "Man-hours worked  2,431,800" with no unit printed. */
const rows = [
  printed({
    metric: 'safety.hours_worked',
    value: '2431800',
    unit: '',
    year: 2024,
    line: 120,
    label: 'Man-hours worked',
  }),
  printed({
    metric: 'safety.lost_time_injuries',
    value: '5',
    unit: 'count',
    year: 2024,
    line: 121,
    label: 'LTIs',
  }),
];

/** The rate as a sentence gives it, with no base printed. */
const said = (value: string) =>
  printed({
    metric: 'safety.lost_time_injury_rate',
    value,
    unit: '',
    year: 2024,
    line: 98,
    label: 'a lost-time injury frequency rate of ' + value,
    extraction: 'text',
  });

describe('rate.injury: hours worked printed without a unit', () => {
  // 5 ÷ 2,431,800 × 1,000,000 = 2.06; × 200,000 = 0.41.
  it('reads the bare hours as hours and accepts a rate either base gives', () => {
    expect(run([...rows, said('2.06')])).toEqual([]);
    expect(run([...rows, said('0.41')])).toEqual([]);
  });

  it('warns on a sentence rate neither base gives', () => {
    const [f, ...rest] = run([...rows, said('2.71')]);
    expect(rest).toEqual([]);
    expect([f?.rule, f?.severity, f?.expected]).toEqual(['rate.injury', 'warning', '2.06']);
  });
});
