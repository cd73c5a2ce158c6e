import { describe, expect, it } from 'vitest';
import { tryParseUnit } from '../../core/index.js';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { readFigureFirstBlocks } from './figure-first-block.js';

const read = (text: string) =>
  readFigureFirstBlocks(toReportLines(docFromText(text)), {
    reportYear: 2025,
    ignore: () => false,
  }).mentions.map((m) => [m.line, m.value, m.unit, m.label, m.year]);

describe('highlight tiles: a row of names over the figures under them', () => {
  it('names each figure by the words printed over it, row of tiles by row of tiles', () => {
    const text = [
      'Year at a glance',
      '',
      '   Turnover                    Paper shipped               Staff',
      '   88.3 M€                     126,540 t                   912',
      '',
      '   Recycled fibre              Water drawn                 Lost-time injuries',
      '   64.5 %                      1,204,300 m³                3',
    ].join('\n');
    expect(read(text)).toEqual([
      [4, '88.3', 'M€', 'Turnover', 2025],
      [4, '126540', 't', 'Paper shipped', 2025],
      [4, '912', '', 'Staff', 2025],
      [7, '64.5', '%', 'Recycled fibre', 2025],
      [7, '1204300', 'm3', 'Water drawn', 2025],
      [7, '3', 'injuries', 'Lost-time injuries', 2025],
    ]);
  });

  it('names each figure by the name in its place when the gaps are tabs', () => {
    const text = [
      'Year at a glance',
      '',
      '   Net turnover of the group\tPaper shipped\tStaff',
      '   88.3 M€\t126,540 t\t912',
    ].join('\n');
    expect(read(text)).toEqual([
      [4, '88.3', 'M€', 'Net turnover of the group', 2025],
      [4, '126540', 't', 'Paper shipped', 2025],
      [4, '912', '', 'Staff', 2025],
    ]);
  });

  it('reads a name dated by a day and month ("at 31 December", "la 31 decembrie")', () => {
    const text = [
      '   Water drawn                 Staff at 31 December        Sites',
      '   845,200 m³                  1,316                       7',
      '',
      '   Apă captată                 Salariați la 31 decembrie   Amplasamente',
      '   845.200 m³                  1.316                       7',
    ].join('\n');
    expect(read(text).map((r) => [r[0], r[3]])).toEqual([
      [2, 'Water drawn'],
      [2, 'Staff at 31 December'],
      [2, 'Sites'],
      [5, 'Apă captată'],
      [5, 'Salariați la 31 decembrie'],
      [5, 'Amplasamente'],
    ]);
  });

  it('reads tiles framed by box-drawing lines as the same tiles printed without frames', () => {
    const text = [
      'Year at a glance',
      '',
      '  ┃ Paper shipped               ┃ Water drawn                 ┃ Staff',
      '  ┃ 126,540 t                   ┃ 1,204,300 m³                ┃ 912',
    ].join('\n');
    expect(read(text)).toEqual([
      [4, '126540', 't', 'Paper shipped', 2025],
      [4, '1204300', 'm3', 'Water drawn', 2025],
      [4, '912', '', 'Staff', 2025],
    ]);
  });

  it("reads a tile's figure before the arrowed change printed after it", () => {
    const text = [
      '   Emissions (Scope 1+2)       Water drawn                       Staff',
      '   1,204,310 tCO2e  ▼2.1%      8,412.6 thousand m³  ▲0.4%        3,218',
    ].join('\n');
    expect(read(text)).toEqual([
      [2, '1204310', 'tCO2e', 'Emissions', 2025],
      [2, '8412.6', 'thousand m3', 'Water drawn', 2025],
      [2, '3218', '', 'Staff', 2025],
    ]);
  });

  it('reads two tiles whose figures are grouped by spaces, as Cyrillic and French reports print them', () => {
    const text = [
      '   Изразходвана вода                           Отпадъци',
      '   612 804 м³                                  1 274 т',
    ].join('\n');
    // A document written in Cyrillic keeps its unit letters as printed (`м3`, `т`); the unit registry reads them.
    expect(read(text)).toEqual([
      [2, '612804', 'м3', 'Изразходвана вода', 2025],
      [2, '1274', 'т', 'Отпадъци', 2025],
    ]);
    expect(['м3', 'т'].map((u) => tryParseUnit(u)?.symbol)).toEqual(['m3', 't']);
  });

  it('leaves a header of measures over rows of unlabelled figures to the table reader', () => {
    const text = [
      '   Scope 1         Scope 2         Scope 3',
      '   1,240           3,815           22,904',
      '   1,198           3,902           21,777',
    ].join('\n');
    expect(read(text)).toEqual([]);
  });

  it('leaves names that stand over no figure of their own as they were', () => {
    const text = [
      '   Turnover                                Staff',
      '               88.3 M€        912',
    ].join('\n');
    expect(read(text)).toEqual([]);
  });

  it('names each figure by a name wrapped over two lines above it, a column of the second line left empty', () => {
    const text = [
      'Highlights of the year',
      '',
      '   Total GHG          Water              Waste to            Female',
      '   emissions          withdrawn                              directors',
      '   23,481 tCO2e       318,900 m³         2,064 t             4',
    ].join('\n');
    expect(read(text)).toEqual([
      [5, '23481', 'tCO2e', 'Total GHG emissions', 2025],
      [5, '318900', 'm3', 'Water withdrawn', 2025],
      [5, '2064', 't', 'Waste to', 2025],
      [5, '4', 'directors', 'Female directors', 2025],
    ]);
  });

  it('leaves a wrapped name whose second line spans two figures to the table reader', () => {
    const text = [
      '   Total GHG          Water              Waste',
      '   emissions of the group and its suppliers',
      '   23,481 tCO2e       318,900 m³         2,064 t',
    ].join('\n');
    expect(read(text)).toEqual([]);
  });

  it('gives a bare figure the unit its name leads with ("MWh used", "thousand TEU handled")', () => {
    const text = [
      '   MWh electricity        thousand TEU       tCO2e Scope 1        Staff',
      '   used                   handled            and 2',
      '   8,412.5                1,206.3            23,481               912',
    ].join('\n');
    expect(read(text)).toEqual([
      [3, '8412.5', 'MWh', 'MWh electricity used', 2025],
      [3, '1206.3', 'thousand TEU', 'thousand TEU handled', 2025],
      [3, '23481', 'tCO2e', 'tCO2e Scope 1 and 2', 2025],
      [3, '912', '', 'Staff', 2025],
    ]);
  });

  it('reads names wrapped over four lines, a rate base among their words', () => {
    const text = [
      '   Timber             Accident           Women on',
      '   reused on          frequency          site',
      '   sites              (per 200,000',
      '                      hours)',
      '   1,482.6 t          0.46               274',
    ].join('\n');
    expect(read(text).map((r) => [r[0], r[1], r[3]])).toEqual([
      [5, '1482.6', 'Timber reused on sites'],
      [5, '0.46', 'Accident frequency'],
      [5, '274', 'Women on site'],
    ]);
  });

  it('leaves a row label printed from the margin under a header of measures to the table reader', () => {
    const text = [
      '                        Water drawn           Water returned',
      '                        (megalitres)          (megalitres)',
      'Republic of Examplestan and its islands',
      '                          4,812.5               3,906.1',
    ].join('\n');
    expect(read(text)).toEqual([]);
  });

  it('reads each name over its unit or date in brackets on a line of its own', () => {
    const text = [
      '  ────────────────────────────────────────────────────────────',
      '  Pupils taught       Rainwater kept       Women on staff       Staff',
      '  (term census)       (m³)                 (%)                  (31 Mar 2025)',
      '  8,214               52,640               71.4                 1,037',
      '  ────────────────────────────────────────────────────────────',
    ].join('\n');
    expect(read(text).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      [4, '8214', 'pupils', 'Pupils taught (term census)'],
      [4, '52640', 'm³', 'Rainwater kept (m³)'],
      [4, '71.4', '%', 'Women on staff (%)'],
      [4, '1037', '', 'Staff'],
    ]);
  });
});
