// intensity.denominator: an intensity row printed with no unit ("GHG emissions per net sales | 204.2").
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { intensityDenominatorRule } from './intensity-denominator.js';

const run = (facts: readonly Fact[]) => intensityDenominatorRule.run(ruleContext(facts, () => undefined));

// Net sales EUR 412.6 million in 2025, 386.9 million in 2024; 84,260 tCO2e ÷ 412.6 = 204.2, and
// 84,260 ÷ 386.9 = 217.8 is last year's sales divided again.
const sales = (value: string, unit: string, year: number) =>
  printed({ metric: 'economic.revenue', value, unit, year, line: 12 });
const intensity = (value: string) =>
  printed({
    metric: 'ghg.intensity',
    value,
    unit: '',
    year: 2025,
    line: 71,
    dims: { denominator: 'net sales' },
    label: 'Scope 1 and 2 emissions per net sales',
  });
const emissions = printed({ metric: 'ghg.total', value: '84260', unit: 'tCO2e', year: 2025, line: 64 });

describe('intensity.denominator: an intensity printed without a unit', () => {
  const inMillions = [sales('412.6', 'EUR million', 2025), sales('386.9', 'EUR million', 2024), emissions];

  it('divides the numerator as printed by the sales as printed, and names the year used', () => {
    const [found, ...rest] = run([...inMillions, intensity('217.8')]);
    expect(rest).toEqual([]);
    expect([found?.severity, found?.expected, found?.actual]).toEqual(['warning', '204.2', '217.8']);
    expect(found?.message).toContain("2024's");
  });

  it('raises nothing when it divides its own year’s sales', () => {
    expect(run([...inMillions, intensity('204.2')])).toEqual([]);
  });

  it('says nothing when the sales are printed at a scale the intensity cannot have used', () => {
    const inThousands = [sales('412600', 'EUR thousand', 2025), sales('386900', 'EUR thousand', 2024)];
    expect(run([...inThousands, emissions, intensity('217.8')])).toEqual([]);
  });
});
