// factor.stated when a sentence prints several conversions and a figure's label is clipped.
import { describe, expect, it } from 'vitest';
import { parseUnit, type Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { statedFactorRule } from './stated-factor.js';

const run = (facts: readonly Fact[]) => statedFactorRule.run(ruleContext(facts, () => undefined));

const SENTENCE =
  'LPG use was 8.40 tonnes, equivalent to 15.60 tons of standard coal, and kerosene use was 3.20 tonnes, ' +
  'equivalent to 4.71 tons of standard coal.';

/** A converted figure of the sentence: its label clipped to the words right before it, as extraction does. */
const converted = (value: string, label: string): Fact => {
  const f = printed({
    metric: 'energy.total',
    value,
    unit: 'MWh',
    printedUnit: 'tce',
    year: 2024,
    line: 31,
    label,
    quote: SENTENCE,
    extraction: 'text',
  });
  if (f.provenance.kind !== 'document') return f;
  return { ...f, provenance: { ...f.provenance, reported: { value, unit: 'tons of standard coal' } } };
};

const facts = (): Fact[] => {
  const base = printed({
    metric: 'unclassified',
    value: '1.7143',
    unit: '',
    year: 2024,
    line: 5,
    label: 'LPG 1.7143 kgce/kg',
    extraction: 'text',
  });
  return [
    { ...base, quantity: { value: base.quantity.value, unit: parseUnit('kgce/kg') } },
    printed({ metric: 'energy.lpg', value: '8.40', unit: 't', year: 2024, line: 80, label: 'LPG' }),
    converted('15.60', 'use was 8.40 tonnes, equivalent to 15.60 tons of standard coal'),
    converted('4.71', 'kerosene use was 3.20 tonnes, equivalent to 4.71 tons of standard coal'),
  ];
};

describe('factor.stated: the subject named earlier in the sentence', () => {
  // 8.40 t × 1.7143 kgce/kg = 14.40 tce, not 15.60.
  it('pairs a clipped figure with the fuel its clause names, not the next clause’s', () => {
    const [f, ...rest] = run(facts());
    expect(rest).toEqual([]);
    expect([f?.rule, f?.expected, f?.actual]).toEqual(['factor.stated', '14.4', '15.6']);
  });
});
