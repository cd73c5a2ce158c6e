import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A made-up economic table whose first row names its metric in words that also name a staff group.
function row(label: string, unit: string, value: string): Mention {
  return {
    kind: 'table',
    line: 14,
    label,
    context: ['Table 2 – Value created and shared'],
    background: 1,
    value,
    unit,
    year: 2025,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

describe('a money row whose label is its metric’s name', () => {
  it('reads "Net sales revenue" as revenue with no employee category', () => {
    const c = classifyMention(row('Net sales revenue', 'CZK million', '48210'), []);
    expect([c.metric?.id, c.dims]).toEqual(['economic.revenue', {}]);
  });
});
