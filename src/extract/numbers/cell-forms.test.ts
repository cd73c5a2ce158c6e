import { describe, expect, it } from 'vitest';
import { isCurrencyMark, parseCellValue } from './index.js';

// A cell as printed → the figure and the unit the cell itself carries. Distinct values throughout.
const CELLS: readonly (readonly [string, string, string])[] = [
  ['RM1,148.6', '1148.6', 'RM'],
  ['S$ 2.3', '2.3', 'S$'],
  ['NT$ 15,602', '15602', 'NT$'],
  ['€1.25', '1.25', '€'],
  ['US$15.6', '15.6', 'US$'],
  ['MYR 72,401', '72401', 'MYR'],
  ['SGD (3.9)', '-3.9', 'SGD'],
  ['RM 4,826.1 (thousand)', '4826.1', 'RM thousand'],
  ['₮48,624.6', '48624.6', '₮'], // the signs of currencies beyond the ISO codes above
  ['₩ 3,210', '3210', '₩'],
  ['₦1,472.8', '1472.8', '₦'],
  ['812 (a)', '812', ''], // a footnote letter in brackets
  ['0.45 (ii)', '0.45', ''],
  ['63.2% (c)', '63.2', '%'],
  ['5,204*2', '5204', ''], // a numbered note mark glued on
  ['23.9*11', '23.9', ''],
  ['1,607,2403', '1607240', ''], // a note number glued to a figure grouped in thousands
];

describe('parseCellValue on currencies and footnote letters', () => {
  it.each(CELLS)('reads %j as %s with unit %j', (printed, value, unit) => {
    expect(parseCellValue(printed)).toMatchObject({ kind: 'value', value, unit });
  });

  it('does not read a comparative, a capital or a unit cell as a note or an amount', () => {
    expect(parseCellValue('812 (790)')).toBeUndefined();
    expect(parseCellValue('812 (A)')).toBeUndefined();
    expect(parseCellValue("RM'000")).toBeUndefined();
    expect(parseCellValue('S$ million')).toBeUndefined();
    expect(parseCellValue('Ratio (a)')).toBeUndefined();
    expect(parseCellValue('4,71520')).toBeUndefined(); // two digits past a group are no note mark
    expect(parseCellValue('2,6812')).toBeUndefined(); // perhaps a decimal comma
    expect(parseCellValue('48.7152')).toMatchObject({ value: '48.7152' });
  });
});

describe('isCurrencyMark', () => {
  it('knows the marks and nothing around them', () => {
    expect(['RM', 'S$', 'HK$', '€', 'MYR'].map(isCurrencyMark)).toEqual([true, true, true, true, true]);
    expect(['RMB 10,000', 'SS', 'm', 'R$2'].map(isCurrencyMark)).toEqual([false, false, false, false]);
  });
});

describe('parseCellValue on a percentage printed "pct"', () => {
  it('reads it as a "%"', () => {
    expect(parseCellValue('12.9 pct')).toMatchObject({ kind: 'value', value: '12.9', unit: '%' });
  });
});

describe('parseCellValue on an arrow glued to a change', () => {
  it('reads a rising arrow as a plus and a falling one as a minus', () => {
    expect(parseCellValue('↑7.3%')).toMatchObject({ kind: 'value', value: '7.3', unit: '%' });
    expect(parseCellValue('↓12.8%')).toMatchObject({ kind: 'value', value: '-12.8', unit: '%' });
    expect(parseCellValue('▼ 4.1%')).toMatchObject({ kind: 'value', value: '-4.1', unit: '%' });
    expect(parseCellValue('▲0.6')).toMatchObject({ kind: 'value', value: '0.6' });
  });
});
