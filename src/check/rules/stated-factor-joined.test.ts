// factor.stated: a carrier's two factors joined by "and" ("и" in South Slavic reports) share its name.
import { describe, expect, it } from 'vitest';
import { parseUnit, type Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { statedFactorRule } from './stated-factor.js';
import { subjectWords } from './stated-factor-subject.js';

const run = (facts: readonly Fact[]) => statedFactorRule.run(ruleContext(facts, () => undefined));

const SENTENCE =
  'Коефициенти: мазут 40.2 GJ/т и 3.12 tCO2e/т; бензин 0.0342 GJ/литар и 2.31 kg CO2e/литар; струја 3.6 GJ/MWh.';

/** A factor read from the sentence, unclassified, its label cut after its own unit. */
function factor(value: string, unit: string, label: string): Fact {
  const base = printed({
    metric: 'unclassified',
    value,
    unit: '',
    year: 2025,
    line: 3,
    label,
    quote: SENTENCE,
  });
  return { ...base, quantity: { value: base.quantity.value, unit: parseUnit(unit) } };
}

const row = (metric: string, value: string, unit: string, line: number, label: string): Fact =>
  printed({ metric, value, unit, year: 2025, line, label });

describe('subjectWords: the second of two factors joined by "and"', () => {
  it('takes the carrier named before the first factor', () => {
    const label = 'бензин 0.0342 GJ/литар и 2.31 kg CO2e/литар';
    expect([...subjectWords(label, '2.31', '')]).toEqual(['бензин']);
    expect([...subjectWords('petrol 0.0342 GJ/litre and 2.31 kgCO2e/litre', '2.31', '')]).toEqual(['petrol']);
  });

  it('stops at a Cyrillic "и" joining two carriers, not at a unit letter', () => {
    expect([...subjectWords('мазут и бензин 2.31 kg CO2e/литар', '2.31', '')]).toEqual(['бензин']);
  });
});

describe('factor.stated: a Macedonian factor sentence in kg CO2e per litre', () => {
  // 52,000 litres of petrol × 2.31 kg = 120.12 tCO2e; 86.4 t of fuel oil × 3.12 = 269.6 tCO2e.
  const facts = (petrolCo2e: string): Fact[] => [
    factor('3.12', 'tCO2e/t', 'мазут 40.2 GJ/т и 3.12 tCO2e/т'),
    factor('2.31', 'kgCO2e/L', 'бензин 0.0342 GJ/литар и 2.31 kg CO2e/литар'),
    // The factor's number read again as a bare mass, as a sentence's "2.31 kg" can be.
    row('unclassified', '2.31', 'kg', 3, 'бензин 0.0342 GJ/литар и'),
    row('unclassified', '86.4', 't', 10, 'Мазут за котли (т)'),
    row('unclassified', '52000', 'L', 11, 'Бензин за возила (литри)'),
    row('ghg.scope1', '269.6', 'tCO2e', 20, 'Опсег 1 – мазут'),
    row('ghg.scope1', petrolCo2e, 'tCO2e', 21, 'Опсег 1 – бензин'),
    row('ghg.scope1_2', '2410.5', 'tCO2e', 23, 'Вкупно Опсег 1 и 2'),
  ];

  it('pairs each factor with its own carrier, never a total with the other fuel', () => {
    expect(run(facts('120.1'))).toEqual([]);
  });

  it('still flags the petrol row converted at another factor', () => {
    const found = run(facts('131.6'));
    expect(found.map((f) => [f.rule, f.actual, f.expected])).toEqual([['factor.stated', '131.6', '120.12']]);
  });
});
