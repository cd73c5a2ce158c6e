import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A made-up headcount table by gender with ESRS S1-6's four gender categories, and contract types.
function row(label: string, value: string, caption: string): Mention {
  return {
    kind: 'table',
    line: 12,
    label,
    context: [caption],
    background: 1,
    value,
    unit: 'headcount',
    year: 2024,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

describe('gender categories beyond male and female', () => {
  it('reads "Other" and "Not reported" under a gender caption as gender groups of the headcount', () => {
    const caption = 'Table 4  Staff by gender (headcount)';
    const dims = (label: string) => classifyMention(row(label, '23', caption), ['gri-2021']).dims;
    expect(dims('Other')).toEqual({ gender: 'other' });
    expect(dims('Not reported')).toEqual({ gender: 'not reported' });
    expect(dims('Women')).toEqual({ gender: 'female' });
  });

  it('leaves "Other" under a caption of another breakdown alone', () => {
    const c = classifyMention(row('Other', '23', 'Table 5  Staff by business line'), ['gri-2021']);
    expect(c.dims.gender).toBeUndefined();
  });

  it('reads non-guaranteed hours employees as a contract type (ESRS S1-6)', () => {
    const c = classifyMention(row('Non-guaranteed hours employees', '41', 'Table 6  Staff by contract'), [
      'gri-2021',
    ]);
    expect(c.metric?.id).toBe('workforce.total');
    expect(c.dims.employment_type).toBe('non-guaranteed-hours');
  });
});
