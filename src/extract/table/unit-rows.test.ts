import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { extractTables } from './index.js';

// A made-up table with no unit column: a "Unit:" line over each group of rows names their unit.
const TABLE = [
  'Table 7  Energy and emissions',
  'Indicator                                           2024          2025',
  '------------------------------------------------------------------------',
  '  Unit: MWh',
  '  Purchased electricity                         12,406.2      12,880.4',
  '  Solar electricity (own roofs)                    842.6       1,106.3',
  '  Unit: tCO2e',
  '  Scope 2 (location-based)                       5,911.5       6,020.1',
  '  Unit: tCO2e/THB million',
  '  GHG intensity                                    2.116         1.984',
].join('\n');

function unitsOf(line: number): string[] {
  const lines = toReportLines(docFromText(TABLE));
  const { mentions } = extractTables(lines, { reportYear: 2025, noise: new Set(), skip: new Set() });
  return mentions.filter((m) => m.line === line).map((m) => `${m.value} ${m.unit}`);
}

describe('a "Unit:" line among a table\'s rows', () => {
  it('gives the rows below it their unit, up to the next such line', () => {
    expect(unitsOf(5)).toEqual(['12406.2 MWh', '12880.4 MWh']);
    expect(unitsOf(6)).toEqual(['842.6 MWh', '1106.3 MWh']);
    expect(unitsOf(8)).toEqual(['5911.5 tCO2e', '6020.1 tCO2e']);
    expect(unitsOf(10)).toEqual(['2.116 tCO2e/THB million', '1.984 tCO2e/THB million']);
  });
});
