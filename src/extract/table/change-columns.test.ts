import { describe, expect, it } from 'vitest';
import { isChangeHeading } from '../layout/index.js';
import { tableMentions } from '../../../test/support/table-rows.js';

// Made-up tables whose last columns compare the years: their figures are no year's own.
function read(text: string, reportYear = 2024) {
  return tableMentions(text, reportYear);
}
const row = (found: ReturnType<typeof read>, line: number) =>
  found.filter((m) => m.line === line).map((m) => [m.value, m.year, m.basis]);

describe('change column headings', () => {
  it('knows a change in any wording, a later year over an earlier one among them', () => {
    for (const h of [
      '%-change',
      '% - change',
      'Écart 24/23',
      'Ecart',
      'Var. %',
      'Δ',
      'Index 24/23',
      '24/23',
      '2024/2023',
      'Zmiana r/r',
      'r/r',
      'Dynamika',
      'Verschil',
      'Mutatie %',
      'Wijziging',
      'Değişim (%)',
      // Chinese, as SSE/SZSE and HKEX tables head the column (full-width brackets are folded before).
      '同比变化',
      '同比',
      '同比增减(%)',
      '较上年变动',
      '变化率',
      '增减幅度',
      '2031年较2030年变化',
      '同比變化',
      'Endring',
      'Endring (%)',
      'Ændring',
      'Förändring',
      'Изм. 25/24, %',
      'Промяна',
      'Пром. %',
      'Изменение, %',
      'Отклонение',
      'Perubahan',
      'Perubahan (%)',
      'Thay đổi (%)',
      'Tăng/giảm',
    ])
      expect(isChangeHeading(h), h).toBe(true);
    for (const h of ['2023/24', 'FY23/24', '2024', 'Target', 'Base year', '2024年', '指标', '单位', '备注'])
      expect(isChangeHeading(h), h).toBe(false);
  });
});

describe('a change column beside the years', () => {
  it('gives no figure of the year for an Indonesian "Perubahan" column', () => {
    const found = read(
      [
        'Tabel 5  Energi',
        '',
        '  Sumber                    2029        2030        2031     Perubahan',
        '  Solar (GJ)               48.210      46.905      44.120        -5,9%',
        '  Biomassa (GJ)            11.340      12.765      14.985       +17,4%',
      ].join('\n'),
      2031,
    );
    expect(row(found, 4)).toEqual([
      ['48210', 2029, 'actual'],
      ['46905', 2030, 'actual'],
      ['44120', 2031, 'actual'],
    ]);
  });

  it('gives no figure of the year for an absolute change in the row unit', () => {
    const found = read(
      [
        'Tableau 7 – Eau',
        '',
        'Indicateur                     Unité        2022        2023        2024    Écart 24/23',
        '-------------------------------------------------------------------------------------',
        'Prélèvements d’eau de puits    m3        318 400     302 750     296 120        -6 630',
        'Eau recyclée                   m3         41 300      44 960      52 480        +7 520',
      ].join('\n'),
    );
    expect(row(found, 5)).toEqual([
      ['318400', 2022, 'actual'],
      ['302750', 2023, 'actual'],
      ['296120', 2024, 'actual'],
    ]);
  });

  it('reads Bulgarian and Russian year headings ("2024 г.", "2024 год") and skips their change column', () => {
    const bulgarian = read(
      [
        'Таблица 5. Горива',
        '',
        'Показател               Мярка       2023 г.      2024 г.    Промяна, %',
        'Дизелово гориво         МВтч          3 412        3 188          -6,6',
        'Природен газ            МВтч         12 806       12 114          -5,4',
      ].join('\n'),
    );
    expect(row(bulgarian, 4)).toEqual([
      ['3412', 2023, 'actual'],
      ['3188', 2024, 'actual'],
    ]);
    expect(bulgarian.find((m) => m.line === 4)?.unit).toBe('МВтч');
    const russian = read(
      [
        'Таблица 6. Вода',
        '',
        'Показатель             Ед. изм.     2023 год     2024 год    Изменение, %',
        'Забор воды             тыс. м3         812,5        774,0          -4,7',
        'Сброс воды             тыс. м3         604,1        588,2          -2,6',
      ].join('\n'),
    );
    expect(row(russian, 4)).toEqual([
      ['812.5', 2023, 'actual'],
      ['774.0', 2024, 'actual'],
    ]);
  });

  it('skips a Macedonian "Пром. %" column whose years are printed on the line below', () => {
    const found = read(
      [
        'Табела 4. Вода',
        '  Показател                  Ед. мерка        2023        2024        2025   Пром. %',
        '                                                                             25/24',
        '  Зафатена вода              m³             41.206,0    39.874,5    38.102,3      -4,4',
        '  Испуштена вода             m³             30.115,2    29.640,8    28.915,6      -2,4',
      ].join('\n'),
      2025,
    );
    expect(row(found, 4)).toEqual([
      ['41206.0', 2023, 'actual'],
      ['39874.5', 2024, 'actual'],
      ['38102.3', 2025, 'actual'],
    ]);
  });

  it('reads a lower-case Italian units heading ("u.m.") as its own column, never the end of the label heading', () => {
    const found = read(
      [
        'Tavola 6  Acqua',
        'ESRS    Voce                                          u.m.                 2031         2030         2029 Var. % 31/30',
        'E3-4    Acqua da rete comunale                        m³                 21.450       22.310       23.050        -3,9%',
        'E3-4    Acqua da falda                                m³                 11.320       11.980       12.410        -5,5%',
      ].join('\n'),
      2031,
    );
    expect(row(found, 3)).toEqual([
      ['21450', 2031, 'actual'],
      ['22310', 2030, 'actual'],
      ['23050', 2029, 'actual'],
    ]);
  });

  it('gives no figure of the year for a change column headed in Polish', () => {
    const found = read(
      [
        'Tabela 4 – Kadry',
        '',
        'Lp.    Wskaźnik                          Jednostka      2023        2024    Zmiana r/r',
        '--------------------------------------------------------------------------------------',
        '1.     Nowo zatrudnieni                  osoby           212         198       -6,6%',
        '1.1      w tym kobiety                   osoby            61          57       -6,6%',
      ].join('\n'),
    );
    expect(row(found, 5)).toEqual([
      ['212', 2023, 'actual'],
      ['198', 2024, 'actual'],
    ]);
  });

  it('gives no figure of the year for a change column headed in Norwegian', () => {
    const found = read(
      [
        'Tabell 7.2  Vann',
        '',
        'Indikator                          Enhet            2024        2023    Endring',
        '-------------------------------------------------------------------------------',
        'Vannuttak fra brønner              m³            318 400     302 750     +5,2 %',
        'Gjenbrukt vann                     m³             41 300      44 960     −8,1 %',
      ].join('\n'),
    );
    expect(row(found, 5)).toEqual([
      ['318400', 2024, 'actual'],
      ['302750', 2023, 'actual'],
    ]);
  });

  it('reads a header whose base, change and target headings finish on the line below the years', () => {
    const found = read(
      [
        'Table 3  Fleet fuel',
        '',
        'Ref.      Metric                        Unit        Base year      2023      2024  %-change    Target',
        '                                                         2019                           24/23      2028',
        '========================================================================================================',
        'F-1 2(a)  Diesel burned by trucks       GJ             71,240    58,310    55,070      -5.6',
        'F-1 2(b)  Share of biofuel blend        %                 3.1       9.8      12.4     +26.5        30',
      ].join('\n'),
    );
    expect(row(found, 6)).toEqual([
      ['71240', 2019, 'actual'],
      ['58310', 2023, 'actual'],
      ['55070', 2024, 'actual'],
    ]);
    expect(row(found, 7)).toEqual([
      ['3.1', 2019, 'actual'],
      ['9.8', 2023, 'actual'],
      ['12.4', 2024, 'actual'],
      ['30', 2028, 'target'],
    ]);
  });
});

describe('an index column (this year over last year × 100)', () => {
  it('gives no figure of the year for a bare "Indeks" column after numbered rows and a unit', () => {
    const found = read(
      [
        'Tabela 6. Voda (m³)',
        '',
        '  R.br.  Pokazatelj                     JM           2031.        2030.        2029.   Indeks',
        '  2.1    Zahvatanje iz reke             m³          72.410       70.880       69.150    102,2',
        '  2.2    Ispuštena voda                 m³          51.200       53.900       52.050     95,0',
      ].join('\n'),
      2031,
    );
    expect(row(found, 4)).toEqual([
      ['72410', 2031, 'actual'],
      ['70880', 2030, 'actual'],
      ['69150', 2029, 'actual'],
    ]);
  });

  it('reads a row whose wide unit cell pushes its figures right, under numbered-row and unit headings', () => {
    const found = read(
      [
        'Tabela 8. Sigurnost',
        '',
        '  R.br.  Pokazatelj                     JM                 2031.        2030.        2029.   Indeks',
        '  4.1    Sati rada                      sati           2.104.500    2.061.300    1.998.200    102,1',
        '  4.2    Stopa povreda                  per 200,000 hrs          1,52         1,84         2,07     82,6',
      ].join('\n'),
      2031,
    );
    expect(row(found, 5)).toEqual([
      ['1.52', 2031, 'actual'],
      ['1.84', 2030, 'actual'],
      ['2.07', 2029, 'actual'],
    ]);
  });

  it('knows "Indeks" and "Index" as headings, not "Indeks zadovoljstva"', () => {
    for (const h of ['Indeks', 'Index', 'Indeks (%)', 'INDEKS']) expect(isChangeHeading(h), h).toBe(true);
    for (const h of ['Indeks zadovoljstva', 'GRI Index', 'Index of tables'])
      expect(isChangeHeading(h), h).toBe(false);
  });
});
