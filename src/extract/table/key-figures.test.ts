import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { findRunningHeaders, toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';
import { splitRow } from './split-row.js';

// A key-figures list prints each figure with its unit in the cell; the figures here are made up.
function read(text: string, reportYear = 2023) {
  const lines = toReportLines(docFromText(text));
  return extractTables(lines, { reportYear, noise: findRunningHeaders(lines), skip: new Set() }).mentions;
}

describe('a figure printed with its unit in the cell', () => {
  it('reads the unit words after the figure, and a currency with a scale word as one money unit', () => {
    const row = splitRow(['Fresh water drawn', '18,402 m³']);
    expect(
      row.values.map((v) => [
        v.cell.kind === 'value' ? v.cell.value : '',
        v.cell.kind === 'value' ? v.cell.unit : '',
        v.worded,
      ]),
    ).toEqual([['18402', 'm³', true]]);
    const money = splitRow(['Charitable giving', 'US$6.75 million']);
    expect(money.values[0]?.cell).toMatchObject({ kind: 'value', value: '6.75', unit: 'US$ million' });
  });

  it('leaves words about the figure alone: they are no unit ("41.2% reduction", "880 kWh saved")', () => {
    expect(splitRow(['Cut in intensity', '41.2% reduction']).values).toEqual([]);
    expect(splitRow(['Lighting retrofit', '880 kWh saved']).values).toEqual([]);
    expect(splitRow(['Grid power', '7,314 MWh', '7,020 MWh']).values).toHaveLength(2);
  });

  it('reads a key-figures list under no year column as statements restating the report', () => {
    const text = [
      'Key figures 2023',
      '',
      'Electricity used\t7.3 GWh',
      'Staff\t1,207',
      'Waste recycled\t412 tonnes',
    ].join('\n');
    const found = read(text);
    expect(found.map((m) => [m.line, m.label, m.value, m.unit, m.kind, m.listed ?? false])).toEqual([
      [3, 'Electricity used', '7.3', 'GWh', 'text', true],
      [4, 'Staff', '1207', '', 'table', false],
      [5, 'Waste recycled', '412', 'tonnes', 'text', true],
    ]);
  });

  it('keeps a unit in the cell under year columns a table figure', () => {
    const text = ['Indicator\t2023\t2022', 'Electricity used\t7.3 GWh\t7.9 GWh'].join('\n');
    expect(read(text).map((m) => [m.value, m.unit, m.year, m.kind])).toEqual([
      ['7.3', 'GWh', 2023, 'table'],
      ['7.9', 'GWh', 2022, 'table'],
    ]);
  });
});

describe('a column headed by its unit', () => {
  it('gives its figures that unit', () => {
    const text = [
      'Electricity by plant, 2023',
      'Plant\tMWh\tShare',
      'North works\t5,120.4\t61.0%',
      'South works\t3,273.9\t39.0%',
    ].join('\n');
    const found = read(text).filter((m) => m.unit !== '%');
    expect(found.map((m) => [m.label, m.value, m.unit])).toEqual([
      ['North works', '5120.4', 'MWh'],
      ['South works', '3273.9', 'MWh'],
    ]);
  });
});
