import { describe, expect, it } from 'vitest';
import { extractDocument } from '../index.js';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { TURNOVER } from '../../../test/support/turnover-year-first.js';
import { datedMeasure } from './header.js';

// TURNOVER: a turnover table printing each year's leavers and rate side by side, the year first in each heading.

const factsOf = (text: string) => extractDocument(docFromText(text), { year: 2031 }).facts.map((f) => f.fact);

describe('a heading that prints the year before the measure of its column', () => {
  it('reads the year and the measure', () => {
    expect(datedMeasure('FY2031 leavers')).toEqual({
      year: { year: 2031, role: 'actual' },
      measure: 'leavers',
    });
    expect(datedMeasure('2030 rate (%)')).toEqual({
      year: { year: 2030, role: 'actual' },
      measure: 'rate (%)',
    });
  });

  it("dates each pair of columns by its own year, never the report's", () => {
    const rows = factsOf(TURNOVER('12.1'))
      .filter((f) => f.metric.startsWith('turnover.') && f.dims.age === '<35')
      .map((f) => [f.metric, f.period.year, f.quantity.value.toString()]);
    expect(rows).toEqual([
      ['turnover.count', 2031, '52'],
      ['turnover.rate', 2031, '12.1'],
      ['turnover.count', 2030, '47'],
      ['turnover.rate', 2030, '11.7'],
    ]);
  });
});
