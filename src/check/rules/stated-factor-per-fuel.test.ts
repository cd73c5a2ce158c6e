// factor.stated: a factor list that ends "per tonne of fuel" names each carrier before its number.
import { describe, expect, it } from 'vitest';
import { parseUnit, type Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { statedFactorRule } from './stated-factor.js';

const run = (facts: readonly Fact[]) => statedFactorRule.run(ruleContext(facts, () => undefined));

const SENTENCE =
  'Combustion factors are kerosene 3.150 and propane 2.990 tCO2e per tonne of fuel; heating values';

/** A factor read from the sentence, unclassified. */
function factor(value: string): Fact {
  const base = printed({
    metric: 'unclassified',
    value,
    unit: '',
    year: 2025,
    line: 4,
    label: SENTENCE,
    quote: SENTENCE,
  });
  return { ...base, quantity: { value: base.quantity.value, unit: parseUnit('tCO2e/t') } };
}

const row = (metric: string, value: string, unit: string, line: number, label: string): Fact =>
  printed({ metric, value, unit, year: 2025, line, label });

describe('factor.stated: "per tonne of fuel" after a list of factors', () => {
  // 1,240 t propane × 2.990 = 3,707.6 tCO2e; all fuel burnt is 7,310 t; the upstream row is Scope 3.
  const facts = (propaneCo2e: string): Fact[] => [
    factor('2.990'),
    row('unclassified', '6070', 't', 10, 'Kerosene'),
    row('unclassified', '1240', 't', 11, 'Propane'),
    row('unclassified', '7310', 't', 12, 'Total fuel burnt'),
    row('ghg.scope1', propaneCo2e, 'tCO2e', 20, 'Propane'),
    row('ghg.scope3', '16420', 'tCO2e', 30, 'Fuel-related upstream emissions'),
  ];

  it('pairs the factor with its own carrier, not with every row naming fuel', () => {
    expect(run(facts('3707.6'))).toEqual([]);
  });

  it('still flags the carrier row converted at another factor', () => {
    const found = run(facts('3906.0'));
    expect(found.map((f) => [f.rule, f.actual, f.expected])).toEqual([['factor.stated', '3906', '3707.6']]);
  });
});
