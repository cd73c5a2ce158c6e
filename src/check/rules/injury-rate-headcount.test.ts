// rate.injury-headcount: an injury rate per 1,000 employees against the injuries and the headcount.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { injuryRateHeadcountRule } from './injury-rate-headcount.js';

const run = (facts: readonly Fact[]) => injuryRateHeadcountRule.run(ruleContext(facts, () => undefined));

const headcount = (value: string, year: number) =>
  printed({ metric: 'workforce.total', value, unit: 'persons', year, line: 40, label: 'Total employees' });
const injuries = (value: string, year: number) =>
  printed({ metric: 'safety.injuries', value, unit: 'count', year, line: 71, label: 'Accidents at work' });
const rate = (value: string, year: number, label = 'Accident frequency rate (per 1,000 employees)') =>
  printed({ metric: 'safety.injury_rate', value, unit: '', year, line: 74, label });

describe('rate.injury-headcount', () => {
  // 37 ÷ 6,180 × 1,000 = 5.99; 31 ÷ 6,020 × 1,000 = 5.15.
  const base = [headcount('6180', 2031), headcount('6020', 2030), injuries('37', 2031), injuries('31', 2030)];

  it('accepts a rate the injuries and the headcount give at the base it prints', () => {
    expect(run([...base, rate('5.99', 2031), rate('5.15', 2030)])).toEqual([]);
  });

  it('accepts a rate of the year’s average headcount', () => {
    // 37 ÷ ((6,180 + 6,020) ÷ 2) × 1,000 = 6.07.
    expect(run([...base, rate('6.07', 2031)])).toEqual([]);
  });

  it('reports a rate the injuries and headcount do not give, with the expected rate', () => {
    const [f, ...rest] = run([...base, rate('4.82', 2031), rate('5.15', 2030)]);
    expect(rest).toEqual([]);
    expect([f?.rule, f?.severity, f?.expected, f?.actual]).toEqual([
      'rate.injury-headcount',
      'error',
      '5.99',
      '4.82',
    ]);
  });

  it('reads the base as Polish tables print it', () => {
    const polish = 'Wskaźnik częstości wypadków (na 1 000 zatrudnionych)';
    expect(run([...base, rate('5.99', 2031, polish)])).toEqual([]);
    expect(run([...base, rate('4.82', 2031, polish)])[0]?.expected).toBe('5.99');
  });

  it('leaves a rate per hours worked to rate.injury', () => {
    expect(run([...base, rate('4.82', 2031, 'LTIFR (per 1,000,000 hours worked)')])).toEqual([]);
  });
});
