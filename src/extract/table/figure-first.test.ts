import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { findRunningHeaders, toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';

// Highlights printed value first, then the unit, then what the figure is; the figures are made up.
function read(text: string, reportYear = 2024) {
  const lines = toReportLines(docFromText(text));
  return extractTables(lines, { reportYear, noise: findRunningHeaders(lines), skip: new Set() });
}

const rows = (text: string, reportYear?: number) =>
  read(text, reportYear).mentions.map((m) => [m.line, m.value, m.unit, m.year, m.label]);

describe('a highlights block printed value first', () => {
  it('names each figure by the words after it, never by a second figure inside them', () => {
    const text = [
      'YEAR IN REVIEW',
      '',
      '   41,870 MWh              electricity bought (22.4% from wind)',
      '   9,315 t CO2e            Scope 1 emissions, down 3.8% on last year',
      '   612.5 ML                water drawn, 2.1% more than in 2023',
      '   71.6%                   of packaging made from recycled fibre',
      '   3,018                   people employed at year-end; 44.0% women',
      '   €2.9 million            given to local charities, including 120 tonnes of food',
    ].join('\n');
    expect(rows(text)).toEqual([
      [3, '41870', 'MWh', 2024, 'electricity bought'],
      [4, '9315', 't CO2e', 2024, 'Scope 1 emissions'],
      [5, '612.5', 'ML', 2024, 'water drawn'],
      [6, '71.6', '%', 2024, 'of packaging made from recycled fibre'],
      [7, '3018', '', 2024, 'people employed at year-end'],
      [8, '2.9', '€ million', 2024, 'given to local charities'],
    ]);
    expect(read(text).mentions.every((m) => m.listed === true && m.kind === 'text')).toBe(true);
  });

  it('keeps a bracket without a figure in the name ("(location-based)")', () => {
    const text = [
      '   18,204 tCO2e    Scope 2 emissions (location-based)',
      '   7.1%    of fleet electric',
    ].join('\n');
    expect(rows(text).map((r) => r[4])).toEqual(['Scope 2 emissions (location-based)', 'of fleet electric']);
  });

  it('dates the block by its heading, and a figure by its own year, not a year it is compared with', () => {
    const text = [
      'Highlights 2023',
      '',
      '   5,204 MWh      solar power generated',
      '   388            volunteers in 2022',
      '   12.7 kt        waste, from 13.9 kt in 2022',
    ].join('\n');
    expect(rows(text).map((r) => [r[1], r[3]])).toEqual([
      ['5204', 2023],
      ['388', 2022],
      ['12.7', 2023],
    ]);
  });

  it('reads list marks and boxed cells ("▶ 1,284 …", "12.4 TJ | energy saved")', () => {
    const text = [
      'At a glance',
      '▶ 2,715 staff completed safety training',
      '▶ 96.4% of sites with certified energy management',
      '',
      '8.6 TJ | fuel saved',
      '2,330 t | waste sent to recycling',
    ].join('\n');
    expect(rows(text)).toEqual([
      [2, '2715', '', 2024, 'staff completed safety training'],
      [3, '96.4', '%', 2024, 'of sites with certified energy management'],
      [5, '8.6', 'TJ', 2024, 'fuel saved'],
      [6, '2330', 't', 2024, 'waste sent to recycling'],
    ]);
  });

  it('keeps the words after "tonnes of" that name what is weighed ("of copper swarf"), not the unit', () => {
    const text = [
      'Highlights',
      '▪ 7,318 tonnes of copper swarf returned to the smelter',
      '▪ 2,940 tonnes of CO2 captured at the kiln',
    ].join('\n');
    expect(rows(text)).toEqual([
      [2, '7318', 'tonnes', 2024, 'of copper swarf returned to the smelter'],
      [3, '2940', 'tonnes of CO2', 2024, 'captured at the kiln'],
    ]);
  });

  it('leaves a listed sentence or an item with a second figure to the prose reader', () => {
    const text = [
      '• 1,930 employees, of whom 41.5% are women',
      '• 604 MWh of solar power generated at two plants.',
      '• 3,120 t of waste recycled',
      '• 77.0% of suppliers screened',
    ].join('\n');
    const found = read(text);
    expect(found.mentions.map((m) => m.line)).toEqual([3, 4]);
    expect([...found.tableLines].sort()).toEqual([3, 4]);
  });
});

describe('lines a value-first reader must leave alone', () => {
  it('leaves years as rows to the table reader', () => {
    const text = ['Year\tScope 1\tScope 2', '2024\t12,480\t3,210', '2023\t12,905\t3,377'].join('\n');
    const found = read(text).mentions.filter((m) => m.listed === true);
    expect(found).toEqual([]);
    expect(read(text).mentions.map((m) => [m.value, m.year])).toContainEqual(['12480', 2024]);
  });

  it('reads no numbered list items, numbered sections or page numbers', () => {
    const text = [
      '1.   Reduce water use at every plant',
      '2.   Train all staff on human rights',
      '',
      '2.1   Governance',
      '2.2   Strategy',
      '2.3   Risk management',
      '',
      '14    Northwind Mills Sustainability Report',
      '15    Northwind Mills Sustainability Report',
      '',
      '(1)  Includes contractors',
      '(2)  Excludes joint ventures',
    ].join('\n');
    expect(read(text).mentions.filter((m) => m.listed === true)).toEqual([]);
  });

  it('needs a list: one figure-first line alone is no highlights block', () => {
    const text = ['Our plants', '', '   4,120 MWh     electricity bought', '', 'The rest is prose.'].join(
      '\n',
    );
    expect(read(text).mentions.filter((m) => m.listed === true)).toEqual([]);
  });

  it('takes no target for the year', () => {
    const text = [
      '   50%     renewable electricity by 2030',
      '   30%     cut in water intensity target',
    ].join('\n');
    expect(read(text).mentions.filter((m) => m.listed === true)).toEqual([]);
  });
});
