import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from './index.js';

// Made-up space-aligned tables whose name row spans the year columns under it.
const cellsOf = (text: string) => toReportLines(docFromText(text)).map((l) => [l.no, ...l.cells]);

describe('names printed over the year columns they span', () => {
  it('prints each name over every year under it, beside the label and unit cells', () => {
    const lines = cellsOf(
      [
        '                                  Ostrava mill          Brno mill              Company',
        'Indicator               Unit      2025      2024      2025      2024      2025      2024',
        'Steam bought            GJ       4,120     4,388     2,075     1,960     6,195     6,348',
      ].join('\n'),
    );
    expect(lines[0]).toEqual([
      1,
      '',
      '',
      'Ostrava mill',
      'Ostrava mill',
      'Brno mill',
      'Brno mill',
      'Company',
      'Company',
    ]);
    expect(lines[1]).toEqual([2, 'Indicator', 'Unit', '2025', '2024', '2025', '2024', '2025', '2024']);
  });

  it('writes a name with no year under it into the year row as a column of its own', () => {
    const lines = cellsOf(
      [
        'Fuel                    Burnt (m3)            Factor               CO2 (t)',
        '                      2025       2024                          2025       2024',
        'Heating oil          1,412      1,530    2.96 t CO2/m3        4,179.5    4,528.8',
      ].join('\n'),
    );
    expect(lines[0]).toEqual([1, 'Fuel', 'Burnt (m3)', 'Burnt (m3)', 'Factor', 'CO2 (t)', 'CO2 (t)']);
    expect(lines[1]).toEqual([2, '', '2025', '2024', 'Factor', '2025', '2024']);
  });

  it('prints names over unequal runs of years over each of their years', () => {
    const uneven = cellsOf(
      [
        '                         Staff               Exits     Exit rate (%)',
        'Group                2025      2024           2025      2025     2024',
        'All                   812       790             61       7.5      8.1',
      ].join('\n'),
    );
    expect(uneven[0]).toEqual([1, '', 'Staff', 'Staff', 'Exits', 'Exit rate (%)', 'Exit rate (%)']);
  });

  it('joins a name stacked over a unit cell to that cell, the label heading beside it', () => {
    const stacked = cellsOf(
      [
        'Carrier            Unit of        Amount              Energy (GJ)',
        '                   amount      2025      2024      2025        2024',
        'Propane            tonnes       412       398    19,488      18,825',
      ].join('\n'),
    );
    expect(stacked[0]).toEqual([1, '', '', 'Amount', 'Amount', 'Energy (GJ)', 'Energy (GJ)']);
    expect(stacked[1]).toEqual([2, 'Carrier', 'Unit of amount', '2025', '2024', '2025', '2024']);
  });

  it('leaves a stacked name alone when no label heading stands left of it', () => {
    const stacked = cellsOf(
      [
        '                   Unit of        Amount              Energy (GJ)',
        '                   amount      2025      2024      2025        2024',
        'Propane            tonnes       412       398    19,488      18,825',
      ].join('\n'),
    );
    expect(stacked[1]).toEqual([2, 'amount', '2025', '2024', '2025', '2024']);
  });
  it('places Chinese names over the 年 years they stand over', () => {
    const lines = cellsOf(
      [
        '                       离职人数（人）                 离职率（%）',
        '                   2030年     2031年         2030年     2031年',
        '  男性                 512       548          14.2      15.0',
      ].join('\n'),
    );
    expect(lines[0]).toEqual([1, '', '离职人数(人)', '离职人数(人)', '离职率(%)', '离职率(%)']);
    expect(lines[1]).toEqual([2, '', '2030年', '2031年', '2030年', '2031年']);
  });
});
