import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// Made-up tables whose column gaps are tabs and whose header wraps over lines, as PDF-to-text output prints them.
function read(text: string, reportYear = 2025) {
  return tableMentions(text, reportYear);
}
const named = (found: ReturnType<typeof read>, line: number) =>
  found.filter((m) => m.line === line).map((m) => [m.column, m.value, m.unit]);

describe('a header wrapped over tab-separated lines', () => {
  it('finishes the headings a line leaves open, and a third line the column the second finished', () => {
    const found = read(
      [
        'Table 2. Staff by region of origin',
        'Job family\tAsia or\tEurope\tLatin or\tAfrica\tTotal',
        '                   Pacific\tCentral',
        '                                      America',
        '------------------------------------------------',
        'Engineers\t14\t52\t9\t6\t81',
      ].join('\n'),
    );
    expect(named(found, 6).map(([column]) => column)).toEqual([
      'Asia or Pacific',
      'Europe',
      'Latin or Central America',
      'Africa',
      'Total',
    ]);
  });

  it('puts a one-word line under the last column and a line of units, indented, under each column', () => {
    const found = read(
      [
        'Table 5 Plant figures',
        'Plant\tFuel\tPower\tWater',
        '                                       intake',
        '                  (GJ)\t(MWh)\t(m³)',
        'North works\t1,200\t340\t9,800',
        'South works\t800\t210\t7,400',
      ].join('\n'),
    );
    expect(named(found, 5)).toEqual([
      ['Fuel (GJ)', '1200', 'GJ'],
      ['Power (MWh)', '340', 'MWh'],
      ['Water intake (m3)', '9800', 'm3'],
    ]);
  });

  it('leaves a heading closed by its bracketed unit finished: the wrapped words go to the columns before it', () => {
    const found = read(
      [
        '                        Grade\tTonnes from own\tTonnes from bought\tTotal (t)',
        '                                 quarries\tquarries',
        'Limestone\tA\t1,200\t300\t1,500',
      ].join('\n'),
    );
    expect(named(found, 3).map(([column]) => column)).toEqual([
      'Tonnes from own quarries',
      'Tonnes from bought quarries',
      'Total (t)',
    ]);
  });
});
