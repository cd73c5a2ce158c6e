import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// Made-up cells of a leavers table printing each year's count beside its rate ("Number | %").
function cell(label: string, column: string, value: string, unit: string, caption: string): Mention {
  return {
    kind: 'table',
    line: 40,
    label,
    column,
    context: [caption, column],
    background: 1,
    value,
    unit,
    year: 2025,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

describe('a bare "Number" column beside "%" under a turnover caption', () => {
  const caption = 'Employee turnover by gender';

  it('reads the count as leavers, not as a rate without its unit', () => {
    const c = classifyMention(cell('Women', 'Number', '2318', '', caption), ['hkex-c2']);
    expect(c.metric?.id).toBe('turnover.count');
    expect(c.dims.gender).toBe('female');
  });

  it('keeps the "%" column the turnover rate', () => {
    const c = classifyMention(cell('Women', '%', '27.9', '%', caption), ['hkex-c2']);
    expect(c.metric?.id).toBe('turnover.rate');
  });
});

describe('countries named in a header of places', () => {
  const caption = 'Water withdrawn by operating base (m³)';
  const columns = ['Macau', 'Sri Lanka', 'Laos', 'Total'];
  const at = (column: string, heads: readonly string[]): Mention => ({
    ...cell('Water withdrawn', column, '9060', 'm³', caption),
    columns: heads,
  });

  it('reads a column naming a country as a region when every other column is a place or the whole', () => {
    for (const country of ['Sri Lanka', 'Laos']) {
      expect(classifyMention(at(country, columns), ['hkex-c2']).dims.region).toBe(country);
    }
  });

  it('leaves a country no region beside places named in another language', () => {
    const c = classifyMention(at('Laos', ['Ribeira', 'Laos', 'Norte', 'Total']), ['hkex-c2']);
    expect(c.dims.region).toBeUndefined();
  });

  it('reads a row under "By place of operation" as a region', () => {
    const c = {
      ...cell('Riverside', 'Number', '906', '', 'Headcount'),
      context: ['Headcount', 'By place of operation', 'Number'],
    };
    expect(classifyMention(c, ['hkex-c2']).dims.region).toBe('Riverside');
  });
});
