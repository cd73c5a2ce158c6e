import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';

// A made-up form table: a heading that splits a quantity by source, its total, then rows of other
// quantities that the heading does not name (as SEBI's BRSR water table prints them).
describe('a breakdown heading and the total of its quantity', () => {
  it('closes the heading at the total, so the rows below are named by their own words', () => {
    const lines = toReportLines(
      docFromText(
        [
          'Parameter                                                  FY 2025        FY 2024',
          'Fuel purchased by supplier (in kilolitres)',
          '(a) Refinery A                                              7,410          6,985',
          '(b) Refinery B                                              2,230          2,604',
          'Total quantity of fuel purchased (a + b)                    9,640          9,589',
          'Total quantity of fuel burnt on site                        9,118          9,377',
        ].join('\n'),
      ),
    );
    const found = extractTables(lines, { reportYear: 2025, noise: new Set(), skip: new Set() }).mentions;
    const contextOf = (line: number) => found.find((m) => m.line === line)?.context ?? [];
    expect(contextOf(3)).toContain('Fuel purchased by supplier (in kilolitres)');
    expect(contextOf(5)).toContain('Fuel purchased by supplier (in kilolitres)');
    expect(contextOf(6)).not.toContain('Fuel purchased by supplier (in kilolitres)');
  });
});
