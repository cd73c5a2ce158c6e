// factor.stated: a half-year table ("1H | 2H | FY") pairs each half's input with the same half's output.
import { describe, expect, it } from 'vitest';
import { parseUnit, type Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { statedFactorRule } from './stated-factor.js';

const run = (facts: readonly Fact[]) => statedFactorRule.run(ruleContext(facts, () => undefined));

function factor(label: string, value: string, unit: string): Fact {
  const base = printed({ metric: 'unclassified', value, unit: '', year: 2025, line: 6, label });
  return { ...base, quantity: { value: base.quantity.value, unit: parseUnit(unit) } };
}

/** One cell of a half-year table row (no `half` dim for the year's own column). */
function cell(metric: string, label: string, value: string, unit: string, line: number, dims = {}): Fact {
  return printed({ metric, value, unit, year: 2025, line, label, dims });
}

describe('factor.stated: half-year columns', () => {
  // 640.0 thousand L × 2.75 kg/L = 1,760.0 t; 710.0 × 2.75 = 1,952.5 t (printed 2,087.6 = 710.0 × 2.94).
  const facts = (secondHalf: string, year: string): Fact[] => [
    factor('gas oil 2.75 kg CO2e per litre', '2.75', 'kgCO2e/L'),
    cell('energy.diesel', 'Gas oil (rigs, pumps)', '640.0', 'thousand L', 20, { half: 'H1' }),
    cell('energy.diesel', 'Gas oil (rigs, pumps)', '710.0', 'thousand L', 20, { half: 'H2' }),
    cell('energy.diesel', 'Gas oil (rigs, pumps)', '1350.0', 'thousand L', 20),
    cell('ghg.scope1', 'Scope 1 - gas oil', '1760.0', 'tCO2e', 30, { half: 'H1' }),
    cell('ghg.scope1', 'Scope 1 - gas oil', secondHalf, 'tCO2e', 30, { half: 'H2' }),
    cell('ghg.scope1', 'Scope 1 - gas oil', year, 'tCO2e', 30, { segment: 'gas oil' }),
    // A site table printing the same carrier by site: more inputs than one.
    cell('energy.diesel', 'Gas oil', '402.5', 'thousand L', 50, { site: 'Harbour pier' }),
    cell('energy.diesel', 'Gas oil', '947.5', 'thousand L', 51, { site: 'North quarry' }),
  ];

  it("flags the half whose output is not that half's input times the factor", () => {
    const [f, ...rest] = run(facts('2087.6', '3847.6'));
    expect(rest).toEqual([]);
    expect([f?.rule, f?.actual, f?.expected]).toEqual(['factor.stated', '2087.6', '1952.5']);
  });

  it('raises nothing when both halves follow the factor', () => {
    expect(run(facts('1952.5', '3712.5'))).toEqual([]);
  });
});
