// intensity.denominator: an intensity divided by another year's printed denominator.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { intensityDenominatorRule } from './intensity-denominator.js';

const run = (facts: readonly Fact[]) => intensityDenominatorRule.run(ruleContext(facts, () => undefined));

describe('intensity.denominator: last year’s revenue divided again', () => {
  // Revenue EUR 742.5 million in 2025, 688.0 million in 2024. 52,140 m³ / 742.5 = 70.22 m³ per EUR
  // million; 75.78 is 52,140 / 688.0, last year's revenue.
  const perRevenue = { denominator: 'EUR million' };
  const facts = (intensity: string): Fact[] => [
    printed({ metric: 'economic.revenue', value: '742.5', unit: 'EUR million', year: 2025, line: 8 }),
    printed({ metric: 'economic.revenue', value: '688.0', unit: 'EUR million', year: 2024, line: 8 }),
    printed({ metric: 'water.withdrawal', value: '52140', unit: 'm3', year: 2025, line: 40 }),
    printed({
      metric: 'water.intensity',
      value: intensity,
      unit: 'm3',
      year: 2025,
      line: 41,
      dims: perRevenue,
    }),
  ];

  it('warns and names the year whose denominator the intensity used', () => {
    const [found, ...rest] = run(facts('75.78'));
    expect(rest).toEqual([]);
    expect([found?.severity, found?.expected, found?.actual]).toEqual(['warning', '70.22', '75.78']);
    expect(found?.message).toContain("2024's");
  });

  it('raises nothing when the intensity divides its own year’s revenue', () => {
    expect(run(facts('70.22'))).toEqual([]);
  });

  it('only notes a disagreement that no other year explains', () => {
    expect(run(facts('81.40')).map((f) => f.severity)).toEqual(['info']);
  });
});
