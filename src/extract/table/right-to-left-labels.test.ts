import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { findRunningHeaders, toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';

// A made-up Gulf-listed airline's tables: years newest first, a Unit column after them and each row's
// label again in Arabic at its end (or on a line of its own above it); titles pairing both languages,
// numbered in Arabic-Indic digits; a footer with its parts set off by bars.
const footer = (page: number) =>
  `Qamar Aviation PJSC   |   Sustainability Report 2026   |   تقرير الاستدامة ٢٠٢٦                     ${String(page)}`;
const filler = (page: number) => [
  footer(page),
  '',
  'Our fleet flies from two hubs and serves forty-one cities.',
  'Cabin waste is sorted on board.',
  'Crews train at our own academy.',
  'Cargo is carried in the holds of passenger aircraft.',
  'Older aircraft are retired as new ones arrive.',
  'Noise at night is kept within the airport limits.',
  '',
];
const TEXT = [
  ...filler(11),
  '3  FLEET AND FUEL                                                   الأسطول والوقود',
  '',
  'Table 3.2  Fuel and fleet                                  الجدول ٣-٢ الوقود والأسطول',
  '',
  '                                      2026         2025         2024   Unit            البند',
  '---------------------------------------------------------------------------------------------',
  'Jet fuel burned                     412,630      398,114      371,902   tonnes          وقود الطائرات',
  'Ground vehicle diesel                 2,318        2,406        2,511   kL              ديزل المركبات',
  'Fuel intensity                        3.184        3.262        3.341   kg/passenger النسبة',
  'Aircraft in service                      58           55           51   number          الطائرات',
  '---------------------------------------------------------------------------------------------',
  '',
  ...filler(12),
  'Table 4.1  Cabin crew                                          الجدول ٤-١ طاقم الضيافة',
  '                                      2026         2025         2024   Unit',
  '---------------------------------------------------------------------------------------------',
  '  عدد أفراد الطاقم',
  'Cabin crew                            2,904        2,771        2,655   headcount',
  '  الإناث',
  'Women in cabin crew                   1,688        1,590        1,502   headcount',
  '---------------------------------------------------------------------------------------------',
  '',
  ...filler(13),
  ...filler(14),
].join('\n');

function read() {
  const lines = toReportLines(docFromText(TEXT));
  const noise = findRunningHeaders(lines);
  const found = extractTables(lines, { reportYear: 2026, noise, skip: new Set() }).mentions;
  return { found, noise, lines };
}
const at = (line: string) => TEXT.split('\n').indexOf(line) + 1;

describe('tables printing each label in English and Arabic', () => {
  const { found, noise, lines } = read();
  const rows = (label: string) =>
    found.filter((m) => m.label === label).map((m) => [m.year, m.value, m.unit] as const);

  it('reads years newest first, the unit column after them and no Arabic column', () => {
    expect(rows('Jet fuel burned')).toEqual([
      [2026, '412630', 'tonnes'],
      [2025, '398114', 'tonnes'],
      [2024, '371902', 'tonnes'],
    ]);
    expect(rows('Ground vehicle diesel')[2]).toEqual([2024, '2511', 'kL']);
    expect(rows('Aircraft in service')[0]).toEqual([2026, '58', 'number']);
  });

  it('keeps a unit the Arabic label follows one space after', () => {
    expect(rows('Fuel intensity')[0]).toEqual([2026, '3.184', 'kg/passenger']);
  });

  it('reads rows whose Arabic label is a line of its own above them', () => {
    expect(rows('Women in cabin crew')).toEqual([
      [2026, '1688', 'headcount'],
      [2025, '1590', 'headcount'],
      [2024, '1502', 'headcount'],
    ]);
  });

  it('takes neither the Arabic-Indic numbers of titles nor a footer’s page number as figures', () => {
    expect(found.every((m) => /^[A-Z]/.test(m.label))).toBe(true);
    expect(found.some((m) => ['11', '12', '13', '14', '3', '2', '4', '1'].includes(m.value))).toBe(false);
    const footers = lines.filter((l) => l.raw.startsWith('Qamar Aviation')).map((l) => l.no);
    expect(footers.every((no) => noise.has(no))).toBe(true);
    expect(
      lines.find((l) => l.no === at('3  FLEET AND FUEL' + ' '.repeat(51) + 'الأسطول والوقود'))?.text,
    ).toBe('3 FLEET AND FUEL');
  });
});

describe('a header line printed only in Arabic under the English header', () => {
  it('is its translation: the English names and units still head the year rows', () => {
    const text = [
      'Table 2  Indicators by year',
      '',
      'Year        Fuel        Scope 1        Water',
      '            (GJ)        (tCO2e)        (m³)',
      'السنة       الوقود      النطاق ١        المياه',
      '2030     512,400         36,910      186,240',
      '2031     498,150         35,870      181,600',
    ].join('\n');
    const lines = toReportLines(docFromText(text));
    const found = extractTables(lines, {
      reportYear: 2031,
      noise: findRunningHeaders(lines),
      skip: new Set(),
    });
    expect(found.mentions.filter((m) => m.line === 7).map((m) => [m.label, m.unit, m.year])).toEqual([
      ['Fuel (GJ)', 'GJ', 2031],
      ['Scope 1 (tCO2e)', 'tCO2e', 2031],
      ['Water (m3)', 'm3', 2031],
    ]);
  });
});
