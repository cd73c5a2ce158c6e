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

describe('factor.grid-stated: market-based Scope 2 on the grid factor', () => {
  const market = (value: string, year = 2024) =>
    printed({
      metric: 'ghg.scope2',
      value,
      unit: 'tCO2e',
      year,
      line: 51,
      dims: { scope2_method: 'market' },
    });

  it('flags market-based Scope 2, the only Scope 2, that another factor gives from the grid row', () => {
    // 12,000 MWh of grid power × 0.7 = 8,400 t; 9,840 t is 0.82 applied instead.
    expect(run([factor, ...rows, market('9840')])).toEqual([[expect.stringMatching(/^84\d\d$/), '9840']]);
    expect(run([factor, ...rows, market('8400')])).toEqual([]);
  });

  it('takes the row naming the grid over a purchased total that includes green power', () => {
    const purchased = [row('Purchased electricity', '13100', 38), row('Grid electricity', '12000', 39)];
    expect(run([factor, ...purchased, market('9840')])).toEqual([
      [expect.stringMatching(/^84\d\d$/), '9840'],
    ]);
  });

  it('leaves market-based Scope 2 alone beside a location-based one, or without a grid row', () => {
    const location = printed({
      metric: 'ghg.scope2',
      value: '8400',
      unit: 'tCO2e',
      year: 2024,
      line: 52,
      dims: { scope2_method: 'location' },
    });
    expect(run([factor, ...rows, location, market('6100')])).toEqual([]);
    expect(run([factor, row('Total electricity', '12900', 42), market('6100')])).toEqual([]);
  });
});

describe('factor.grid-stated: each site a table prints apart', () => {
  const site = (metric: string, value: string, name: string, line: number) =>
    printed({
      metric,
      value,
      unit: metric === 'ghg.scope2' ? 'tCO2e' : 'MWh',
      year: 2024,
      line,
      label: metric === 'ghg.scope2' ? 'Scope 2' : 'Purchased electricity',
      dims: { site: name },
    });
  const plants = [
    site('energy.electricity', '5120', 'Ravenna plant', 60),
    site('energy.electricity', '3140', 'Lecco plant', 60),
    site('ghg.scope2', '3584', 'Ravenna plant', 61),
  ];

  it('flags the one site whose Scope 2 another factor gives, the company totals agreeing', () => {
    // Lecco: 3,140 MWh × 0.7 = 2,198 t, printed 2,543 t (0.81 applied); Ravenna's 3,584 t is right.
    const lecco = site('ghg.scope2', '2543', 'Lecco plant', 61);
    const whole = [row('Purchased electricity', '8260', 62), scope2('5782')];
    expect(run([factor, ...plants, lecco, ...whole])).toEqual([[expect.stringMatching(/^2198/), '2543']]);
    expect(run([factor, ...plants, site('ghg.scope2', '2198', 'Lecco plant', 61), ...whole])).toEqual([]);
  });
});

describe('factor.grid-stated: grid purchases printed again in another unit', () => {
  // 41,286 MWh printed again as 140,868 MMBtu, converted at a rounded 3.412 MMBtu/MWh (exactly 3.41214…).
  const inMwh = row('Purchased electricity', '41286', 60);
  const inMmbtu = printed({
    metric: 'energy.electricity',
    value: '140868',
    unit: 'MWh',
    printedUnit: 'MMBtu',
    year: 2024,
    line: 61,
    label: 'Purchased electricity',
  });

  it('takes the row printed in its own unit when the converted row agrees within the coefficient', () => {
    // 41,286 MWh × 0.7 = 28,900 t; 31,377 t is 0.76 applied instead.
    expect(run([factor, inMwh, inMmbtu, scope2('31377')])).toEqual([
      [expect.stringMatching(/^2890\d/), '31377'],
    ]);
    expect(run([factor, inMwh, inMmbtu, scope2('28900')])).toEqual([]);
  });
});
