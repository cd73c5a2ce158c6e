import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { extractNarrative } from './extract-narrative.js';

// Invented sentences printing a figure's scale in brackets, as mainland reports print 万 (10,000).
function amounts(text: string) {
  const lines = toReportLines(docFromText(text));
  return extractNarrative(lines, { reportYear: 2029, skip: new Set() }).mentions.map((m) => [
    m.value,
    m.unit,
  ]);
}

describe('a scale printed in brackets', () => {
  it('is the unit of the figure before it, and no amount of its own', () => {
    expect(amounts('The mill bought 1,375.40 (10,000 kWh) of wind power in 2029.')).toEqual([
      ['1375.40', '10,000 kWh'],
    ]);
    expect(
      amounts('Intensity is emissions over operating revenue (RMB 10,000), as in earlier years.'),
    ).toEqual([]);
  });
});

describe('a short money scale set apart from its amount', () => {
  it('reads "NOK 7 215.3 m" as millions, while "12 m" alone stays a length', () => {
    expect(amounts('Sales came to NOK 7 215.3 m and the new chimney is 85 m tall.')).toEqual([
      ['7215.3', 'NOK million'],
      ['85', 'm'],
    ]);
  });
});
