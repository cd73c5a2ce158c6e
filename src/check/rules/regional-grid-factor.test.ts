// factor.grid-stated: a grid factor stated for one state, against the site the tables name by it.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { namesPlace } from './regional-grid-factor.js';
import { statedGridFactorRule } from './stated-grid-factor.js';

const run = (facts: readonly Fact[]) =>
  statedGridFactorRule.run(ruleContext(facts, () => undefined)).map((f) => [f.expected, f.actual]);

const QUOTE =
  'Location-based Scope 2 uses the state grid factors: 0.79 kgCO2e/kWh for South Australia and 0.12 for Tasmania.';
const factor = (value: string) =>
  printed({
    metric: 'unclassified',
    value,
    unit: 'kgCO2e/kWh',
    year: 2025,
    line: 20,
    quote: QUOTE,
    extraction: 'text',
  });
const site = (metric: string, unit: string, value: string, where: string, line: number) =>
  printed({ metric, value, unit, year: 2025, line, dims: { site: where }, label: where });
const stated = [factor('0.79'), factor('0.12')];

describe('factor.grid-stated: state grid factors', () => {
  // SA: 41,200 MWh × 0.79 = 32,548 t; TAS: 8,600 MWh × 0.12 = 1,032 t.
  const tas = [
    site('energy.electricity', 'MWh', '8600', 'TAS', 41),
    site('ghg.scope2', 'tCO2e', '1032', 'TAS', 41),
  ];
  const sa = (scope2: string) => [
    site('energy.electricity', 'MWh', '41200', 'SA', 40),
    site('ghg.scope2', 'tCO2e', scope2, 'SA', 40),
  ];

  it('passes each site at its own state’s factor', () => {
    expect(run([...stated, ...sa('32548'), ...tas])).toEqual([]);
  });

  it('never applies one state’s factor to the whole group', () => {
    // 0.12 × (41,200 + 8,600) MWh would be 5,976 t; the group's 33,580 t adds the two states.
    const group = [
      printed({ metric: 'energy.electricity', value: '49800', unit: 'MWh', year: 2025, line: 43 }),
      printed({ metric: 'ghg.scope2', value: '33580', unit: 'tCO2e', year: 2025, line: 43 }),
    ];
    expect(run([...stated, ...sa('32548'), ...group])).toEqual([]);
  });

  it('flags a site whose Scope 2 is another state’s factor times its electricity', () => {
    // 41,200 × 0.12 = 4,944 t: Tasmania's factor applied to the South Australian site.
    expect(run([...stated, ...sa('4944'), ...tas])).toEqual([[expect.stringMatching(/^3254\d/), '4944']]);
  });

  it('reads a state by its name or its initials, not by another state’s', () => {
    expect(namesPlace('SA', 'South Australia')).toBe(true);
    expect(namesPlace('South Australia', 'South Australia')).toBe(true);
    expect(namesPlace('WA', 'Western Australian grid')).toBe(true);
    expect(namesPlace('TAS', 'Tasmania')).toBe(true);
    expect(namesPlace('SA', 'Tasmania')).toBe(false);
  });
});
