// factor.stated: marine fuels printed by name in one place and by abbreviation in another.
import { describe, expect, it } from 'vitest';
import { parseUnit, type Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { statedFactorRule } from './stated-factor.js';
import { withFuelAbbreviations } from './marine-fuel-names.js';

const run = (facts: readonly Fact[]) => statedFactorRule.run(ruleContext(facts, () => undefined));

/** A factor read from a sentence, unclassified, its label the words up to it. */
function factor(label: string, value: string): Fact {
  const base = printed({ metric: 'unclassified', value, unit: '', year: 2025, line: 6, label, quote: label });
  return { ...base, quantity: { value: base.quantity.value, unit: parseUnit('tCO2/t') } };
}

const SENTENCE = 'marine diesel oil 3.206 t CO2 per tonne, heavy fuel oil 3.114 t CO2 per tonne';

describe('factor.stated: marine fuel abbreviations', () => {
  // 12,500 t HFO × 3.114 = 38,925 t; 8,200 t MDO × 3.206 = 26,289.2 t, while 25,535 is 8,200 × 3.114.
  const facts = (mdoScope1: string): Fact[] => [
    factor('marine diesel oil 3.206 t CO2 per tonne', '3.206'),
    factor(SENTENCE, '3.114'),
    printed({
      metric: 'unclassified',
      value: '12500',
      unit: 't',
      year: 2025,
      line: 10,
      label: 'Heavy fuel oil bunkered (t)',
    }),
    printed({
      metric: 'unclassified',
      value: '8200',
      unit: 't',
      year: 2025,
      line: 11,
      label: 'MDO bunkered (t)',
    }),
    printed({
      metric: 'ghg.scope1',
      value: '38925',
      unit: 'tCO2e',
      year: 2025,
      line: 20,
      label: 'Vessels (HFO)',
    }),
    printed({
      metric: 'ghg.scope1',
      value: mdoScope1,
      unit: 'tCO2e',
      year: 2025,
      line: 21,
      label: 'Vessels (MDO)',
    }),
  ];

  it('pairs the abbreviated rows with the named factor and flags the one converted with the other fuel', () => {
    const found = run(facts('25535'));
    expect(found.map((f) => [f.rule, f.actual, f.expected])).toEqual([
      ['factor.stated', '25535', '26289.23'],
    ]);
  });

  it('raises nothing when each fuel has its own factor', () => {
    expect(run(facts('26289'))).toEqual([]);
  });

  it('reads a fuel name as its abbreviation, hyphenated or not', () => {
    expect(withFuelAbbreviations('very low-sulphur fuel oil and marine gas oil')).toBe('vlsfo and mgo');
    expect(withFuelAbbreviations('fuel oil for boilers')).toBe('fuel oil for boilers');
  });
});
