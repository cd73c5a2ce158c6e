import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A made-up people table: a headcount row, then the people of it who had a review (GRI 404-3).
function row(label: string, unit: string, value: string): Mention {
  return {
    kind: 'table',
    line: 77,
    label,
    context: ['Table 9 – Development of our people'],
    value,
    unit,
    year: 2027,
    basis: 'actual',
    quote: `${label}\t${value}`,
    dims: {},
    background: 1,
  };
}

const metricOf = (label: string, unit: string, value: string) =>
  classifyMention(row(label, unit, value), ['gri-2021']).metric?.id;

describe('employees with a performance and career review', () => {
  it('are those reviewed, not the headcount', () => {
    expect(metricOf('Employees with a performance and career development review', 'persons', '5127')).toBe(
      'training.performance_reviewed',
    );
    expect(
      metricOf('Women employees with a performance and career development review', 'persons', '2210'),
    ).toBe('training.performance_reviewed');
    expect(metricOf('Employees at year end', 'persons', '5390')).toBe('workforce.total');
  });
});
