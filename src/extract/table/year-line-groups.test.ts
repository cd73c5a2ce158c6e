import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';

// Made-up tables whose rows come in groups, each under a year printed alone on a line.
function yearsOf(text: string, line: number) {
  const lines = toReportLines(docFromText(text));
  const { mentions } = extractTables(lines, { reportYear: 2025, noise: new Set(), skip: new Set() });
  return mentions.filter((m) => m.line === line).map((m) => [m.value, m.year]);
}

const HARVEST = [
  'Table 5  Output by county',
  '',
  '                                  Eastfold    Westmark    Group',
  '-----------------------------------------------------------------',
  '2025',
  'Grain harvested (tonnes)             4 210       3 905    8 115',
  'Farms in operation                      17          12       29',
  '',
  '2024',
  'Grain harvested (tonnes)             3 880       3 640    7 520',
  'Farms in operation                      16          12       28',
  '-----------------------------------------------------------------',
].join('\n');

describe('a year printed alone on a line over a group of rows', () => {
  it('dates the rows below it up to the next year line', () => {
    expect(yearsOf(HARVEST, 6)).toEqual([
      ['4210', 2025],
      ['3905', 2025],
      ['8115', 2025],
    ]);
    expect(yearsOf(HARVEST, 10)).toEqual([
      ['3880', 2024],
      ['3640', 2024],
      ['7520', 2024],
    ]);
    expect(yearsOf(HARVEST, 11).map(([, y]) => y)).toEqual([2024, 2024, 2024]);
  });
});
