import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// Made-up reports printing each energy or water source as a block of its own: a title naming the
// source with the unit of each column, then one row per year, then the next source's block.
const rows = (text: string, reportYear = 2024) =>
  tableMentions(text, reportYear).map((m) => [m.line, m.label, m.value, m.unit, m.year]);

describe('one block per source, the years as rows', () => {
  it('names each row by its block title and gives each column its unit, a total block last', () => {
    const found = rows(
      [
        'FUEL AND POWER',
        '',
        'Fuel and power used at the kilns, by source, with the two latest years under each.',
        '',
        'Fuel oil burnt at the kilns                 tonnes              TJ',
        '   2024                 12,310.5              521.4',
        '   2023                 11,904.0              504.2',
        '',
        'Purchased electricity                       MWh                 TJ',
        '   2024                 48,100                173.2',
        '   2023                 46,350                166.9',
        '',
        'Total energy use                                                TJ',
        '   2024                                       694.6',
        '   2023                                       671.1',
      ].join('\n'),
    );
    expect(found).toEqual([
      [6, 'Fuel oil burnt at the kilns', '12310.5', 'tonnes', 2024],
      [6, 'Fuel oil burnt at the kilns', '521.4', 'TJ', 2024],
      [7, 'Fuel oil burnt at the kilns', '11904.0', 'tonnes', 2023],
      [7, 'Fuel oil burnt at the kilns', '504.2', 'TJ', 2023],
      [10, 'Purchased electricity', '48100', 'MWh', 2024],
      [10, 'Purchased electricity', '173.2', 'TJ', 2024],
      [11, 'Purchased electricity', '46350', 'MWh', 2023],
      [11, 'Purchased electricity', '166.9', 'TJ', 2023],
      [14, 'Total energy use', '694.6', 'TJ', 2024],
      [15, 'Total energy use', '671.1', 'TJ', 2023],
    ]);
  });

  it('reads blocks printed with no blank line between them, fiscal years and a gas volume in mmscf', () => {
    const found = rows(
      [
        'Gas and water drawn, by source',
        '',
        'Pipeline gas (two plants)        mmscf          GJ',
        '   FY2024             812.4        887,540',
        '   FY2023             790.1        863,180',
        'Borehole water                   ML             m³',
        '   FY2024              41.2         41,200',
        '   FY2023              39.8         39,800',
      ].join('\n'),
    );
    expect(found.filter((r) => r[0] === 4 || r[0] === 7)).toEqual([
      [4, 'Pipeline gas (two plants)', '812.4', 'mmscf', 2024],
      [4, 'Pipeline gas (two plants)', '887540', 'GJ', 2024],
      [7, 'Borehole water', '41.2', 'ML', 2024],
      [7, 'Borehole water', '41200', 'm3', 2024],
    ]);
  });

  it('keeps a year-row table under a header of measures named by its columns', () => {
    const found = rows(
      [
        'Year         Scope 1 (tCO2e)      Scope 2 (tCO2e)',
        '2024               8,412                3,905',
      ].join('\n'),
    );
    expect(found).toEqual([
      [2, 'Scope 1 (tCO2e)', '8412', 'tCO2e', 2024],
      [2, 'Scope 2 (tCO2e)', '3905', 'tCO2e', 2024],
    ]);
  });
});
