import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { findRunningHeaders, toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';

// Layouts where each figure carries its own unit; the tables are made up for the tests.
function read(text: string, reportYear = 2025) {
  const lines = toReportLines(docFromText(text));
  return extractTables(lines, { reportYear, noise: findRunningHeaders(lines), skip: new Set() }).mentions;
}

describe('tables with the unit after each figure', () => {
  it('reads space-aligned rows whose figures carry a bracketed unit and a restatement note', () => {
    const text = [
      'Table 7  Fuel and power',
      '                                         Financial year ended 30 June',
      '                                    2025                        2024',
      'Grid electricity – depots            4,310,200 (MWh)            4,122,900 (MWh)',
      'LPG – forklifts                        731.5 (GJ)  802.4 (GJ) (restated)',
      'Power intensity              18.2 (MWh/HK$ million)       19.6 (MWh/HK$ million)',
    ].join('\n');
    const found = read(text);
    expect(found.map((m) => [m.line, m.label, m.value, m.unit, m.year])).toEqual([
      [4, 'Grid electricity – depots', '4310200', 'MWh', 2025],
      [4, 'Grid electricity – depots', '4122900', 'MWh', 2024],
      [5, 'LPG – forklifts', '731.5', 'GJ', 2025],
      [5, 'LPG – forklifts', '802.4', 'GJ', 2024],
      [6, 'Power intensity', '18.2', 'MWh/HK$ million', 2025],
      [6, 'Power intensity', '19.6', 'MWh/HK$ million', 2024],
    ]);
    // "Financial year ended 30 June" dates the columns; the title above names the table.
    expect(found[0]?.context[0]).toBe('Table 7 Fuel and power');
  });

  it('reads a label block followed by one block of values per year', () => {
    const text = [
      'Table 3  Stack emissions',
      '',
      'Indicator',
      'Carbon monoxide (CO)',
      'Scope 1 – combustion(a)',
      'Total Scope 1 and 2',
      '',
      'FY24/25',
      '612.9 (kg)',
      '3,918.0 (tCO2e)',
      '5,201.7 (tCO2e)',
      '',
      'FY23/24',
      '655.1 (kg)',
      '4,004.2 (tCO2e) (restated)',
      '5,330.0 (tCO2e)',
      '',
      '(a) Boilers and vehicles.',
    ].join('\n');
    const found = read(text);
    expect(found.map((m) => [m.line, m.label, m.value, m.unit, m.year])).toEqual([
      [9, 'Carbon monoxide (CO)', '612.9', 'kg', 2025],
      [10, 'Scope 1 – combustion', '3918.0', 'tCO2e', 2025],
      [11, 'Total Scope 1 and 2', '5201.7', 'tCO2e', 2025],
      [14, 'Carbon monoxide (CO)', '655.1', 'kg', 2024],
      [15, 'Scope 1 – combustion', '4004.2', 'tCO2e', 2024],
      [16, 'Total Scope 1 and 2', '5330.0', 'tCO2e', 2024],
    ]);
  });

  it('reads space-aligned rows of a figure followed by a unit word', () => {
    const text = [
      'Scope 3 emissions by category',
      '',
      'Category 2 – capital goods                   1,904.5 tCO2e',
      'Category 11 – use of sold products             377.0 tCO2e',
      'Other categories                                    N/A',
    ].join('\n');
    const found = read(text);
    expect(found.map((m) => [m.line, m.label, m.value, m.unit])).toEqual([
      [3, 'Category 2 – capital goods', '1904.5', 'tCO2e'],
      [4, 'Category 11 – use of sold products', '377.0', 'tCO2e'],
    ]);
  });
});
