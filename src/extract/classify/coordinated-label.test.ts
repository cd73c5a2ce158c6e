import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A made-up headcount table "Employees by function (persons)" with one row per function.
function row(label: string, value: string): Mention {
  return {
    kind: 'table',
    line: 12,
    label,
    context: ['Employees by function (persons)'],
    background: 1,
    value,
    unit: '',
    year: 2022,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

describe('a row that joins two categories of people', () => {
  it('is a category of the headcount, not the narrower metric one of them names', () => {
    const c = classifyMention(row('Engineering and R&D personnel', '1,093'.replace(',', '')), ['hkex-c2']);
    expect(c.metric?.id).toBe('workforce.total');
    expect(c.dims.employee_category).toBe('engineering and r&d');
    expect(c.quantity?.value.toString()).toBe('1093');
  });

  it('leaves a row naming one category to its own metric', () => {
    expect(classifyMention(row('R&D personnel', '377'), ['hkex-c2']).metric?.id).toBe(
      'innovation.rd_employees',
    );
  });

  it('leaves a phrase that spans the join to its metric', () => {
    expect(classifyMention(row('Research and development personnel', '377'), ['hkex-c2']).metric?.id).toBe(
      'innovation.rd_employees',
    );
  });
});
