// factor.stated: which rows a stated factor pairs when several rows name its subject.
import { describe, expect, it } from 'vitest';
import { parseUnit, type Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { statedFactorRule } from './stated-factor.js';

const run = (facts: readonly Fact[]) => statedFactorRule.run(ruleContext(facts, () => undefined));

/** A factor read from a sentence (`quote`), as extraction leaves it: unclassified, its label the words before it. */
function factor(label: string, value: string, unit: string, quote = label): Fact {
  const base = printed({ metric: 'unclassified', value, unit: '', year: 2025, line: 4, label, quote });
  return { ...base, quantity: { value: base.quantity.value, unit: parseUnit(unit) } };
}

describe('factor.stated: an amount printed in two units', () => {
  // 212.4 GWh = 764.6 TJ; 212.4 GWh × 0.0815 kgCO2e/kWh = 17,310.6 tCO2e, not 18,220.
  const facts = (scope2: string): Fact[] => [
    factor('Grid electricity', '0.0815', 'kgCO2e/kWh'),
    printed({
      metric: 'energy.electricity',
      value: '212.4',
      unit: 'GWh',
      year: 2025,
      line: 20,
      label: 'Electricity (GWh)',
    }),
    printed({
      metric: 'energy.electricity',
      value: '764.6',
      unit: 'TJ',
      year: 2025,
      line: 21,
      label: 'Electricity (TJ)',
    }),
    printed({
      metric: 'ghg.scope2',
      value: scope2,
      unit: 'tCO2e',
      year: 2025,
      line: 30,
      label: 'Scope 2 – electricity',
    }),
  ];

  it('reads the two printings as one input and flags the output', () => {
    const [f, ...rest] = run(facts('18220'));
    expect(rest).toEqual([]);
    expect([f?.rule, f?.actual]).toEqual(['factor.stated', '18220']);
  });

  it('raises nothing when the output is the input times the factor', () => {
    expect(run(facts('17311'))).toEqual([]);
  });
});

describe('factor.stated: the row naming the whole subject', () => {
  // 512,300 GJ × 0.0561 t/GJ = 28,740.0 t; 31,400 GJ × 0.0631 = 1,981.3 t.
  const facts = (gasT: string): Fact[] => [
    factor('methane gas 0.0561 t CO2e/GJ, bottled gas 0.0631 t CO2e/GJ', '0.0561', 'tCO2e/GJ'),
    factor('methane gas 0.0561 t CO2e/GJ, bottled gas 0.0631 t CO2e/GJ', '0.0631', 'tCO2e/GJ'),
    printed({
      metric: 'energy.total',
      value: '512300',
      unit: 'GJ',
      year: 2025,
      line: 20,
      label: 'Methane gas',
    }),
    printed({
      metric: 'energy.total',
      value: '31400',
      unit: 'GJ',
      year: 2025,
      line: 21,
      label: 'Bottled gas',
    }),
    printed({
      metric: 'ghg.scope1',
      value: gasT,
      unit: 'tCO2e',
      year: 2025,
      line: 30,
      label: 'Direct – methane gas',
    }),
    printed({
      metric: 'ghg.scope1',
      value: '1981.3',
      unit: 'tCO2e',
      year: 2025,
      line: 31,
      label: 'Direct – bottled gas',
    }),
  ];

  it('pairs the methane gas factor with the methane gas rows, not the bottled gas ones', () => {
    const [f, ...rest] = run(facts('30480.6'));
    expect(rest).toEqual([]);
    expect([f?.rule, f?.actual]).toEqual(['factor.stated', '30480.6']);
  });

  it('raises nothing when each row follows its own factor', () => {
    expect(run(facts('28740.0'))).toEqual([]);
  });
});

describe('factor.stated: location- and market-based factors for one country', () => {
  // 41,200 MWh × 0.312 t/MWh = 12,854.4 t location-based; the residual mix applies to power no
  // certificate covers, so the market-based row is not the whole purchase times it.
  const facts = (locationT: string): Fact[] => [
    factor('electricity 0.0036 GJ/kWh', '0.0036', 'GJ/kWh'),
    factor('grid factor for Spain 0.312 kgCO2e/kWh', '0.312', 'kgCO2e/kWh'),
    factor(
      'residual mix 0.418 kgCO2e/kWh for Spain',
      '0.418',
      'kgCO2e/kWh',
      'Scope 2 market-based: residual mix 0.418 kgCO2e/kWh for Spain.',
    ),
    printed({
      metric: 'energy.electricity',
      value: '41200',
      unit: 'MWh',
      year: 2025,
      line: 20,
      label: 'Electricity bought – Spain',
    }),
    printed({
      metric: 'ghg.scope2',
      value: locationT,
      unit: 'tCO2e',
      year: 2025,
      line: 30,
      label: 'Scope 2 location-based – Spain',
      dims: { scope2_method: 'location' },
    }),
    printed({
      metric: 'ghg.scope2',
      value: '9950.0',
      unit: 'tCO2e',
      year: 2025,
      line: 31,
      label: 'Scope 2 market-based – Spain',
      dims: { scope2_method: 'market' },
    }),
  ];

  it('checks the location-based row against the unmarked factor, whatever the market-based row says', () => {
    const [f, ...rest] = run(facts('13620.7'));
    expect(rest).toEqual([]);
    expect([f?.rule, f?.actual]).toEqual(['factor.stated', '13620.7']);
  });

  it('raises nothing when the location-based row follows the factor', () => {
    expect(run(facts('12854.4'))).toEqual([]);
  });
});

describe('factor.stated: German articles and the Scope 2 method', () => {
  // 3,150 MWh × 0.267 t/MWh = 841.1 t: the fuel oil rows agree with their factor.
  const rows: Fact[] = [
    printed({
      metric: 'energy.other_fuels',
      value: '3150',
      unit: 'MWh',
      year: 2025,
      line: 20,
      label: 'Heizöl',
    }),
    printed({
      metric: 'energy.electricity',
      value: '20400',
      unit: 'MWh',
      year: 2025,
      line: 21,
      label: 'Bezug aus dem Netz',
    }),
    printed({
      metric: 'ghg.scope1',
      value: '841.1',
      unit: 'tCO2e',
      year: 2025,
      line: 30,
      label: 'Scope 1 – Heizöl',
    }),
    printed({
      metric: 'unclassified',
      value: '51300',
      unit: 'tCO2e',
      year: 2025,
      line: 40,
      label: 'gegenüber dem Basisjahr',
    }),
  ];

  it("reads 'mit dem Faktor' as no carrier, so the fuel's own rows are paired", () => {
    expect(run([factor('Heizöl mit dem Faktor 0.267 t CO2e/MWh', '0.267', 'tCO2e/MWh'), ...rows])).toEqual(
      [],
    );
  });

  it("takes a factor after 'marktbasiert' for a residual mix no row gives", () => {
    const mix = factor(
      'Netzstrom Polen mit dem Residualmix 0.690 t CO2e/MWh',
      '0.690',
      'tCO2e/MWh',
      'Scope 2 marktbasiert: Netzstrom Polen mit dem Residualmix 0.690 t CO2e/MWh.',
    );
    expect(run([mix, ...rows])).toEqual([]);
  });
});

describe('factor.stated: factors listed in a Bulgarian sentence, each "за" its fuel', () => {
  // 1,000 MWh × 0.302 = 302.0 t; 400 MWh × 0.251 = 100.4 t.
  const SENTENCE = 'Коефициентите са 0.302 т CO2/МВтч за мазут и 0.251 т CO2/МВтч за пропан-бутан.';
  const row = (metric: string, value: string, unit: string, line: number, label: string): Fact =>
    printed({ metric, value, unit, year: 2025, line, label });
  const facts = (propaneT: string): Fact[] => [
    factor('Коефициентите са 0.302 т CO2/МВтч за мазут', '0.302', 'tCO2/MWh', SENTENCE),
    factor('0.302 т CO2/МВтч за мазут и 0.251 т CO2/МВтч за пропан-бутан', '0.251', 'tCO2/MWh', SENTENCE),
    row('energy.other_fuels', '1000', 'MWh', 20, 'Мазут'),
    row('energy.lpg', '400', 'MWh', 21, 'Пропан-бутан'),
    row('ghg.scope1', '302.0', 'tCO2e', 30, 'мазут'),
    row('ghg.scope1', propaneT, 'tCO2e', 31, 'пропан-бутан'),
  ];

  it('gives the second factor to the fuel after its spaced unit, not to the first fuel', () => {
    expect(run(facts('100.4'))).toEqual([]);
    // 400 MWh × the first fuel's 0.302: computed with the wrong factor.
    expect(run(facts('120.8')).map((f) => [f.rule, f.actual])).toEqual([['factor.stated', '120.8']]);
  });
});

describe('factor.stated: an intensity is no stated factor', () => {
  // An intensity row of 41.30 t CO2e per million of revenue, and a sentence's Scope 3 of 9,120 t CO2e
  // beside a purchases row of 72,400 thousand: the intensity converts nothing.
  const facts = (label: string): Fact[] => [
    factor(label, '41.30', 'tCO2e/million EUR'),
    printed({
      metric: 'ghg.scope3',
      value: '9120',
      unit: 'tCO2e',
      year: 2025,
      line: 40,
      label: 'Scope 3 t CO2e',
    }),
    printed({
      metric: 'unclassified',
      value: '72400',
      unit: 'EUR thousand',
      year: 2025,
      line: 50,
      label: 'Purchases t CO2e million (thousand EUR)',
    }),
  ];

  it('pairs no rows with a figure labelled as an intensity, in any language', () => {
    for (const label of ['Intensity (t CO2e per million revenue)', 'Интензивност (т CO2e на млн. приходи)'])
      expect(run(facts(label)), label).toEqual([]);
  });
});
