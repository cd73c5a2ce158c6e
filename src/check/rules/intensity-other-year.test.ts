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

  it('names the numerator whose quotient gives the other year, not the first one read', () => {
    // A row read as the total (8,310 t) divides to nothing printed; Scope 1 + 2 (19,644 t) over last
    // year's revenue (688.0) gives 28.55, over this year's (742.5) 26.46.
    const ghg = (metric: string, value: string, line: number): Fact =>
      printed({ metric, value, unit: 'tCO2e', year: 2025, line });
    const found = run([
      ...facts('70.22'),
      ghg('ghg.total', '8310', 51),
      ghg('ghg.scope1_2', '19644', 52),
      printed({
        metric: 'ghg.intensity',
        value: '28.55',
        unit: 'tCO2e',
        year: 2025,
        line: 53,
        dims: perRevenue,
      }),
    ]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '26.46', '28.55']]);
    expect(found[0]?.message).toContain('19,644');
  });
});
