// factor.grid-stated on the region rows that the clause stating the grid factor names.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { statedGridFactorRule } from './stated-grid-factor.js';

const run = (facts: readonly Fact[]) =>
  statedGridFactorRule.run(ruleContext(facts, () => undefined)).map((f) => [f.expected, f.actual]);

const factor = (quote: string) =>
  printed({
    metric: 'unclassified',
    value: '0.62',
    unit: 'tCO2e/MWh',
    year: 2025,
    line: 12,
    quote,
    extraction: 'text',
  });
const row = (metric: string, label: string, region: string, value: string, unit: string, line: number) =>
  printed({ metric, value, unit, year: 2025, line, label, dims: { region } });
const rows = (westScope2: string) => [
  row('energy.electricity', 'Purchased electricity – Westland [MWh]', 'Westland [MWh]', '5000', 'MWh', 60),
  row('energy.electricity', 'Purchased electricity – Isles [MWh]', 'Isles [MWh]', '300', 'MWh', 61),
  row('ghg.scope2', 'Scope 2 – Westland grid [tCO2e]', 'Westland grid [tCO2e]', westScope2, 'tCO2e', 62),
  row('ghg.scope2', 'Scope 2 – Isles utility [tCO2e]', 'Isles utility [tCO2e]', '150', 'tCO2e', 63),
];
const named =
  'Electricity bought in Westland uses the regional grid factor (FY2025 0.62 tCO2e/MWh); the Isles office uses its utility factor (0.5).';

describe('factor.grid-stated: the region its clause names', () => {
  it('passes the region whose Scope 2 is its bought electricity times the factor', () => {
    expect(run([factor(named), ...rows('3100')])).toEqual([]);
  });

  it('flags the region whose Scope 2 another factor gives', () => {
    // 5,000 MWh × 0.71 = 3,550 t, but the stated 0.62 gives 3,100 t; the Isles row is not checked.
    expect(run([factor(named), ...rows('3550')])).toEqual([
      [expect.stringMatching(/^310\d(?:\.\d)?$/), '3550'],
    ]);
  });

  it('reads nothing when the clause names no region or two', () => {
    expect(run([factor('The regional grid factor is 0.62 tCO2e/MWh.'), ...rows('3550')])).toEqual([]);
    const both = 'Electricity bought in Westland and the Isles uses the grid factor 0.62 tCO2e/MWh.';
    expect(run([factor(both), ...rows('3550')])).toEqual([]);
  });
});
