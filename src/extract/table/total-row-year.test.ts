import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { findRunningHeaders, toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';

// A made-up breakdown at one date with no year columns, closing with this year's total and last year's
// for comparison: the "Total 2023" row is 2023's, every other row the report's year.
function read(text: string, reportYear = 2024) {
  const lines = toReportLines(docFromText(text));
  return extractTables(lines, { reportYear, noise: findRunningHeaders(lines), skip: new Set() }).mentions.map(
    (m) => [m.label, m.value, m.year],
  );
}

const TABLE = [
  'Table 3  Staff by site at 31 December 2024',
  'Site                      Men     Women     Total',
  'North mill                 940       210     1,150',
  'South depot                318        77       395',
  'Total 2024               1,258       287     1,545',
  'Total 2023               1,201       262     1,463',
].join('\n');

describe('a total row named by its year under no year column', () => {
  it('dates that row by its label and the others by the report', () => {
    const years = read(TABLE).map(
      ([label, value, year]) => `${String(label)} ${String(value)} ${String(year)}`,
    );
    expect(years).toContain('Total 2023 1201 2023');
    expect(years).toContain('Total 2023 1463 2023');
    expect(years).toContain('Total 2024 1545 2024');
    expect(years).toContain('North mill 940 2024');
  });

  it('dates a total row named by a fiscal year by the year it ends', () => {
    const fiscal = TABLE.replace('Total 2024 ', 'Total 2023/24').replace('Total 2023 ', 'Total 2022/23');
    expect(read(fiscal)).toContainEqual(['Total 2022/23', '1463', 2023]);
    expect(read(fiscal)).toContainEqual(['Total 2023/24', '1545', 2024]);
  });

  it('leaves a year after the report year to the report (no total can be of a later year)', () => {
    const later = TABLE.replace('Total 2023', 'Total 2026');
    expect(read(later)).toContainEqual(['Total 2026', '1463', 2024]);
  });

  it('reads a total word of another language with the mark its year prints ("թ.", "г.")', () => {
    const armenian = [
      'Աղյուսակ 5. Աշխատակիցներն ըստ կայքի, 2024 թ.',
      'Կայք                      Տղամարդիկ     Կանայք     Ընդամենը',
      'Հյուսիսային գործարան            940          210        1 150',
      'Հարավային պահեստ                318           77          395',
      'Ընդամենը 2024 թ.              1 258          287        1 545',
      'Ընդամենը 2023 թ.              1 201          262        1 463',
    ].join('\n');
    expect(read(armenian)).toContainEqual(['Ընդամենը 2023 թ.', '1463', 2023]);
    expect(read(armenian)).toContainEqual(['Ընդամենը 2024 թ.', '1545', 2024]);
    const russian = TABLE.replace('Total 2024 ', 'Итого 2024 г.').replace('Total 2023 ', 'Итого 2023 г.');
    expect(read(russian)).toContainEqual(['Итого 2023 г.', '1463', 2023]);
  });

  it('leaves a row naming a year that is no total to the table', () => {
    const named = TABLE.replace('Total 2023 ', 'Hires 2023 ');
    expect(read(named)).toContainEqual(['Hires 2023', '1463', 2024]);
  });
});
