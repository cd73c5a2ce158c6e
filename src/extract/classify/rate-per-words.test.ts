import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// Made-up sentences of a barge operator's report: figures per something printed in a plain unit.
function sentence(label: string, value: string, unit: string): Mention {
  return {
    kind: 'text',
    line: 88,
    label,
    context: [],
    value,
    unit,
    year: 2025,
    basis: 'actual',
    quote: `${label}.`,
    dims: {},
  };
}
const id = (label: string, value: string, unit: string) =>
  classifyMention(sentence(label, value, unit), ['gri-2021']).metric?.id;

describe('a sentence naming its figure as a quantity per something', () => {
  it('is no amount of that quantity when the unit prints no divisor', () => {
    expect(id('Diesel burned per barge trip came to 1.85 tonnes', '1.85', 'tonnes')).toBeUndefined();
    expect(id('Water withdrawal per tonne of grain dried was 0.42 m³', '0.42', 'm³')).toBeUndefined();
  });

  it('leaves totals per year, figures per employee and amounts named without a divisor as they were', () => {
    expect(id('Diesel burned by the barges came to 4,310 tonnes', '4310', 'tonnes')).toBe('energy.diesel');
    expect(id('Water withdrawn per year was 96,400 m³', '96400', 'm³')).toBe('water.withdrawal');
    expect(id('Diesel burned per employee came to 1.85 tonnes', '1.85', 'tonnes')).toBe(
      id('Diesel burned came to 1.85 tonnes', '1.85', 'tonnes'),
    );
  });
});
