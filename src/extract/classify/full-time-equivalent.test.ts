import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A staff table made up for the test: one block of headcount, one of full-time equivalents.
function row(label: string, group: string, value: string, unit = ''): Mention {
  return {
    kind: 'table',
    line: 20,
    label,
    context: ['Table 6: Our people by site', group],
    background: 2,
    value,
    unit,
    year: 2024,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

const metricOf = (m: Mention) => classifyMention(m, ['gri-2021']).metric?.id;

describe('employees counted in full-time equivalents', () => {
  it('are workforce.fte under a heading of FTE, and the headcount under a heading of headcount', () => {
    expect(metricOf(row('Northfield', 'Full-time equivalents at year end', '412.5'))).toBe('workforce.fte');
    expect(metricOf(row('Northfield', 'Headcount at year end', '451'))).toBe('workforce.total');
    expect(metricOf(row('All sites', 'Total FTE', '1088.0'))).toBe('workforce.fte');
  });

  it('are workforce.fte when the row or its unit says FTE, however the row names employees', () => {
    expect(metricOf(row('Employees at 30 June (FTE)', 'Key figures', '1088'))).toBe('workforce.fte');
    expect(metricOf(row('Number of employees', 'Key figures', '1088', 'FTE'))).toBe('workforce.fte');
    expect(metricOf(row('Number of employees', 'Key figures', '1190', 'headcount'))).toBe('workforce.total');
  });

  it('are read from a sentence only by the unit after the figure', () => {
    const sentence = (label: string, value: string, unit: string): Mention => ({
      ...row(label, '', value, unit),
      kind: 'text',
      context: [],
      quote: label,
    });
    expect(
      metricOf(sentence('we employed 1,088 full-time equivalents', '1088', 'full-time equivalents')),
    ).toBe('workforce.fte');
    expect(metricOf(sentence('we employed 1,190 people (1,088 FTE)', '1190', 'people'))).toBe(
      'workforce.total',
    );
  });
});
