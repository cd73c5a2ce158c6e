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

// A localisation table counting citizens and non-citizens, as Botswana and Namibia print it (synthetic).
describe('a workforce table by citizenship', () => {
  it('counts citizen employees as nationals and non-citizens as a group of the headcount', () => {
    expect(classifyMention(row('Citizen employees', '3418', 'persons'), ['gri-2021']).metric?.id).toBe(
      'workforce.nationals',
    );
    const others = classifyMention(row('Non-citizen employees', '207', 'persons'), ['gri-2021']);
    expect(others.metric?.id).toBe('workforce.total');
    expect(others.dims.nationality).toBe('non-citizen employees');
  });

  it('reads the citizen share, and the citizens printed in %, as the nationalisation rate', () => {
    expect(classifyMention(row('Citizen share (%)', '94.3', '%'), ['gri-2021']).metric?.id).toBe(
      'workforce.nationals_share',
    );
    expect(classifyMention(row('Citizen employees', '94.3', '%'), ['gri-2021']).metric?.id).toBe(
      'workforce.nationals_share',
    );
    expect(classifyMention(row('Female employees', '41.7', '%'), ['gri-2021']).metric?.id).not.toBe(
      'workforce.nationals_share',
    );
  });
});
