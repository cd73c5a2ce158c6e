// change.stated when the change's own metric gives no series: the table row printing the level the
// sentence names stands for it.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { statedChangeRule } from './stated-change.js';

const run = (facts: readonly Fact[]) => statedChangeRule.run(ruleContext(facts, () => undefined));

const row = (metric: string, value: string, year: number, line: number, label: string, unit = 'tCO2e') =>
  printed({ metric, value, unit, year, line, label });

/** A stated change of `of`, printed in `quote` as `value`%. */
const stated = (of: string, value: string, quote: string) =>
  printed({
    metric: 'change',
    value,
    unit: '%',
    year: 2024,
    line: 15,
    quote,
    dims: { of, direction: 'decrease' },
    extraction: 'text',
  });

describe('change.stated against the row that prints the named level', () => {
  // 8,214.6 against 8,530.2 tCO2e is −3.7%.
  const total = [
    row('ghg.total', '8214.6', 2024, 90, 'Total GHG emissions (Scope 1 and 2)'),
    row('ghg.total', '8530.2', 2023, 90, 'Total GHG emissions (Scope 1 and 2)'),
  ];
  const said = (value: string) =>
    stated(
      'ghg.scope1_2',
      value,
      `Combined Scope 1 and 2 emissions were 8,214.6 tCO2e, a decrease of ${value}% on the year before.`,
    );

  it('reads a change of "Scope 1 and 2" against the total row printing its level', () => {
    const [f, ...rest] = run([...total, said('9.9')]);
    expect(rest).toEqual([]);
    expect([f?.rule, f?.expected, f?.actual]).toEqual(['change.stated', '-9.9', '-3.7']);
  });

  it('accepts the change the row shows', () => {
    expect(run([...total, said('3.7')])).toEqual([]);
  });

  it('reads the level after "to" when the rows of the metric disagree', () => {
    const water = [
      row('water.consumption', '61200', 2024, 60, 'Municipal water', 'm3'),
      row('water.consumption', '63900', 2023, 60, 'Municipal water', 'm3'),
      row('water.consumption', '88450', 2024, 62, 'Total water consumption', 'm3'),
      row('water.consumption', '90630', 2023, 62, 'Total water consumption', 'm3'),
    ];
    const change = stated(
      'water.consumption',
      '7.5',
      'Water consumption decreased by 7.5% to 88,450 m3 after the leak repairs.',
    );
    const [f] = run([...water, change]);
    expect([f?.expected, f?.actual]).toEqual(['-7.5', '-2.4']);
  });

  it('reads the level after a South Slavic "na" (to), printed again in a targets table with no baseline', () => {
    // 5,312.8 against 5,402.1 tCO2e is −1.7%; the targets row prints the level beside 2021 and 2030.
    const rows = [
      row('ghg.scope1_2', '5312.8', 2024, 40, 'Ukupno Obim 1 i 2'),
      row('ghg.scope1_2', '5402.1', 2023, 40, 'Ukupno Obim 1 i 2'),
      row('ghg.scope1_2', '5312.8', 2024, 70, 'Obim 1 i 2 (t CO2e)'),
      row('ghg.scope1_2', '5890.0', 2021, 70, 'Obim 1 i 2 (t CO2e)'),
    ];
    const change = stated(
      'ghg.total',
      '8.3',
      'Ukupne emisije (Obim 1 i 2) smanjili smo za 8.3%, na 5,312.8 t CO2e, novim kotlovima.',
    );
    const [f, ...rest] = run([...rows, change]);
    expect(rest).toEqual([]);
    expect([f?.expected, f?.actual]).toEqual(['-8.3', '-1.7']);
  });

  it('says nothing when no row prints the named level', () => {
    expect(
      run([...total, stated('ghg.scope1_2', '9.9', 'Emissions fell by 9.9% on the year before.')]),
    ).toEqual([]);
  });
});

describe('change.stated when the printings of its metric disagree', () => {
  // Invented rows: "Total Scope 1 and 2" 6,120.4 → 5,804.9 (−5.2%), and an intensity row read as the
  // same metric, 3.10 → 2.79 (−10.0%), so neither year has one figure.
  const rows = [
    row('ghg.scope1_2', '6120.4', 2023, 70, 'Total Scope 1 and 2'),
    row('ghg.scope1_2', '5804.9', 2024, 70, 'Total Scope 1 and 2'),
    row('ghg.scope1_2', '3.10', 2023, 72, 'Scope 1 and 2 per unit of sales'),
    row('ghg.scope1_2', '2.79', 2024, 72, 'Scope 1 and 2 per unit of sales'),
  ];
  const said = (value: string) =>
    stated('ghg.scope1_2', value, `We reduced Scope 1 and 2 emissions by ${value}% compared with 2023.`);

  it('flags a change that no row printing both years shows', () => {
    const [f, ...rest] = run([...rows, said('17')]);
    expect(rest).toEqual([]);
    expect([f?.rule, f?.expected, f?.actual]).toEqual(['change.stated', '-17', '-5.2']);
  });

  it('accepts a change that one of the rows shows', () => {
    expect(run([...rows, said('5.2')])).toEqual([]);
    expect(run([...rows, said('10')])).toEqual([]);
  });
});

describe('change.stated naming no Scope 2 method, over a location-based and a market-based row', () => {
  const method = (value: string, year: number, line: number, scope2: string) =>
    printed({
      metric: 'ghg.scope1_2',
      value,
      unit: 'tCO2e',
      year,
      line,
      label: `Scope 1 and 2, ${scope2}-based`,
      dims: { scope2_method: scope2 },
    });
  // Location-based 20,480.0 → 19,964.2 is −2.5%; market-based 22,910.0 → 20,390.0 is −11.0%.
  const rows = [
    method('19964.2', 2024, 70, 'location'),
    method('20480.0', 2023, 70, 'location'),
    method('20390.0', 2024, 71, 'market'),
    method('22910.0', 2023, 71, 'market'),
  ];
  const said = (value: string) =>
    stated('ghg.scope1_2', value, `Our Scope 1 and 2 emissions fell by ${value}% in the year.`);

  it('flags a change that neither method’s row shows', () => {
    const [f, ...rest] = run([...rows, said('6.3')]);
    expect(rest).toEqual([]);
    expect([f?.rule, f?.expected]).toEqual(['change.stated', '-6.3']);
  });

  it('accepts the change either method’s row shows', () => {
    expect(run([...rows, said('11.0')])).toEqual([]);
    expect(run([...rows, said('2.5')])).toEqual([]);
  });
});
