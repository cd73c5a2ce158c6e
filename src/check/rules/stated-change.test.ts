import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { statedChangeRule } from './stated-change.js';

const run = (facts: readonly Fact[]) => statedChangeRule.run(ruleContext(facts, () => undefined));

const intensity = (value: string, year: number, denominator: string, line = 40) =>
  printed({ metric: 'water.intensity', value, unit: 'm3', year, line, dims: { denominator } });
const change = (value: string, denominator: string) =>
  printed({
    metric: 'change',
    value,
    unit: '%',
    year: 2023,
    line: 12,
    dims: { of: 'water.intensity', direction: 'decrease', denominator },
    extraction: 'text',
  });

describe('change.stated on intensities', () => {
  // 5.63 → 5.41 m3 per tonne is −3.9%.
  const table = [intensity('5.63', 2022, 'tonne of pulp'), intensity('5.41', 2023, 'tonne of pulp')];

  it('accepts a stated fall that the intensities show, on the same denominator', () => {
    expect(run([...table, change('3.9', 'tonne of pulp')])).toEqual([]);
  });

  it('flags a stated fall the intensities do not show, its denominator worded otherwise', () => {
    const [f, ...rest] = run([...table, change('9.5', 'tonne')]);
    expect(rest).toEqual([]);
    expect([f?.rule, f?.expected, f?.actual]).toEqual(['change.stated', '-9.5', '-3.9']);
  });

  it('takes a change that names no denominator as of the only one printed', () => {
    const [f] = run([
      ...table,
      { ...change('9.5', 'x'), dims: { of: 'water.intensity', direction: 'decrease' } },
    ]);
    expect([f?.rule, f?.actual]).toEqual(['change.stated', '-3.9']);
  });

  it('does not guess between two denominators', () => {
    const revenue = [intensity('0.82', 2022, 'RMB 10,000', 41), intensity('0.80', 2023, 'RMB 10,000', 41)];
    expect(run([...table, ...revenue, change('9.5', 'tonne')])).toEqual([]);
  });
});

describe('change.stated on a table change column', () => {
  // Invented rows: propane bought in kg and again converted, each with its own change cell.
  const fuel = (value: string, year: number, line: number, unit: string) =>
    printed({ metric: 'energy.lpg', value, unit, year, line });
  const cell = (value: string, line: number) =>
    printed({ metric: 'change', value, unit: '%', year: 2031, line, dims: { of: 'energy.lpg' } });
  const rows = [
    fuel('52000', 2030, 20, 'kg'),
    fuel('55120', 2031, 20, 'kg'),
    fuel('640.0', 2030, 21, 'GJ'),
    fuel('704.0', 2031, 21, 'GJ'),
  ];

  it('compares each change cell with the figures of its own row', () => {
    // Row 20: 52,000 → 55,120 kg is +6.0%; row 21: 640.0 → 704.0 GJ is +10.0%.
    expect(run([...rows, cell('6.0', 20), cell('10.0', 21)])).toEqual([]);
    const [f, ...rest] = run([...rows, cell('16.0', 20), cell('10.0', 21)]);
    expect(rest).toEqual([]);
    expect([f?.rule, f?.source.map((s) => s.line), f?.actual]).toEqual(['change.stated', [20], '6']);
  });
});
