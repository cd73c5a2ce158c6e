// intensity.denominator: an intensity in the numerator's unit over revenue named in words, no currency
// ("t CO2e / nettoomsättning", "t CO2e / liikevaihto"): the revenue as the report prints it.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { intensityDenominatorRule } from './intensity-denominator.js';

const run = (facts: readonly Fact[]) => intensityDenominatorRule.run(ruleContext(facts, () => undefined));

// Net revenue EUR 236.4 million in 2025, 251.8 million in 2024; Scope 1 and 2 of 9,312 t ÷ 236.4 = 39.39,
// and 9,312 ÷ 251.8 = 36.98 is last year's revenue divided again. The total with Scope 3 (143,870 t) is
// printed above the intensity and divides nothing here.
const revenue = (value: string, year: number) =>
  printed({ metric: 'economic.revenue', value, unit: 'EUR million', year, line: 8 });
const intensity = (value: string, denominator: string) =>
  printed({
    metric: 'ghg.intensity',
    value,
    unit: 'tCO2e',
    year: 2025,
    line: 52,
    dims: { denominator },
    label: `Scope 1 och 2 / ${denominator}`,
  });
const facts = [
  revenue('236.4', 2025),
  revenue('251.8', 2024),
  printed({ metric: 'ghg.total', value: '143870', unit: 'tCO2e', year: 2025, line: 49 }),
  printed({ metric: 'ghg.scope1_2', value: '9312', unit: 'tCO2e', year: 2025, line: 50 }),
];

describe('intensity.denominator: revenue named in words under a caption unit', () => {
  it('divides the numerator that fits by the year’s revenue and names the year used', () => {
    const [found, ...rest] = run([...facts, intensity('36.98', 'nettoomsättning')]);
    expect(rest).toEqual([]);
    expect([found?.expected, found?.actual]).toEqual(['39.39', '36.98']);
    expect(found?.message).toContain("2024's");
  });

  it('raises nothing when the intensity divides its own year’s revenue, in Finnish as in German', () => {
    expect(run([...facts, intensity('39.39', 'liikevaihto')])).toEqual([]);
    expect(run([...facts, intensity('39.39', 'Umsatz')])).toEqual([]);
  });
});
