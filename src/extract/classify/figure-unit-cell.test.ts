import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention, readPrintedUnit } from './index.js';

// A made-up workforce row whose unit cell was read one cell early and holds the first figure.
function row(label: string, unit: string, value: string): Mention {
  return {
    kind: 'table',
    line: 7,
    label,
    context: ['People'],
    value,
    unit,
    year: 2024,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

describe('a unit cell that holds a figure', () => {
  it('is no scale: the row keeps its own value', () => {
    expect(readPrintedUnit('3 417')).toBeUndefined();
    expect(readPrintedUnit('1,862')).toBeUndefined();
    const staff = classifyMention(row('Employees', '3 417', '3417'), ['gri-2021']);
    expect(staff.quantity?.value.toString()).toBe('3417');
    expect(staff.quantity?.unit.symbol).toBe('persons');
    const hours = classifyMention(row('Training hours', '5 083', '5083'), ['gri-2021']);
    expect(hours.quantity?.value.toString()).toBe('5083');
  });

  it('still reads a round power of ten as the scale tables print', () => {
    expect(readPrintedUnit('10,000')?.unit.toBase.toString()).toBe('10000');
    expect(readPrintedUnit('(1 000)')?.unit.toBase.toString()).toBe('1000');
  });
});
