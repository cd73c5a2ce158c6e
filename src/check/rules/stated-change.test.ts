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
