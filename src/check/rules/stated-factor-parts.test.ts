// factor.stated: a factor's rows printed for a part and for the whole side by side.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { statedFactorRule } from './stated-factor.js';

const run = (facts: readonly Fact[]) =>
  statedFactorRule.run(ruleContext(facts, () => undefined)).map((f) => [f.severity, f.actual]);

const factor = printed({
  metric: 'unclassified',
  value: '0.2031',
  unit: 'kgCO2e/kWh',
  year: 2025,
  line: 12,
  label: 'fuel oil 0.2031 kgCO2e/kWh',
  extraction: 'text',
});
const row = (metric: string, unit: string, value: string, label: string, dims: Record<string, string>) =>
  printed({ metric, unit, value, label, year: 2025, line: 30, dims });
const scotland = { region: 'Scotland' };
// Scotland: 21,400 MWh × 0.2031 = 4,346.3 t; the group: 35,800 MWh × 0.2031 = 7,271.0 t.
const inputs = [
  row('energy.fuel_oil', 'MWh', '21400', 'Fuel oil', scotland),
  row('energy.fuel_oil', 'MWh', '35800', 'Fuel oil', {}),
];
const output = (part: string, whole: string) => [
  row('ghg.scope1', 'tCO2e', part, 'Scope 1 from fuel oil', scotland),
  row('ghg.scope1', 'tCO2e', whole, 'Scope 1 from fuel oil', {}),
];

describe('factor.stated: a part and the whole side by side', () => {
  it('warns of the part whose output is not its input times the factor', () => {
    expect(run([factor, ...inputs, ...output('4901.2', '7271.0')])).toEqual([['warning', '4901.2']]);
  });

  it('passes both columns on the factor, and never blames the whole alone', () => {
    expect(run([factor, ...inputs, ...output('4346.3', '7271.0')])).toEqual([]);
    expect(run([factor, ...inputs, ...output('4346.3', '7604.5')])).toEqual([]);
  });
});
