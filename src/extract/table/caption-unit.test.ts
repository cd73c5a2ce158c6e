import { describe, expect, it } from 'vitest';
import { tableRows } from '../../../test/support/table-rows.js';
import { captionTailUnit } from './caption-unit.js';

describe('captionTailUnit', () => {
  it('reads the currency after the last comma, dash or "in"', () => {
    expect(captionTailUnit('Table 7 – Grants paid, EUR thousand')).toBe('EUR thousand');
    expect(captionTailUnit('Spending on suppliers in CHF million')).toBe('CHF million');
  });

  it('reads it after "in" in Polish, Spanish, French, Portuguese or a Scandinavian language', () => {
    expect(captionTailUnit('Tabela 4. Darowizny według programu, w tys. zł')).toBe('tys. zł');
    expect(captionTailUnit('Cuadro 3 – Gasto social, en miles de euros')).toBe('miles de euros');
    expect(captionTailUnit('Tabell 2 – Lønnskostnader, i NOK millioner')).toBe('NOK millioner');
  });

  it('reads a measured quantity after the last comma or "in"', () => {
    expect(captionTailUnit('Table 6.3  Fuel use by site (F-2), MWh', true)).toBe('MWh');
    expect(captionTailUnit('Emissions by plant, in t CO2e', true)).toBe('t CO2e');
    expect(captionTailUnit('Emissions by plant, in t CO2e')).toBe('');
  });

  it('leaves a tail that names no unit, a count or a share', () => {
    expect(captionTailUnit('Staff by country, w Polsce')).toBe('');
    expect(captionTailUnit('Staff by country, persons', true)).toBe('');
    expect(captionTailUnit('Workforce by age group, %', true)).toBe('');
    expect(captionTailUnit('Table 9 – Projects, continued', true)).toBe('');
  });
});

describe('a caption closing on a measured unit after a comma', () => {
  it('gives the unit to every row that prints none', () => {
    const rows = tableRows(
      [
        'Table 6.3  Fuel use by site (F-2), MWh',
        'Site                              2031          2030',
        'Harbour works                   4 218,5       4 377,9',
        'Inland depot                    1 093,4       1 160,2',
        'Renewable share, %²                 41,2          38,5',
      ].join('\n'),
      2031,
    );
    expect(rows.filter((r) => r[2] === 'MWh').map((r) => r[1])).toEqual([
      '4218.5',
      '4377.9',
      '1093.4',
      '1160.2',
    ]);
  });

  it('leaves a row whose unit cell prints a unit it cannot read', () => {
    const rows = tableRows(
      [
        'Table 6.4  Fuel use (F-2), MWh',
        '',
        '                             Unit           2031          2030',
        'Diesel                       MWh         4 218,5       4 377,9',
        'Freight moved                Mt.km         812,4         797,0',
      ].join('\n'),
      2031,
    );
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      ['4218.5', 'MWh'],
      ['4377.9', 'MWh'],
      ['812.4', ''],
      ['797.0', ''],
    ]);
  });
});
