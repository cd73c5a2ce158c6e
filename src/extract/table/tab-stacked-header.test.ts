import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// Made-up tables whose column gaps are tabs and whose header wraps over lines, as PDF-to-text output prints them.
function read(text: string, reportYear = 2025) {
  return tableMentions(text, reportYear);
}
const named = (found: ReturnType<typeof read>, line: number) =>
  found.filter((m) => m.line === line).map((m) => [m.column, m.value, m.unit]);

describe('a header wrapped over tab-separated lines', () => {
  it('finishes each heading with the line of units and years under it', () => {
    const found = read(
      [
        'Table 5. Combustion emissions by fuel',
        '                              Heat input\tFactor\ttCO2e\ttCO2e',
        '                              GJ 2025\ttCO2/TJ\t2025\t2024',
        'Propane\t1 804.2\t63.1\t113.8\t121.9',
      ].join('\n'),
    );
    expect(found.filter((m) => m.line === 4).map((m) => [m.value, m.unit, m.year])).toContainEqual([
      '121.9',
      'tCO2e',
      2024,
    ]);
  });

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
