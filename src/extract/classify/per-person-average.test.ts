import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A made-up learning table whose unit cell prints the average's base ("hours/staff").
function row(label: string, value: string, unit: string, context: string[] = []): Mention {
  return {
    kind: 'table',
    line: 88,
    label,
    context: ['People development', ...context],
    background: 1,
    value,
    unit,
    year: 2022,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

describe('an average per person whose unit names the person', () => {
  it('is the average in hours, its breakdown rows too', () => {
    const all = classifyMention(row('Average hours of training delivered', '17.35', 'hours/staff'), [
      'gri-2021',
    ]);
    expect([all.metric?.id, all.quantity?.value.toString(), all.quantity?.unit.symbol]).toEqual([
      'training.hours_average',
      '17.35',
      'hours',
    ]);
    const women = classifyMention(
      row('i. Women', '15.08', 'hours per capita', ['Average hours of training']),
      ['gri-2021'],
    );
    expect([women.metric?.id, women.dims.gender]).toEqual(['training.hours_average', 'female']);
  });

  it('is no average when the unit is per something other than a person', () => {
    expect(
      classifyMention(row('Average hours of training', '3.2', 'hours/course'), ['gri-2021']).metric,
    ).toBeUndefined();
  });
});
