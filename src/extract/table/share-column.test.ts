import { describe, expect, it } from 'vitest';
import { tableRows } from '../../../test/support/table-rows.js';

// Made-up breakdowns of a quantity with each row's share of the whole beside it: a share is a per cent
// of its own year's quantity, never a figure of another year in the row's unit.
const rows = (lines: string[], reportYear = 2025) => tableRows(lines.join('\n'), reportYear);

describe('a share column beside a quantity', () => {
  it('reads a column headed by a share word as per cent of the year before it', () => {
    const read = rows([
      'Råvarer efter art',
      '',
      '  Råvare                 Enhed        2024      Andel',
      '  Sild                   tons      212.400     48,2 %',
      '  Makrel                 tons      228.100     51,8 %',
      '  I alt                  tons      440.500    100,0 %',
    ]);
    expect(read.filter((r) => r[0] === 'Makrel')).toEqual([
      ['Makrel', '228100', 'tons', 2024],
      ['Makrel', '51.8', '%', 2024],
    ]);
  });

  it('reads the quantity\'s unit and year from one heading ("tonnes 2024") and the share beside it', () => {
    const read = rows([
      'Catch by species',
      '',
      '| Species | tonnes 2024 | % of total |',
      '| Herring | 61,250 | 41.7 |',
      '| Mackerel | 85,640 | 58.3 |',
    ]);
    expect(read.filter((r) => r[0] === 'Herring')).toEqual([
      ['Herring', '61250', 'tonnes', 2024],
      ['Herring', '41.7', '%', 2024],
    ]);
  });

  it('gives each year its own share when each year has a share column', () => {
    const read = rows([
      'Energy by source',
      '',
      '  Source                 Unit      2025     Share      2024     Share',
      '  Natural gas            GJ     504.346     79,3 %   474.566    78,4 %',
      '  Electricity            GJ     131.771     20,7 %   130.751    21,6 %',
    ]);
    expect(read.filter((r) => r[0] === 'Electricity')).toEqual([
      ['Electricity', '131771', 'GJ', 2025],
      ['Electricity', '20.7', '%', 2025],
      ['Electricity', '130751', 'GJ', 2024],
      ['Electricity', '21.6', '%', 2024],
    ]);
  });

  it('keeps a row of shares for each year as those years', () => {
    const read = rows([
      '  Indicator              Unit         2025       2024       2023',
      '  Recycled waste         t           1.840      1.712      1.655',
      '  Recycling rate         %           77,0 %     75,7 %     74,1 %',
    ]);
    expect(read.filter((r) => r[0] === 'Recycling rate').map((r) => r[3])).toEqual([2025, 2024, 2023]);
  });
});

// A breakdown with no header of its own, printed under another table's year columns: its per cent
// figures stand under the next year's column.
const REPORT = [
  'Nordsø Protein A/S                                          Annual report 2025',
  '',
  '  Water                   Unit            2025       2024       2023',
  '  Mains water             m³           306.840    294.620    312.480',
  '  Borehole water          m³           181.520    172.940    184.260',
  '  Water total             m³           488.360    467.560    496.740',
  '',
  'Raw material 2025 by species',
  '  Herring                 tons         212.400     48,2 %',
  '  Mackerel                tons         228.100     51,8 %',
  '  Total                   tons         440.500    100,0 %',
].join('\n');

describe('a share column under the year columns of the table above', () => {
  it("reads the shares as per cent of the row's year, not as last year's tonnage", () => {
    const read = tableRows(REPORT, 2025).filter((r) => r[0] === 'Herring');
    expect(read).toEqual([
      ['Herring', '212400', 'tons', 2025],
      ['Herring', '48.2', '%', 2025],
    ]);
  });
});
