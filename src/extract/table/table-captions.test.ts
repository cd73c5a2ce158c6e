import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// Made-up tables printed one under the other with little space between them.
function read(text: string, reportYear = 2025) {
  return tableMentions(text, reportYear);
}
const columns = (found: ReturnType<typeof read>, line: number) =>
  found.filter((m) => m.line === line).map((m) => [m.value, m.column ?? '']);

describe('a numbered caption between two tables', () => {
  it('ends the table above, so the rows below are not read under its header', () => {
    const found = read(
      [
        '  Exhibit 4 – Fleet by depot',
        '',
        '  Depot            Vans     Trucks     Electric',
        '  Northgate          58         21           12',
        '  Riverside          44         17            9',
        '',
        '  Exhibit 5 – Key figures for 2024',
        '',
        '  Parcels delivered (million)          18.6',
        '  Depots in operation                     7',
      ].join('\n'),
    );
    expect(columns(found, 4)).toEqual([
      ['58', 'Vans'],
      ['21', 'Trucks'],
      ['12', 'Electric'],
    ]);
    // The rows below the caption have no header: none is named "Electric", and they take its year.
    expect(
      found.filter((m) => m.line >= 9).map((m) => [m.value, m.column ?? '', m.year, m.context[0]]),
    ).toEqual([
      ['18.6', '', 2024, 'Exhibit 5 – Key figures for 2024'],
      ['7', '', 2024, 'Exhibit 5 – Key figures for 2024'],
    ]);
  });

  it('titles the table below with a caption whose number a tab cuts from its title', () => {
    const found = read(
      [
        'Fleet and depots',
        '',
        'Exhibit 3\tKey figures for 2024',
        '  Parcels delivered (million)\t18.6',
        '  Depots in operation\t7',
      ].join('\n'),
    );
    expect(found.map((m) => [m.line, m.value, m.year, m.context[0]])).toEqual([
      [4, '18.6', 2024, 'Exhibit 3 Key figures for 2024'],
      [5, '7', 2024, 'Exhibit 3 Key figures for 2024'],
    ]);
  });

  it('reads a header whose short measures sit two spaces apart when the rows below fit them', () => {
    const found = read(
      [
        'Figure 2.1 Apprentices',
        '',
        '                     Intake      Female  Female %  Completed %',
        '  Engineering            36           9      25.0         91.7',
      ].join('\n'),
    );
    expect(columns(found, 4)).toEqual([
      ['36', 'Intake'],
      ['9', 'Female'],
      ['25.0', 'Female %'],
      ['91.7', 'Completed %'],
    ]);
  });

  it('ends the table above at a title that heads a header of its own', () => {
    const found = read(
      [
        '  Headcount as at 31 December 2023',
        '  Site             Staff     Agency',
        '  Harbour plant      412         38',
        '  Contractor safety in 2024',
        '  Metric           LTIFR     TRIFR',
        '  Harbour plant     0.84      2.10',
      ].join('\n'),
    );
    expect(found.map((m) => [m.line, m.value, m.column ?? '', m.year])).toEqual([
      [3, '412', 'Staff', 2023],
      [3, '38', 'Agency', 2023],
      [6, '0.84', 'LTIFR', 2024],
      [6, '2.10', 'TRIFR', 2024],
    ]);
  });

  it('keeps a group heading over rows of figures, or of dashes, in the table', () => {
    const found = read(
      [
        '  Fuel             2025      2024',
        '  Diesel (kL)       310       344',
        '  Renewables',
        '  Biodiesel (kL)      –         –',
        '  Solar (MWh)        82        64',
      ].join('\n'),
    );
    expect(found.filter((m) => m.line === 5).map((m) => [m.value, m.year, m.context.join(' ')])).toEqual([
      ['82', 2025, 'Fuel Renewables'],
      ['64', 2024, 'Fuel Renewables'],
    ]);
  });
});

describe('a header naming a share by its words and a bare sign', () => {
  it('reads the column in per cent', () => {
    const found = read(
      [
        'Exhibit 9 – Crew, 2025',
        '',
        '                 Crew      Aged 55+ %      Cadets %',
        '  Deck             84            21.4          9.5',
      ].join('\n'),
    );
    expect(found.map((m) => [m.value, m.unit])).toEqual([
      ['84', ''],
      ['21.4', '%'],
      ['9.5', '%'],
    ]);
  });
});

describe('a title ending on a bracketed year over a label, amount and unit header', () => {
  it('dates the rows of its own table, not with the report year', () => {
    const found = read(
      [
        'Water drawn by plant (2026)',
        '',
        'Item                                     Amount      Units',
        'Borehole water                            5,310      m3',
        '',
        'Water drawn by plant (2024)',
        '',
        'Item                                     Amount      Units',
        'Borehole water                            4,870      m3',
      ].join('\n'),
      2026,
    );
    expect(found.map((m) => [m.line, m.value, m.year])).toEqual([
      [4, '5310', 2026],
      [9, '4870', 2024],
    ]);
  });
});

describe('a title printing its year with the prior year in brackets', () => {
  it('dates the rows by the first year, not the bracketed comparative', () => {
    const found = read(
      [
        'Exhibit 2  Harbour dues, 2026 (2025)',
        '',
        'Item                                     Amount      Units',
        'Quay fees                                 6,120      NOK',
      ].join('\n'),
      2026,
    );
    expect(found.map((m) => [m.line, m.value, m.year])).toEqual([[4, '6120', 2026]]);
  });
});

describe('a caption that closes on its currency and scale without brackets', () => {
  it('gives its rows that unit; a caption closing on other words gives none', () => {
    const found = read(
      [
        'Exhibit 9 – Grants to local partners, CHF thousand',
        '',
        '                                   2023       2024       2025',
        'Schools and apprenticeships        1,284      1,397      1,512',
        'Total                              2,906      3,118      3,347',
        '',
        'Exhibit 10 – Volunteering, by canton',
        '',
        '                                   2023       2024       2025',
        'Volunteer days                       412        455        498',
      ].join('\n'),
    );
    expect(found.filter((m) => m.year === 2025).map((m) => [m.value, m.unit])).toEqual([
      ['1512', 'CHF thousand'],
      ['3347', 'CHF thousand'],
      ['498', ''],
    ]);
  });
});

describe('two numbered captions printed side by side', () => {
  it('end the year-headed table above, so the tables under them take no year column of it', () => {
    const found = read(
      [
        'Табела 2. Возен парк',
        '  Показател              2023      2024      2025',
        '  Комбиња                  41        44        47',
        '',
        'Табела 3. Комбиња по депо, 31.12.2025        Табела 4. Возачи по депо, 31.12.2025',
        '  Депо             Комбиња                   Депо              Возачи    Обучени',
        '  Север                 19                   Север                 33         21',
        '  Југ                   28                   Југ                   52         30',
      ].join('\n'),
    );
    // The right table's figures are all of the captions' year, none of 2024's column above them.
    expect(found.filter((m) => m.line >= 7).map((m) => [m.line, m.value, m.year])).toEqual([
      [7, '33', 2025],
      [7, '21', 2025],
      [8, '52', 2025],
      [8, '30', 2025],
    ]);
  });
});
