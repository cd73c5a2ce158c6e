import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A headcount table printing each year's count beside its "%" column; made up for the test.
function cell(label: string, column: string, value: string, unit: string): Mention {
  return {
    kind: 'table',
    line: 12,
    label,
    column,
    context: ['Table 4: Number of employees', 'By region', column],
    background: 1,
    value,
    unit,
    year: 2024,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

describe('classifyMention of a "%" column beside a headcount', () => {
  it('reads the % column as the group share of the workforce and the count as the headcount', () => {
    expect(classifyMention(cell('Women', '(staff)', '417', 'staff'), ['hkex-2020']).metric?.id).toBe(
      'workforce.total',
    );
    const share = classifyMention(cell('Women', '(%)', '36.8', '%'), ['hkex-2020']);
    expect(share.metric?.id).toBe('workforce.share');
    expect(share.dims.gender).toBe('female');
  });

  it('leaves a named percentage column to its own metric', () => {
    const named = cell('Women', 'Turnover rate (%)', '9.4', '%');
    expect(classifyMention(named, ['hkex-2020']).metric?.id).not.toBe('workforce.share');
  });

  it('reads a "Percentage trained (%)" column over a staff group as the share trained (HKEX B3.1)', () => {
    const trained = {
      ...cell('Frontline staff', 'Percentage trained (%)', '88.4', '%'),
      context: ['Table 6: Learning', 'Percentage trained (%)'],
    };
    expect(classifyMention(trained, ['hkex-2020']).metric?.id).toBe('training.trained_share');
  });
});
