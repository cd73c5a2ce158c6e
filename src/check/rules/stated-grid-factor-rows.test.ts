// factor.grid-stated when the report prints grid purchases, own solar and total electricity as rows.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { statedGridFactorRule } from './stated-grid-factor.js';

const run = (facts: readonly Fact[]) =>
  statedGridFactorRule.run(ruleContext(facts, () => undefined)).map((f) => [f.expected, f.actual]);

const factor = printed({
  metric: 'unclassified',
  value: '0.7',
  unit: 'tCO2e/MWh',
  year: 2024,
  line: 30,
  quote: 'Scope 2 applies the national grid factor of 0.7 tCO2e/MWh.',
  extraction: 'text',
});
const row = (label: string, value: string, line: number) =>
  printed({ metric: 'energy.electricity', value, unit: 'MWh', year: 2024, line, label });
const rows = [
  row('Purchased grid electricity', '12000', 40),
  row('Rooftop solar electricity', '900', 41),
  row('Total electricity', '12900', 42),
];
const scope2 = (value: string) =>
  printed({ metric: 'ghg.scope2', value, unit: 'tCO2e', year: 2024, line: 50 });

describe('factor.grid-stated: the grid row among electricity rows', () => {
  it('passes Scope 2 that is the grid purchases times the factor', () => {
    expect(run([factor, ...rows, scope2('8400')])).toEqual([]);
  });

  it('flags Scope 2 that another factor gives from the grid purchases', () => {
    // 12,000 MWh × 0.81 = 9,720 t, but the stated 0.7 gives 8,400 t.
    expect(run([factor, ...rows, scope2('9720')])).toEqual([[expect.stringMatching(/^84\d\d$/), '9720']]);
  });

  it('reads nothing when two grid rows disagree', () => {
    const other = row('Electricity purchased from the grid', '12600', 90);
    expect(run([factor, ...rows, other, scope2('9720')])).toEqual([]);
  });
});
