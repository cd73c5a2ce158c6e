import { describe, expect, it } from 'vitest';
import { tableRows } from '../../../test/support/table-rows.js';

// Made-up tables whose unit is printed once, alone on the line over the year columns, standing over
// one year only: it is the unit of every year's column.
const rows = (text: string) => tableRows(text, 2031);

describe('a unit alone over two year columns', () => {
  it('units both columns when printed over the later one', () => {
    const text = [
      'Table 4. Value distributed',
      '',
      '                                                             NOK 1 000',
      '                                                    2031          2030',
      'Wages and benefits                               318 462       297 105',
      'Taxes paid                                        74 209        69 884',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['Wages and benefits', '318462', 'NOK 1 000', 2031],
      ['Wages and benefits', '297105', 'NOK 1 000', 2030],
      ['Taxes paid', '74209', 'NOK 1 000', 2031],
      ['Taxes paid', '69884', 'NOK 1 000', 2030],
    ]);
  });

  it('units both columns when printed over the earlier one', () => {
    const text = [
      'Table 5. Community investment',
      '                                               EUR thousand',
      '                                                    2031          2030',
      'Donations                                          2 417         2 036',
      'Sponsorship                                          823           951',
    ].join('\n');
    expect(rows(text).map(([, value, unit]) => [value, unit])).toEqual([
      ['2417', 'EUR thousand'],
      ['2036', 'EUR thousand'],
      ['823', 'EUR thousand'],
      ['951', 'EUR thousand'],
    ]);
  });

  it('leaves a unit over a change column to that column', () => {
    const text = [
      'Table 6. Water',
      '                                                                    %',
      '                                          2031        2030     Change',
      'Water withdrawn (m³)                    41 260      44 815       -7.9',
    ].join('\n');
    const units = rows(text).map(([, value, unit]) => [value, unit]);
    expect(units.filter(([value]) => value !== '-7.9')).toEqual([
      ['41260', 'm3'],
      ['44815', 'm3'],
    ]);
  });
});
