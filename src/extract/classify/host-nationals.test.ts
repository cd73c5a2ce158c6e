import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

function row(label: string, value: string, unit: string): Mention {
  return {
    kind: 'table',
    line: 12,
    label,
    context: ['Table 4 Workforce at year end'],
    value,
    unit,
    year: 2031,
    basis: 'actual',
    quote: '',
    dims: {},
    background: 1,
  };
}

// Host-country nationals counted in a workforce table, named by any nationality (synthetic figures).
describe('a row of host-country nationals', () => {
  it('counts the nationals, never the headcount', () => {
    expect(classifyMention(row('Malawian nationals', '2816', 'number'), ['gri-2021']).metric?.id).toBe(
      'workforce.nationals',
    );
    expect(classifyMention(row('Host country nationals', '904', 'persons'), ['gri-2021']).metric?.id).toBe(
      'workforce.nationals',
    );
  });

  it('reads their share as the nationalisation rate', () => {
    expect(classifyMention(row('Malawian nationals share', '91.4', '%'), ['gri-2021']).metric?.id).toBe(
      'workforce.nationals_share',
    );
  });
});
