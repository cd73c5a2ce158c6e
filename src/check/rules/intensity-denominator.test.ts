// intensity.denominator when a report divides by another numerator than the one extraction named.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { intensityDenominatorRule } from './intensity-denominator.js';

const run = (facts: readonly Fact[]) =>
  intensityDenominatorRule.run(ruleContext(facts, () => undefined)).map((f) => [f.severity, f.source]);

const row = (metric: string, value: string, unit: string, line: number, dims: Record<string, string> = {}) =>
  printed({ metric, value, unit, year: 2024, line, dims });
const perTonne = (metric: string, value: string, unit: string, line: number) =>
  row(metric, value, unit, line, { denominator: 'tonne of product' });

describe('intensity.denominator: every numerator the report may have divided', () => {
  // 400,400 t of product: 1,850,000 GJ / 4.62, 86,250 tCO2e (Scope 1 + 2, market) / 0.2154,
  // 2,050,000 m³ withdrawn / 5.12. The plain GHG row is another figure (biogenic CO2, 9,870 t) and
  // water consumed (512,000 m³) is not what the water intensity divides.
  const numerators = [
    row('energy.total', '1850000', 'GJ', 30),
    row('ghg.total', '9870', 'tCO2e', 44),
    row('ghg.scope1_2', '86250', 'tCO2e', 42, { scope2_method: 'market' }),
    row('ghg.scope1_2', '97400', 'tCO2e', 43, { scope2_method: 'location' }),
    row('water.consumption', '512000', 'm3', 60),
    row('water.withdrawal', '2050000', 'm3', 58),
  ];
  const energy = perTonne('energy.intensity', '4.62', 'GJ', 31);
  const water = perTonne('water.intensity', '5.12', 'm3', 61);

  it('finds no disagreement when some printed numerator of each intensity gives the common denominator', () => {
    expect(run([...numerators, energy, water, perTonne('ghg.intensity', '0.2154', 'tCO2e', 45)])).toEqual([]);
  });

  it('still finds an intensity that no numerator reconciles (divided by 375,300 t)', () => {
    const ghg = perTonne('ghg.intensity', '0.2298', 'tCO2e', 45);
    const found = run([...numerators, energy, water, ghg]);
    expect(found.map(([severity]) => severity)).toEqual(['warning']);
    expect(found[0]?.[1]).toContainEqual({ line: 45 });
  });
});

describe('intensity.denominator: a count of what an intensity is per', () => {
  // 58 stores: 12,180 MWh / 210.0 and 5,046 tCO2e / 87.0; the GHG one was divided by last year's 52.
  const perStore = (metric: string, value: string, unit: string, line: number) =>
    row(metric, value, unit, line, { denominator: 'store' });
  const stores = printed({ metric: 'unclassified', value: '58', unit: 'count', year: 2024, line: 12 });
  const facts = [
    row('energy.total', '12180', 'MWh', 70),
    perStore('energy.intensity', '210.0', 'MWh', 71),
    row('ghg.total', '5046', 'tCO2e', 80),
    perStore('ghg.intensity', '97.0', 'tCO2e', 81),
  ];
  const withUnit = (f: Fact, counted: string): Fact => ({
    ...f,
    quantity: { ...f.quantity, unit: { ...f.quantity.unit, symbol: counted, counted } },
  });

  it('names the intensity the printed count of stores does not side with', () => {
    const found = run([...facts, withUnit(stores, 'stores')]);
    expect(found.map(([severity]) => severity)).toEqual(['warning']);
    expect(found[0]?.[1]?.[0]).toEqual({ line: 81 });
  });

  it('takes no count of another thing, nor a year with two counts', () => {
    expect(run([...facts, withUnit(stores, 'vans')])[0]?.[1]?.[0]).toEqual({ line: 71 });
    const other = withUnit(
      { ...stores, quantity: { ...stores.quantity, value: stores.quantity.value.plus(4) } },
      'stores',
    );
    expect(run([...facts, withUnit(stores, 'stores'), other])[0]?.[1]?.[0]).toEqual({ line: 71 });
  });
});

describe('intensity.denominator: revenue printed in a currency other than RMB', () => {
  // Revenue S$ 38,000 million: 91,200 GJ / 2.40; the GHG intensity 0.190 was divided by S$ 40,000 million.
  const perRevenue = (metric: string, value: string, unit: string, line: number) =>
    row(metric, value, unit, line, { denominator: 'S$ million revenue' });
  const facts = [
    row('energy.total', '91200', 'GJ', 20),
    perRevenue('energy.intensity', '2.40', 'GJ', 21),
    row('ghg.total', '7600', 'tCO2e', 30),
    perRevenue('ghg.intensity', '0.190', 'tCO2e', 31),
  ];
  const revenue = row('economic.revenue', '38000', 'SGD million', 5);

  it('takes the printed revenue as the denominator both intensities should imply', () => {
    const found = intensityDenominatorRule.run(ruleContext([...facts, revenue], () => undefined));
    expect(found.map((f) => [f.severity, f.source[0]])).toEqual([['warning', { line: 31 }]]);
    expect(found[0]?.message).not.toContain('one of them');
  });
});

describe('intensity.denominator: a count of a two-word thing, for one region', () => {
  // Coastal region, 2024: 40,500 bed nights; 1,377 MWh / 34.0 kWh and 81.0 tCO2e / 2.0 kg per bed
  // night; the energy one was divided by last year's 45,000 (30.6 kWh). Inland's count must not be taken.
  const coastal = { region: 'Coastal' };
  const perBedNight = (metric: string, value: string, unit: string, line: number) =>
    row(metric, value, unit, line, { ...coastal, denominator: 'bed night' });
  const count = (value: string, region: string, line: number): Fact => {
    const f = printed({ metric: 'unclassified', value, unit: 'count', year: 2024, line, dims: { region } });
    return {
      ...f,
      quantity: { ...f.quantity, unit: { ...f.quantity.unit, symbol: 'bed nights', counted: 'bed nights' } },
    };
  };
  const facts = [
    row('energy.total', '1377', 'MWh', 40, coastal),
    perBedNight('energy.intensity', '30.6', 'kWh', 41),
    row('ghg.total', '81.0', 'tCO2e', 50, coastal),
    perBedNight('ghg.intensity', '2.0', 'kgCO2e', 51),
  ];

  it('sides with the intensity that the region’s own count of bed nights gives', () => {
    const all = [...facts, count('40500', 'Coastal', 12), count('45000', 'Inland', 12)];
    const found = intensityDenominatorRule.run(ruleContext(all, () => undefined));
    expect(found.map((f) => [f.severity, f.source[0]])).toEqual([['warning', { line: 41 }]]);
    // The count and the GHG intensity agree: the energy intensity alone is off.
    expect(found[0]?.message).not.toContain('one of them');
  });
});

describe('intensity.denominator: a numerator printed with values that disagree', () => {
  // 61,200 t of paper: 83,844 MWh / 1.370 and 189,720 m³ withdrawn / 3.100; a highlight misprints the
  // withdrawal as 198,720 m³, and water consumed (41,004 m³) is not what the water intensity divides.
  const facts = [
    row('energy.total', '83844', 'MWh', 40),
    perTonne('energy.intensity', '1.370', 'MWh', 41),
    row('water.withdrawal', '198720', 'm3', 8),
    row('water.withdrawal', '189720', 'm3', 60),
    row('water.consumption', '41004', 'm3', 62),
    perTonne('water.intensity', '3.100', 'm3', 63),
  ];

  it('reads the intensity over each printing, so the misprint alone sets no intensity apart', () => {
    expect(run(facts)).toEqual([]);
  });

  it('still finds an intensity that no printing reconciles', () => {
    const found = run([...facts.slice(0, 5), perTonne('water.intensity', '3.400', 'm3', 63)]);
    expect(found.map(([severity]) => severity)).toEqual(['warning']);
  });
});
