import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { extractTables } from './index.js';

// A made-up table with no unit column: each label ends with its unit in square brackets.
const TABLE = [
  'Table 4  Resources',
  'Indicator                          2024          2025',
  'Steam bought [MWh]              3,412.6       3,388.1',
  'Well water drawn [m³]            86,410        84,950',
  'Scope 1 [tCO2e] [note 3]          1,204         1,187',
].join('\n');

function unitsOf(line: number): string[] {
  const lines = toReportLines(docFromText(TABLE));
  const { mentions } = extractTables(lines, { reportYear: 2025, noise: new Set(), skip: new Set() });
  return mentions.filter((m) => m.line === line).map((m) => `${m.value} ${m.unit}`);
}

describe('a unit in square brackets at the end of a row label', () => {
  it('is the unit of the row', () => {
    expect(unitsOf(3)).toEqual(['3412.6 MWh', '3388.1 MWh']);
    expect(unitsOf(4)).toEqual(['86410 m3', '84950 m3']);
  });

  it('takes no bracket of words for a unit', () => {
    expect(unitsOf(5).every((u) => !u.endsWith('note 3'))).toBe(true);
  });
});
