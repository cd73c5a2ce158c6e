import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { findContentsPage, findRunningHeaders, toReportLines } from './index.js';
import { measuresOverYears, rowsOfMarkup } from './table-markup.js';

describe('rowsOfMarkup', () => {
  it('reads markdown, HTML and space-aligned rows', () => {
    expect(rowsOfMarkup('| Scope 1 | 1,200 | 1,100 |')).toEqual([['Scope 1', '1,200', '1,100']]);
    expect(rowsOfMarkup('|---|:---:|')).toEqual([]);
    expect(
      rowsOfMarkup('<table><tr><th>Type</th><th>2022</th></tr><tr><td>Water</td><td>5.1</td></tr></table>'),
    ).toEqual([
      ['Type', '2022'],
      ['Water', '5.1'],
    ]);
    expect(rowsOfMarkup('Scope 1 emissions      1,200      1,100')).toEqual([
      ['Scope 1 emissions', '1,200', '1,100'],
    ]);
    expect(rowsOfMarkup('We planted 300   trees.')).toBeUndefined();
  });

  it('drops a rule line under a header and parts wide figures that only two spaces separate', () => {
    expect(rowsOfMarkup('   ==========================')).toEqual([]);
    expect(rowsOfMarkup('  ─────────────────────')).toEqual([]);
    expect(rowsOfMarkup('  Steam bought      3,407,115  3,118,260       +9.3')).toEqual([
      ['Steam bought', '3,407,115', '3,118,260', '+9.3'],
    ]);
    expect(rowsOfMarkup('Grid power  for offices      512      498')).toEqual([
      ['Grid power  for offices', '512', '498'],
    ]);
  });

  it('parts a column of words two spaces after the last figure, never from the label', () => {
    expect(rowsOfMarkup('  Spent filters               7.380     8.150  composted')).toEqual([
      ['Spent filters', '7.380', '8.150', 'composted'],
    ]);
    expect(rowsOfMarkup('  Scrap metal       2,914     3,077  licensed dealer')).toEqual([
      ['Scrap metal', '2,914', '3,077', 'licensed dealer'],
    ]);
    expect(rowsOfMarkup('4  Water reused      1,204      1,190')).toEqual([
      ['4  Water reused', '1,204', '1,190'],
    ]);
  });

  it('splits a header of fiscal years and a target year, which holds no figure', () => {
    expect(rowsOfMarkup('  kWh        2023/24     2022/23    Target 2027/28')).toEqual([
      ['kWh', '2023/24', '2022/23', 'Target 2027/28'],
    ]);
    expect(rowsOfMarkup('            FY22/23      FY21/22')).toEqual([['FY22/23', 'FY21/22']]);
    expect(rowsOfMarkup('Our plan   for 2023/24   was met')).toBeUndefined();
  });

  it('parts a units column two spaces after the last year or the last figure', () => {
    expect(rowsOfMarkup('            FY26        FY25        FY24  Unit')).toEqual([
      ['FY26', 'FY25', 'FY24', 'Unit'],
    ]);
    expect(rowsOfMarkup('Diesel          12,840      12,210      11,960  kL')).toEqual([
      ['Diesel', '12,840', '12,210', '11,960', 'kL'],
    ]);
    expect(rowsOfMarkup('Scope 1          4,120       3,980       3,870  t CO2-e')).toEqual([
      ['Scope 1', '4,120', '3,980', '3,870', 't CO2-e'],
    ]);
  });

  it('parts a units column two spaces before a run of wide figures', () => {
    expect(rowsOfMarkup('Hours worked            hours  10,412,300  21,604,800  10,958,100')).toEqual([
      ['Hours worked', 'hours', '10,412,300', '21,604,800', '10,958,100'],
    ]);
    expect(rowsOfMarkup('Note     see page 12  14,200  15,100')).not.toEqual([
      ['Note', 'see page 12', '14,200', '15,100'],
    ]);
  });

  it('parts a count word or a rate base two spaces after the last figure as the units column', () => {
    expect(rowsOfMarkup('Spills to ground            12           9          14  number')).toEqual([
      ['Spills to ground', '12', '9', '14', 'number'],
    ]);
    expect(
      rowsOfMarkup('LTIR                      0.42        0.38        0.51  per 200,000 hours worked'),
    ).toEqual([['LTIR', '0.42', '0.38', '0.51', 'per 200,000 hours worked']]);
  });

  it('splits figures with space separators, "per cent", footnote marks and rows of nil or dashes', () => {
    expect(rowsOfMarkup('  Steam (GJ)       84 210      80 115')).toEqual([
      ['Steam (GJ)', '84 210', '80 115'],
    ]);
    expect(rowsOfMarkup('  Recycled     41.5 per cent 39.0 per cent  36 per cent')).toEqual([
      ['Recycled', '41.5 per cent', '39.0 per cent', '36 per cent'],
    ]);
    expect(rowsOfMarkup('  Office paper (t)      2.7b      3.1²')).toEqual([
      ['Office paper (t)', '2.7b', '3.1²'],
    ]);
    expect(rowsOfMarkup('  Biogas (MWh)      2,915R')).toEqual([['Biogas (MWh)', '2,915R']]);
    expect(rowsOfMarkup('  Oil spills      nil      –      n.a.')).toEqual([
      ['Oil spills', 'nil', '–', 'n.a.'],
    ]);
    expect(rowsOfMarkup('We had nil   spills and no   fines')).toBeUndefined();
    expect(rowsOfMarkup('  Heat sold      −4.6      1\u202f085.5      62.0 %')).toEqual([
      ['Heat sold', '−4.6', '1\u202f085.5', '62.0 %'],
    ]);
  });

  it('splits an index row that points elsewhere and ends in a no-data mark', () => {
    expect(rowsOfMarkup('EM-CM-120a.1    Stack emissions of dust and SOx    refer to annex B    –')).toEqual([
      ['EM-CM-120a.1', 'Stack emissions of dust and SOx', 'refer to annex B', '–'],
    ]);
    expect(rowsOfMarkup('We met   every permit   limit')).toBeUndefined();
    expect(rowsOfMarkup('EM-CM-140a.1    Fresh water withdrawn    (1) 2,104; (2) 38%    –')).toBeUndefined();
  });

  it('splits space-grouped figures with a decimal comma, as French reports print them', () => {
    expect(rowsOfMarkup('  Boues épandues     tonnes     12 604,8      9 377,1      7 025,3')).toEqual([
      ['Boues épandues', 'tonnes', '12 604,8', '9 377,1', '7 025,3'],
    ]);
  });

  it('splits a line of bracketed units under the years, even two spaces apart', () => {
    expect(rowsOfMarkup('        (hires)       (%)  (hires)       (%)')).toEqual([
      ['(hires)', '(%)', '(hires)', '(%)'],
    ]);
    // A unit wrapped over two lines: the first half opens the bracket, the second closes it.
    expect(rowsOfMarkup('      (kgCO2e/         (kgCO2e/')).toEqual([['(kgCO2e/', '(kgCO2e/']]);
    expect(rowsOfMarkup('   unit sold)      unit sold)')).toEqual([['unit sold)', 'unit sold)']]);
    expect(rowsOfMarkup('Our plants (both of them)   met the limits.')).toBeUndefined();
  });

  it('splits a line of measures only when a line of years follows it', () => {
    const over = measuresOverYears(
      'Share recycled (%)     Waste per site',
      'FY2023   FY2024   FY2023   FY2024',
    );
    expect(over).toEqual([['', 'Share recycled (%)', 'Waste per site']]);
    expect(measuresOverYears('Share recycled (%)     Waste per site', 'Plant A   120   130')).toBeUndefined();
    expect(measuresOverYears('We met them.     All of them.', '2023   2024')).toBeUndefined();
  });
});

describe('toReportLines', () => {
  it('keeps line numbers when a line holds several HTML rows', () => {
    const lines = toReportLines(
      docFromText('Intro\n<tr><td>Water</td><td>5.1</td></tr><tr><td>Waste</td><td>2</td></tr>'),
    );
    expect(lines.map((l) => [l.no, l.cells])).toEqual([
      [1, ['Intro']],
      [2, ['Water', '5.1']],
      [2, ['Waste', '2']],
    ]);
  });
});

describe('findRunningHeaders', () => {
  it('flags lines repeated on many pages but not table rows', () => {
    const text = Array.from(
      { length: 5 },
      (_v, i) =>
        `2021 Environmental, Social and Governance Report\nBody text ${String(i)}.\nMale\t${String(i)}`,
    ).join('\n');
    const lines = toReportLines(docFromText(text));
    const noise = findRunningHeaders(lines);
    expect(lines.filter((l) => noise.has(l.no)).map((l) => l.text)).toEqual(
      Array(5).fill('2021 Environmental, Social and Governance Report'),
    );
  });

  it('flags a footer that ends in the page number of a text report, not a row repeated with figures', () => {
    const page = (n: number): string =>
      [
        `ACME TILES LTD          Sustainability Report 2024/25          ${String(n)}`,
        ...Array.from({ length: 8 }, (_v, k) => `Paragraph ${String(k)} of page ${String(n)}.`),
        `Women managers            ${String(n * n)}`,
      ].join('\n');
    const lines = toReportLines(docFromText([11, 12, 13, 14].map(page).join('\n')));
    const noise = findRunningHeaders(lines);
    expect(lines.filter((l) => noise.has(l.no)).map((l) => l.no)).toEqual([1, 11, 21, 31]);
  });
});

describe('findContentsPage', () => {
  it('ends the contents page at the first paragraph or data table', () => {
    const lines = toReportLines(
      docFromText(
        ['CONTENTS', '1\tAbout the Report\t10\tResponsible Operation', 'x'.repeat(250), 'Other'].join('\n'),
      ),
    );
    expect([...findContentsPage(lines)]).toEqual([1, 2]);
  });

  it('leaves the lines after its last entry to the page that follows', () => {
    const text = [
      'Contents',
      'Our mills   4',
      'Water   9',
      '',
      'KEY FIGURES',
      '',
      'Pulp shipped',
      '212,400 t',
    ];
    const lines = toReportLines(docFromText(text.join('\n')));
    expect([...findContentsPage(lines)]).toEqual([1, 2, 3]);
  });

  it('knows the contents heading in other languages, spaced as Chinese reports print it', () => {
    for (const heading of ['目  录', '目錄', 'Inhaltsverzeichnis', 'Sommaire', 'Índice', 'Spis treści']) {
      const text = [
        heading,
        '  一、About us          .................. 3',
        '  二、Our people        .................. 24',
        '',
      ];
      const lines = toReportLines(docFromText(text.join('\n')));
      expect([...findContentsPage(lines)], heading).toEqual([1, 2, 3]);
    }
  });
});
