import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A made-up training table whose rows print the employee category, a dash, then the measure.
function row(label: string, unit: string, value: string): Mention {
  return {
    kind: 'table',
    line: 71,
    label,
    context: ['Training by employee category'],
    background: 1,
    value,
    unit,
    year: 2025,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

describe('a row "category – measure"', () => {
  it('takes its employee category from before the dash when the part after it is the measure', () => {
    const headcount = classifyMention(row('Executive management – headcount', 'persons', '27'), []);
    const trained = classifyMention(row('Executive management – employees trained', 'persons', '25'), []);
    expect([headcount.metric?.id, headcount.dims]).toEqual([
      'workforce.total',
      { employee_category: 'executive management' },
    ]);
    expect([trained.metric?.id, trained.dims]).toEqual([
      'training.trained',
      { employee_category: 'executive management' },
    ]);
  });
});
