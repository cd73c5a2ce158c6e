import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// An energy table prints each fuel's conversion factor in a column between the unit and the years, as
// Chinese reports print the factor to tonnes of standard coal ("折标系数"). Invented figures.
describe('an energy table with a conversion-factor column', () => {
  it('reads the year columns as their years and the factor as no figure', () => {
    const found = tableMentions(
      [
        '能源类别          单位          折标系数        2022年      2023年      2024年',
        '外购电力          万千瓦时      1.229          1,208.40    1,316.75    1,402.10',
        '液化石油气        吨            1.7143            45.6        51.2        48.9',
      ].join('\n'),
      2024,
    );
    expect(found.map((m) => [m.line, m.value, m.year])).toEqual([
      [2, '1208.40', 2022],
      [2, '1316.75', 2023],
      [2, '1402.10', 2024],
      [3, '45.6', 2022],
      [3, '51.2', 2023],
      [3, '48.9', 2024],
    ]);
  });

  it('does the same under an English "Conversion factor" heading', () => {
    const found = tableMentions(
      [
        'Fuel              Unit       Conversion factor       2023        2024',
        'Fuel oil          t          1.4286                  310.5       298.2',
      ].join('\n'),
      2024,
    );
    expect(found.map((m) => [m.value, m.year])).toEqual([
      ['310.5', 2023],
      ['298.2', 2024],
    ]);
  });
});
