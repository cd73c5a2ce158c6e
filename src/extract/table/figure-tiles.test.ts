import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { readFigureFirstBlocks } from './figure-first-block.js';

const read = (text: string) =>
  readFigureFirstBlocks(toReportLines(docFromText(text)), {
    reportYear: 2024,
    ignore: () => false,
  }).mentions.map((m) => [m.line, m.value, m.unit, m.label]);

describe('highlight tiles: a row of figures over the names under them', () => {
  it('names each figure by the words in its column, a name wrapped over two lines included', () => {
    const text = [
      'Year in brief 2024',
      '',
      '  R$ 2.7 billion       6,215                  58,900',
      '  net revenue          full-time employees    native seedlings planted',
      '',
      '  34.6%                   8,410.2 tCO2e        0.84',
      '  women in management     Scope 1 emissions    TRIR (per 200,000',
      '                                               hours worked)',
    ].join('\n');
    expect(read(text)).toEqual([
      [3, '2.7', 'R$ billion', 'net revenue'],
      [3, '6215', 'employees', 'full-time employees'],
      [3, '58900', 'seedlings', 'native seedlings planted'],
      [6, '34.6', '%', 'women in management'],
      [6, '8410.2', 'tCO2e', 'Scope 1 emissions'],
      [6, '0.84', '', 'TRIR'],
    ]);
  });

  it('keeps the place of a tile printed as a sum of parts and names the figures beside it', () => {
    const text = [
      'Highlights 2024',
      '',
      '  84,310 m3             2,607 + 913            1.12',
      '  Water consumed          Full-time + part-time  LTIR (per million',
      '                          workers                hours)',
    ].join('\n');
    expect(read(text)).toEqual([
      [3, '84310', 'm3', 'Water consumed'],
      [3, '1.12', '', 'LTIR (per million hours)'],
    ]);
  });

  it('names each figure by the name in its place when the gaps are tabs', () => {
    const text = [
      'Year in brief 2024',
      '',
      '   USD 41.7 million\t2,418\t96,300',
      '   revenue\tpermanent employees\tseedlings planted',
    ].join('\n');
    expect(read(text)).toEqual([
      [3, '41.7', 'USD million', 'revenue'],
      [3, '2418', 'employees', 'permanent employees'],
      [3, '96300', 'seedlings', 'seedlings planted'],
    ]);
  });

  it('leaves a row of fiscal years over repeated headings to the table reader', () => {
    const text = [
      'Table 3 Staff by depot',
      '                       2023/24                        2022/23',
      'Depot           Women      Men    Total    Women      Men    Total',
      'Northgate          41      316      357       38      309      347',
      'Riverside          27      198      225       25      201      226',
    ].join('\n');
    expect(read(text)).toEqual([]);
  });

  it('leaves a row of years over units to the table reader', () => {
    const text = ['  2023        2024', '  (GJ)        (GJ)', 'Diesel   1,204.5   1,180.2'].join('\n');
    expect(read(text)).toEqual([]);
  });
});
