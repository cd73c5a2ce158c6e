import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A made-up climate metrics table priced in US dollars.
function row(label: string, unit: string, value: string): Mention {
  return {
    kind: 'table',
    line: 33,
    label,
    context: ['Climate-related metrics'],
    background: 1,
    value,
    unit,
    year: 2024,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

describe('a money intensity printed in another currency', () => {
  it('is the metric, keeping its currency and denominator', () => {
    const c = classifyMention(row('Internal carbon price (US$ per tCO2e)', 'US$/tCO2e', '65'), ['hkex-c2']);
    expect(c.metric?.id).toBe('climate.internal_carbon_price');
    expect(c.dims.denominator).toBe('tCO2e');
  });

  it('leaves a money figure with no denominator to a money metric that is not an intensity', () => {
    const c = classifyMention(row('Internal carbon price (US$)', 'US$', '65'), ['hkex-c2']);
    expect(c.metric?.kind).not.toBe('intensity');
  });
});
