import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { findRunningHeaders, toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';

// A made-up value-distributed table whose group heading ends in a colon, its rows indented under it.
function yearsByLine(text: string): Map<number, number[]> {
  const lines = toReportLines(docFromText(text));
  const { mentions } = extractTables(lines, {
    reportYear: 2025,
    noise: findRunningHeaders(lines),
    skip: new Set(),
  });
  const years = new Map<number, number[]>();
  for (const m of mentions) years.set(m.line, [...(years.get(m.line) ?? []), m.year]);
  return years;
}

describe('a group heading ending in a colon', () => {
  it('keeps the table going, its rows dated by the header', () => {
    const years = yearsByLine(
      [
        'Table 3  Economic value',
        '',
        'EUR thousand                                     2025          2024',
        '---------------------------------------------------------------------',
        'Economic value generated                    5 120 400     4 870 200',
        'Economic value distributed:',
        '  Operating costs                           3 010 300     2 880 100',
        '  Wages and benefits                          840 600       801 900',
        'Economic value retained                       269 500       188 200',
      ].join('\n'),
    );
    expect(years.get(5)).toEqual([2025, 2024]);
    expect(years.get(7)).toEqual([2025, 2024]);
    expect(years.get(9)).toEqual([2025, 2024]);
  });

  it('is not a sentence with figures leading into a table below it', () => {
    const years = yearsByLine(
      [
        'Emissions totalled 1.240,5 t in 2025, most of them from transport:',
        '   Category                                          t',
        '   Transport                                   1.040,5',
        '   Travel                                        200,0',
      ].join('\n'),
    );
    expect(years.get(1)).toBeUndefined();
  });
});
