// factor.grid-stated: a Scope 2 row of a group of sites, and a Japanese note of one grid factor a year.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { statedGridFactorRule } from './stated-grid-factor.js';

const run = (facts: readonly Fact[]) =>
  statedGridFactorRule.run(ruleContext(facts, () => undefined)).map((f) => [f.expected, f.actual, f.message]);

// Invented figures: a utility's factor stated with last year's in brackets, and a second grid's.
const POWER = 'Power: NGC 0.41 (2030: 0.44) kg CO2e/kWh;';
const INLAND = 'Inland state grid 0.6120 (2030: 0.6305) tCO2/MWh.';
const factor = (value: string, year: number, quote: string, unit: string) =>
  printed({ metric: 'unclassified', value, unit, year, line: 12, quote, extraction: 'text' });
const site = (name: string, value: string) =>
  printed({
    metric: 'energy.electricity',
    value,
    unit: 'MWh',
    year: 2031,
    line: 40,
    dims: { site: name },
    label: 'Purchased electricity (MWh)',
  });
const region = (label: string, value: string) =>
  printed({
    metric: 'ghg.scope2',
    value,
    unit: 'tCO2e',
    year: 2031,
    line: 71,
    dims: { region: label },
    label,
  });

const sites = [
  site('AB1 North Yard', '12140.4'),
  site('CD2 South Yard', '8060.6'),
  site('EF3 Inland', '5012.5'),
];
const factors = [
  factor('0.41', 2031, POWER, 'kgCO2e/kWh'),
  factor('0.44', 2030, POWER, 'kgCO2e/kWh'),
  factor('0.6120', 2031, INLAND, 'tCO2e/MWh'),
  factor('0.6305', 2030, INLAND, 'tCO2e/MWh'),
];
const inland = region('Inland (state grid): EF3', '3067.7');

describe('factor.grid-stated on a Scope 2 row of a group of sites', () => {
  it('passes a row that is its sites’ electricity times its grid’s factor', () => {
    // (12,140.4 + 8,060.6) MWh × 0.41 = 8,282.4 t; 5,012.5 MWh × 0.6120 = 3,067.7 t.
    expect(run([...factors, ...sites, region('Coastal (NGC): AB1 and CD2', '8282.4'), inland])).toEqual([]);
  });

  it('flags a row where one site kept last year’s factor, and names the site', () => {
    // 12,140.4 × 0.41 + 8,060.6 × 0.44 = 8,524.2 t.
    const [found, ...rest] = run([
      ...factors,
      ...sites,
      region('Coastal (NGC): AB1 and CD2', '8524.2'),
      inland,
    ]);
    expect(rest).toEqual([]);
    expect(found?.[1]).toBe('8524.2');
    expect(found?.[2]).toContain("CD2 South Yard's electricity at the factor stated for 2030");
  });
});

describe('factor.grid-stated on a Japanese note of one national average factor a year', () => {
  const QUOTE = '※5 全国平均係数：2030年度 0.430、2031年度 0.432 t-CO2/MWh（国内外の全拠点に適用）。';
  const note = (value: string, year: number) => factor(value, year, QUOTE, 'tCO2e/MWh');
  const electricity = (value: string, dims: Record<string, string> = {}) =>
    printed({ metric: 'energy.electricity', value, unit: 'MWh', year: 2031, line: 5, dims });
  const scope2 = (value: string, dims: Record<string, string>) =>
    printed({ metric: 'ghg.scope2', value, unit: 'tCO2e', year: 2031, line: 8, dims });
  const facts = [
    note('0.430', 2030),
    note('0.432', 2031),
    electricity('60440'),
    electricity('38900', { boundary: '単体' }),
    scope2('16800', { scope2_method: 'location', boundary: '単体' }),
    scope2('24300', { scope2_method: 'market' }),
  ];

  it('flags consolidated Scope 2 computed with the year before’s factor', () => {
    // 60,440 MWh × 0.430 = 25,989.2 t, printed instead of 60,440 × 0.432 = 26,110.1 t.
    const [found, ...rest] = run([...facts, scope2('25989', { scope2_method: 'location' })]);
    expect(rest).toEqual([]);
    expect(found?.[1]).toBe('25989');
    expect(found?.[2]).toContain('matches the factor stated for 2030');
    expect(run([...facts, scope2('26110', { scope2_method: 'location' })])).toEqual([]);
  });
});

describe('factor.grid-stated on a company whose sites are on two grids', () => {
  // Invented: the utility's clause names no grid, the second grid's does; rows print each grid's Scope 2.
  const UTILITY = 'Power: NGC 0.41 (2030: 0.44) kg CO2e/kWh for Coastal sites;';
  const STATE = 'Inland state grid 0.6120 (2030: 0.6305) tCO2/MWh for the Inland plant.';
  const year = (metric: string, value: string, unit: string, label: string, dims = {}) =>
    printed({ metric, value, unit, year: 2030, line: 50, dims, label });
  const facts = [
    factor('0.44', 2030, UTILITY, 'kgCO2e/kWh'),
    factor('0.6305', 2030, STATE, 'tCO2e/MWh'),
    year('energy.electricity', '23000.0', 'MWh', 'Purchased electricity'),
    year('ghg.scope2', '7920.0', 'tCO2e', 'Coastal (NGC)', { region: 'Coastal (NGC)' }),
    year('ghg.scope2', '3152.5', 'tCO2e', 'Inland (state grid)', { region: 'Inland (state grid)' }),
  ];

  it('sets the group Scope 2 against neither grid’s factor alone', () => {
    // 18,000 MWh × 0.44 + 5,000 MWh × 0.6305 = 11,072.5 t, not 23,000 MWh × 0.6305 = 14,501.5 t.
    expect(run([...facts, year('ghg.scope2', '11072.5', 'tCO2e', 'Total Scope 2')])).toEqual([]);
  });
});
