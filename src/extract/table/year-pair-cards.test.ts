import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { findRunningHeaders, toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';

// KPI cards as a dashboard page prints them; the company and its figures are made up.
function read(text: string, reportYear = 2025) {
  const lines = toReportLines(docFromText(text));
  return extractTables(lines, { reportYear, noise: findRunningHeaders(lines), skip: new Set() }).mentions.map(
    (m) => [m.label, m.year, m.value, m.unit, m.line],
  );
}

describe('KPI cards: a label line with its unit at the far right over year-colon pairs', () => {
  it('reads each pair as its year’s figure of the label, in the label’s unit, the years either way', () => {
    const text = [
      'Our footprint at a glance',
      '',
      '  Liquefied petroleum gas                                          tonnes',
      '      2023: 412.5     2024: 398.1     2025: 377.9',
      '  Fleet fuel   وقود الأسطول                                       litres',
      '      2025: 84,310†     2024: 90,022',
      '  Share of certified suppliers                                      %',
      '      2025: 61.4',
    ].join('\n');
    expect(read(text)).toEqual([
      ['Liquefied petroleum gas', 2023, '412.5', 'tonnes', 4],
      ['Liquefied petroleum gas', 2024, '398.1', 'tonnes', 4],
      ['Liquefied petroleum gas', 2025, '377.9', 'tonnes', 4],
      ['Fleet fuel', 2025, '84310', 'litres', 6],
      ['Fleet fuel', 2024, '90022', 'litres', 6],
      ['Share of certified suppliers', 2025, '61.4', '%', 8],
    ]);
  });

  it('reads a label printed before its pairs on one line, the unit in its brackets', () => {
    const text = ['Rainwater harvested (m³):    2025: 7,250    2024: 6,980    2023: 5,115'].join('\n');
    expect(read(text).map((r) => r.slice(0, 4))).toEqual([
      ['Rainwater harvested (m3)', 2025, '7250', 'm3'],
      ['Rainwater harvested (m3)', 2024, '6980', 'm3'],
      ['Rainwater harvested (m3)', 2023, '5115', 'm3'],
    ]);
  });

  it('leaves a sentence over pairs, a year printed twice and words among the pairs alone', () => {
    const text = [
      'The figures below were restated after the audit.',
      '      2025: 12.5     2024: 11.0',
      '',
      'Boiler fuel                                   GJ',
      '      2025: 1,200     2025: 1,310',
      '',
      'Site visits                                   visits',
      '      2025: 14 planned     2024: 11',
    ].join('\n');
    expect(read(text)).toEqual([]);
  });
});

describe('a prior year in brackets after a figure', () => {
  it('is the sentence’s, not a year-pair line', () => {
    const text = [
      'Compost sold ..........................      3 412  t   (2024: 3 109)',
      'Volunteers gave 1,840 hours in 2025, an average of 6.2 hours each (2024: 5.8)',
    ].join('\n');
    expect(read(text).filter((r) => r[1] === 2024)).toEqual([]);
  });
});
