import { describe, expect, it } from 'vitest';
import { isUnitHeading } from './unit-heading.js';
import { readHeader } from './header.js';
import { stackMeasures } from './header-rows.js';

describe('readHeader', () => {
  it('reads year columns and a unit column', () => {
    const h = readHeader(['Key Performance Indicators', 'Unit', '2023'], 2023);
    expect(h?.unitIndex).toBe(1);
    expect(h?.label).toBe('Key Performance Indicators');
    expect(h?.columns).toEqual([{ index: 2, text: '2023', year: 2023, role: 'actual' }]);
  });
  it('reads measure columns and skips the label column', () => {
    const h = readHeader(['Category', '', 'Number of employees', 'Employee turnover*'], 2021);
    expect(h?.columns.map((c) => [c.index, c.text, c.year])).toEqual([
      [2, 'Number of employees', undefined],
      [3, 'Employee turnover*', undefined],
    ]);
  });
  it('rejects data rows and single-cell group rows', () => {
    expect(readHeader(['Male', '325', '31%'], 2021)).toBeUndefined();
    expect(readHeader(['Energy Consumption', '', ''], 2022)).toBeUndefined();
    expect(readHeader(['', '2022', '2021'], 2022)?.columns.map((c) => c.year)).toEqual([2022, 2021]);
  });
  it('names a bare rate column for the count on its left (GRI 401-1 count + rate pairs)', () => {
    const h = readHeader(['Region', 'Joiners', 'Rate (%)', 'Leavers', 'Rate', 'Number', 'Rate'], 2022);
    expect(h?.columns.map((c) => c.text)).toEqual([
      'Joiners',
      'Joiners Rate (%)',
      'Leavers',
      'Leavers Rate',
      'Number',
      'Rate',
    ]);
  });
});

describe('stackMeasures', () => {
  it('runs a wrapped header of measures on into the row below, column by column', () => {
    const top = readHeader(['', 'Boiler fuel', 'Grid power'], 2024);
    const sub = readHeader(['Period', '(GJ)', '(kWh)'], 2024);
    expect(top && sub ? stackMeasures(top, sub) : undefined).toEqual({
      columns: [
        { index: 1, text: 'Boiler fuel (GJ)', role: 'actual' },
        { index: 2, text: 'Grid power (kWh)', role: 'actual' },
      ],
      label: 'Period',
    });
  });

  it('leaves headers with years or a different count of columns apart', () => {
    const top = readHeader(['', 'Boiler fuel', 'Grid power'], 2024);
    const years = readHeader(['', '2023', '2024'], 2024);
    const three = readHeader(['', 'A', 'B', 'C'], 2024);
    expect(top && years ? stackMeasures(top, years) : 'none').toBeUndefined();
    expect(top && three ? stackMeasures(top, three) : 'none').toBeUndefined();
  });

  it('reads Romanian, Portuguese and Spanish unit headings', () => {
    for (const h of ['U.M.', 'u.m.', 'Unitate de măsură', 'Unidade de medida', 'Unidad de medida'])
      expect(isUnitHeading(h), h).toBe(true);
    expect(isUnitHeading('Umiditate')).toBe(false);
  });

  it('reads Armenian, Macedonian, Kazakh and Kyrgyz unit headings', () => {
    for (const h of [
      'Միավոր',
      'Չափման միավոր',
      'Ед. мерка',
      'Единица мерка',
      'Өлшем бірлігі',
      'Өлчөө бирдиги',
    ])
      expect(isUnitHeading(h), h).toBe(true);
    expect(isUnitHeading('Միավորում')).toBe(false);
  });
});
