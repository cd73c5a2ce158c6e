import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { classifyMention } from '../classify/index.js';
import { toReportLines } from '../layout/index.js';
import { isDisclosure } from '../select/index.js';
import { extractNarrative } from './extract-narrative.js';

// Synthetic paragraphs in styles the held-out reports do not print: a September year end with
// "per cent" and "a year earlier"; "nil"; a change printed "rose from A in Y1 to B in Y2"; an
// average and a total after it in one clause. Every figure is invented.
const PEOPLE =
  'Our people. Headcount stood at 5,216 at 30 September 2024, up from 4,987 a year earlier. ' +
  'Women made up 38 per cent of the workforce.';
const SAFETY = 'Safety performance: there were nil fatalities during the year and no lost-time injuries.';
const EMISSIONS =
  'Energy and emissions — Scope 1 emissions rose from 48,300 tCO2e in 2023 to 51,020 tCO2e in 2024, ' +
  'while Scope 2 (market-based) emissions fell to 22,410 tCO2e.';
const LEARNING =
  'Learning. Each of our 2,050 colleagues completed an average of 26 hours of training in the year, ' +
  'and 98 per cent received a performance review.';

/** The disclosures a paragraph gives: value, year, metric and breakdown. */
function disclosures(text: string, reportYear = 2024) {
  const lines = toReportLines(docFromText(text));
  return extractNarrative(lines, { reportYear, skip: new Set() })
    .mentions.map((m) => classifyMention(m, ['hkex-2020', 'gri-2021']))
    .filter(isDisclosure)
    .map((c) => ({
      value: c.mention.value,
      year: c.mention.year,
      metric: c.metric?.id,
      ...(Object.keys(c.dims).length === 0 ? {} : { dims: c.dims }),
    }));
}

describe('prose in other styles', () => {
  it('reads a headcount named before its number and the year-earlier figure it is set against', () => {
    expect(disclosures(PEOPLE)).toEqual([
      { value: '5216', year: 2024, metric: 'workforce.total' },
      { value: '4987', year: 2023, metric: 'workforce.total' },
      { value: '38', year: 2024, metric: 'workforce.share', dims: { gender: 'female' } },
    ]);
  });
  it('reads "nil" and "no" incidents as zeros', () => {
    expect(disclosures(SAFETY).map((d) => [d.value, d.metric])).toEqual([
      ['0', 'safety.fatalities'],
      ['0', 'safety.lost_time_injuries'],
    ]);
  });
  it('names both figures of "A in Y1 and B in Y2" by the subject before the first', () => {
    const sales =
      'Net revenue from contracts with customers was ₹ 2,318.40 crore in FY 2023-24 and ₹ 2,107.95 crore in FY 2022-23.';
    expect(disclosures(sales).map((d) => [d.value, d.year, d.metric])).toEqual([
      ['2318.40', 2024, 'economic.revenue'],
      ['2107.95', 2023, 'economic.revenue'],
    ]);
    // A second figure in another unit is no second year of the first's measure.
    const mixed = 'Staff numbered 1,240 in 2024 and 36 contractors were engaged.';
    expect(disclosures(mixed).some((d) => d.value === '36' && d.metric === 'workforce.total')).toBe(false);
  });
  it('names both ends of "rose from A in Y1 to B in Y2" by the subject before "from"', () => {
    expect(disclosures(EMISSIONS)).toEqual([
      { value: '48300', year: 2023, metric: 'ghg.scope1' },
      { value: '51020', year: 2024, metric: 'ghg.scope1' },
      { value: '22410', year: 2024, metric: 'ghg.scope2', dims: { scope2_method: 'market' } },
    ]);
  });
  it('reads an average of training hours and a share reviewed beside a headcount of colleagues', () => {
    expect(disclosures(LEARNING)).toEqual([
      { value: '2050', year: 2024, metric: undefined },
      { value: '26', year: 2024, metric: 'training.hours_average' },
      { value: '98', year: 2024, metric: 'training.performance_review_share' },
    ]);
  });
});
