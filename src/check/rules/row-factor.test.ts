import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { rowFactorRule } from './row-factor.js';

function run(facts: readonly Fact[]) {
  return rowFactorRule.run(ruleContext(facts, () => undefined));
}

/** A grid-region row: electricity in MWh, the region's rate in lb CO2e/MWh, emissions in t CO2e. */
function region(line: number, label: string, mwh: string, rate: string, tonnes: string): Fact[] {
  const cell = (metric: string, value: string, unit: string) =>
    printed({ metric, value, unit, year: 2031, line, label });
  return [
    cell('energy.electricity', mwh, 'MWh'),
    cell('unclassified', rate, 'lbCO2e/MWh'),
    cell('ghg.scope2', tonnes, 'tCO2e'),
  ];
}

describe('factor.row', () => {
  // 48,260 MWh × 812.5 lb/MWh ÷ 2,204.62 lb/t = 17,786 t; 12,905 MWh × 1,310.2 / 2,204.62 = 7,669 t.
  it('says nothing when each row multiplies out', () => {
    expect(
      run([
        ...region(40, 'Zone A', '48260', '812.5', '17786'),
        ...region(41, 'Zone B', '12905', '1310.2', '7669'),
      ]),
    ).toEqual([]);
  });

  it('warns about the row whose result is not its amount times its own factor', () => {
    // Zone B computed with last year's 1,402.7 lb/MWh: 8,211 t.
    const found = run([
      ...region(40, 'Zone A', '48260', '812.5', '17786'),
      ...region(41, 'Zone B', '12905', '1310.2', '8211'),
    ]);
    expect(found.map((f) => [f.severity, f.source[0]?.line, f.expected, f.actual])).toEqual([
      ['warning', 41, '7669.4', '8211'],
    ]);
  });

  it('does not judge a row with two amounts the factor could apply to', () => {
    const row = region(42, 'Zone C', '1000', '1000', '999');
    const extra = printed({
      metric: 'energy.electricity',
      value: '2000',
      unit: 'MWh',
      year: 2031,
      line: 42,
      label: 'Zone C',
    });
    expect(run([...row, extra])).toEqual([]);
  });

  it("takes a factor printed with its unit in the cell, read as the line's text", () => {
    // 3,120 t of coke × 3.05 t CO2/t = 9,516 t; 10,452 t is 3.35 applied instead.
    const cell = (metric: string, value: string, unit: string, extraction: 'table' | 'text') =>
      printed({ metric, value, unit, year: 2031, line: 50, label: 'Coke', extraction });
    const row = (tonnes: string) => [
      cell('unclassified', '3120', 't', 'table'),
      cell('unclassified', '3.05', 'tCO2/t', 'text'),
      cell('ghg.scope1', tonnes, 'tCO2e', 'table'),
    ];
    expect(run(row('9516'))).toEqual([]);
    expect(run(row('10452')).map((f) => [f.expected, f.actual])).toEqual([['9516', '10452']]);
  });
});

describe('factor.row on a harvest row: area, harvest and yield per hectare', () => {
  /** A district's row: area in ha, harvest in t, yield in q/ha (invented figures). */
  const district = (line: number, ha: string, t: string, yieldQ: string): Fact[] =>
    [
      ['unclassified', ha, 'ha'],
      ['production.output', t, 't'],
      ['unclassified', yieldQ, 'q/ha'],
    ].map(([metric = '', value = '', unit = '']) =>
      printed({ metric, value, unit, year: 2031, line, label: 'Northbank' }),
    );

  it('says nothing when the yield is the harvest over the area', () => {
    // 14,322 t × 10 / 3,410 ha = 42.0 q/ha.
    expect(run(district(50, '3410', '14322', '42.0'))).toEqual([]);
  });

  it('warns when the yield printed is not the harvest over the area', () => {
    // 46.3 q/ha × 3,410 ha = 15,788 t, not 14,322 t.
    const found = run(district(50, '3410', '14322', '46.3'));
    expect(found.map((f) => [f.rule, f.severity, f.source[0]?.line])).toEqual([
      ['factor.row', 'warning', 50],
    ]);
  });
});
