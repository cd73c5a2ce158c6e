// factor.grid-stated when a sentence states a factor per carrier and the table prints Scope 2 per carrier.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { statedGridFactorRule } from './stated-grid-factor.js';

const run = (facts: readonly Fact[]) =>
  statedGridFactorRule.run(ruleContext(facts, () => undefined)).map((f) => [f.expected, f.actual]);

const QUOTE =
  'Scope 2 (location-based) uses the grid factor for electricity of 0.64 tCO2e/MWh for 2024 and 0.58 tCO2e/MWh for 2025; district heat 0.31 tCO2e/MWh.';
const factor = (value: string, year: number, label: string) =>
  printed({
    metric: 'unclassified',
    value,
    unit: 'tCO2e/MWh',
    year,
    line: 40,
    label,
    quote: QUOTE,
    extraction: 'text',
  });
const factors = [
  factor('0.64', 2024, 'grid factor for electricity of 0.64 tCO2e/MWh for 2024'),
  factor('0.58', 2025, 'and 0.58 tCO2e/MWh for 2025'),
  factor('0.31', 2025, 'tCO2e/MWh for 2025; district heat 0.31 tCO2e/MWh'),
];
const energy = [
  printed({ metric: 'energy.electricity', value: '21500', unit: 'MWh', year: 2025, line: 50 }),
  printed({ metric: 'energy.heat', value: '6200', unit: 'MWh', year: 2025, line: 51 }),
];
const scope2 = (value: string, line: number, label: string) =>
  printed({
    metric: 'ghg.scope2',
    value,
    unit: 'tCO2e',
    year: 2025,
    line,
    label,
    dims: { scope2_method: 'location' },
  });
// 21,500 MWh × 0.58 = 12,470 t; 6,200 MWh × 0.31 = 1,922 t.
const rows = (electricity: string, total: string) => [
  scope2(total, 60, 'Scope 2 (location-based)'),
  scope2(electricity, 61, 'Purchased electricity (location-based)'),
  scope2('1922', 62, 'District heat (location-based)'),
];

describe('factor.grid-stated: a factor and a Scope 2 row per carrier', () => {
  it("flags the electricity's Scope 2 row that last year's factor gives, the heat bought besides", () => {
    // 21,500 MWh × 0.64 = 13,760 t printed instead of 12,470 t; the total 15,682 t adds the rows up.
    expect(run([...factors, ...energy, ...rows('13760', '15682')])).toEqual([
      [expect.stringMatching(/^1247\d/), '13760'],
    ]);
  });

  it('passes the row that is the electricity times the factor of its year', () => {
    expect(run([...factors, ...energy, ...rows('12470', '14392')])).toEqual([]);
  });
});

describe('factor.grid-stated: carriers worded in Polish', () => {
  const polish = (value: string, year: number, label: string) =>
    printed({
      metric: 'unclassified',
      value,
      unit: 'tCO2e/MWh',
      year,
      line: 70,
      label,
      quote:
        'Scope 2 metodą lokalizacyjną: dla energii elektrycznej 0.71 (2024) i 0.66 (2025); ciepło sieciowe 0.29.',
      extraction: 'text',
    });
  const stated = [
    polish('0.71', 2024, 'dla energii elektrycznej 0.71 (2024)'),
    polish('0.66', 2025, 'i 0.66 (2025)'),
    polish('0.29', 2025, 'ciepło sieciowe 0.29'),
  ];

  it("reads the heat's factor apart and checks the electricity's row", () => {
    // 21,500 MWh × 0.66 = 14,190 t; 15,265 t is 0.71 applied again.
    const found = run([
      ...stated,
      ...energy,
      scope2('17063', 80, 'Emisje pośrednie (Scope 2) – lokalizacyjnie'),
      scope2('15265', 81, 'energia elektryczna – lokalizacyjnie'),
      scope2('1798', 82, 'ciepło – lokalizacyjnie'),
    ]);
    expect(found).toEqual([[expect.stringMatching(/^1419\d/), '15265']]);
  });
});
