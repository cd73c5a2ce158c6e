import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// Made-up space-aligned tables whose unit column counts things ("families", "boats"), as a plain noun
// the registry reads as a count: under a "Unit" heading it is the row's unit, never a part of its name.
function read(text: string) {
  return tableMentions(text, 2025);
}
const brief = (found: ReturnType<typeof read>, line: number) =>
  found.filter((m) => m.line === line).map((m) => [m.label, m.unit, m.value, m.year]);

describe('a counted noun in a unit column', () => {
  it('is the unit of its row under a "Unit" heading', () => {
    const found = read(
      [
        'Table 3. Lakeshore programme',
        'Item                          Unit           2024     2025',
        'Families relocated            families         12       14',
        'Jetties rebuilt               jetties           3        5',
        'Grants to co-operatives       MNT million    12.4     15.6',
      ].join('\n'),
    );
    expect(brief(found, 3)).toEqual([
      ['Families relocated', 'families', '12', 2024],
      ['Families relocated', 'families', '14', 2025],
    ]);
    expect(brief(found, 4).map((b) => [b[0], b[1]])).toEqual([
      ['Jetties rebuilt', 'jetties'],
      ['Jetties rebuilt', 'jetties'],
    ]);
  });

  it('is the unit of its row under a heading wrapped over three lines ("Unit of" over "measure-" over "ment")', () => {
    const found = read(
      [
        'Table 5. Lakeshore resettlement',
        '                                              Unit of                 2023        2024        2025      Change',
        'Item                                          measure-            (planned)   (planned)   (planned)  2025/24,',
        '                                              ment                                                           %',
        '==============================================================================================================',
        'Fisher families affected (cumulative)         families                  74          81          90       +11.1',
        'Support paid (cumulative)                     MNT million            1,204.6     1,388.2     1,512.4      +8.9',
        'Boats replaced                                boats                      9          11          15       +36.4',
      ].join('\n'),
    );
    expect(brief(found, 6).filter((b) => b[3] === 2025)).toEqual([
      ['Fisher families affected (cumulative)', 'families', '90', 2025],
    ]);
    expect(brief(found, 7).filter((b) => b[3] === 2025)).toEqual([
      ['Support paid (cumulative)', 'MNT million', '1512.4', 2025],
    ]);
    expect(brief(found, 8).filter((b) => b[3] === 2025)).toEqual([['Boats replaced', 'boats', '15', 2025]]);
  });

  it('stays part of the name where no heading names a unit column', () => {
    const found = read(
      [
        'Table 4. Lakeshore programme',
        'Item                                2024     2025',
        'Families relocated                    12       14',
      ].join('\n'),
    );
    expect(brief(found, 3).map((b) => b[0])).toEqual(['Families relocated', 'Families relocated']);
  });

  it('is the unit of its row in Latvian, where "gadījumi" (cases) stands under "Mērv."', () => {
    const found = read(
      [
        '4. tabula. Drošība darbā',
        '  Rādītājs                                Mērv.           2024      2025',
        '  Negadījumi ar darba nespēju             gadījumi           7         2',
        '  Zaudētās darba dienas                   dienas           131        58',
      ].join('\n'),
    );
    expect(brief(found, 3)).toEqual([
      ['Negadījumi ar darba nespēju', 'gadījumi', '7', 2024],
      ['Negadījumi ar darba nespēju', 'gadījumi', '2', 2025],
    ]);
  });
});
