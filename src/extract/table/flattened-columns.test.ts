import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { findRunningHeaders, toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';

// Tables as PDF-to-text prints them without layout: the label column, then the unit column, then
// one block of figures per year, each one a line. The reports and figures are made up for the tests.
function read(text: string, reportYear = 2025) {
  const lines = toReportLines(docFromText(text));
  return extractTables(lines, { reportYear, noise: findRunningHeaders(lines), skip: new Set() }).mentions;
}
const cells = (found: ReturnType<typeof read>) =>
  found.map((m) => [m.line, m.label, m.value, m.unit, m.year]);

/** A page under a running header, ending in a footer with its page number; filler prose above or below the body. */
function page(no: number, body: readonly string[], proseFirst = true): string {
  const prose = Array.from(
    { length: 6 },
    (_v, k) => `Paragraph ${String(k)} about the operations on page ${String(no)}.`,
  );
  return [
    'Brightwater Ferries plc  Sustainability Review',
    ...(proseFirst ? [...prose, ...body] : [...body, ...prose]),
    `Brightwater Ferries plc  Annual Sustainability Review  ${String(no)}`,
  ].join('\n');
}

describe('flattened tables: label, unit and year blocks printed one under the other', () => {
  it('reads three yearly blocks with a unit block across a page break, a glued note mark and a split word', () => {
    const first = page(11, [
      'Table 6: Vessel fuel and waste',
      '',
      'Metric',
      'Marine gas\toil',
      'Bilge water discharged',
      'Vessel fuel intensity',
      '',
      'Unit',
      'tonnes',
      'm³',
      'tonnes/sailing',
      '',
      '2025',
      '6,412.7',
      '2,8175',
      '0.84',
      '',
      '2024',
    ]);
    const second = page(
      12,
      [
        '6,190.3',
        '2,744',
        '0.81',
        '',
        '2023',
        '5,977.0',
        '2,690',
        '0.83',
        '',
        '5 Bilge water from the two vessels refitted in 2025 is included.',
        '',
        'Marine gasoil is bought under a fixed-price contract.',
      ],
      false,
    );
    const text = [page(9, []), page(10, []), first, second, page(13, [])].join('\n\f');
    const found = read(text).filter((m) => m.line > 20);
    // Page 11 ends with the 2024 year line (41) and its footer (42); page 12 opens (43) on that year's figures.
    // "m³" is cleaned to "m3".
    expect(cells(found)).toEqual([
      [37, 'Marine gasoil', '6412.7', 'tonnes', 2025],
      [38, 'Bilge water discharged', '2817', 'm3', 2025],
      [39, 'Vessel fuel intensity', '0.84', 'tonnes/sailing', 2025],
      [44, 'Marine gasoil', '6190.3', 'tonnes', 2024],
      [45, 'Bilge water discharged', '2744', 'm3', 2024],
      [46, 'Vessel fuel intensity', '0.81', 'tonnes/sailing', 2024],
      [49, 'Marine gasoil', '5977.0', 'tonnes', 2023],
      [50, 'Bilge water discharged', '2690', 'm3', 2023],
      [51, 'Vessel fuel intensity', '0.83', 'tonnes/sailing', 2023],
    ]);
    // The caption's words after its number name the table.
    expect(found[0]?.context).toEqual(['Vessel fuel and waste']);
  });

  it('reads two fiscal-year blocks without a unit block, units in the labels', () => {
    const text = [
      'Table 3  Our people',
      '',
      'Indicator',
      'Employees (headcount)',
      'Women in leadership (%)',
      'Lost-time injuries (number)',
      '',
      'FY2025/26',
      '3,406',
      '27.5',
      '9',
      '',
      'FY2024/25',
      '3,118',
      '25.0',
      '14',
    ].join('\n');
    expect(cells(read(text, 2026))).toEqual([
      [9, 'Employees (headcount)', '3406', 'headcount', 2026],
      [10, 'Women in leadership (%)', '27.5', '%', 2026],
      [11, 'Lost-time injuries (number)', '9', 'number', 2026],
      [14, 'Employees (headcount)', '3118', 'headcount', 2025],
      [15, 'Women in leadership (%)', '25.0', '%', 2025],
      [16, 'Lost-time injuries (number)', '14', 'number', 2025],
    ]);
  });

  it('keeps the unit block to one unit per label, so the year line after it is not taken for a unit', () => {
    const text = [
      'Indicator',
      'Rail freight',
      'Road freight',
      '',
      'Unit',
      'tonne-km',
      'tonne-km',
      'FY2025',
      '81,200',
      '640,910',
      'FY2024',
      '79,450',
      '655,030',
    ].join('\n');
    expect(cells(read(text)).map(([, label, value, unit, year]) => [label, value, unit, year])).toEqual([
      ['Rail freight', '81200', 'tonne-km', 2025],
      ['Road freight', '640910', 'tonne-km', 2025],
      ['Rail freight', '79450', 'tonne-km', 2024],
      ['Road freight', '655030', 'tonne-km', 2024],
    ]);
  });

  it('does not read a figure with a broken grouping when no note with that mark is printed under the table', () => {
    const text = [
      'Indicator',
      'Visitors',
      'Guided tours',
      '',
      '2025',
      '12,4407',
      '318',
      '',
      'Visitor numbers are counted at the gate.',
    ].join('\n');
    const found = read(text);
    expect(found.map((m) => m.value)).not.toContain('12440');
    expect(found.map((m) => m.value)).not.toContain('124407');
  });

  it('reads a tab inside a label as a space when the joined word is printed nowhere whole', () => {
    const text = ['Indicator', 'Waste\tsent to landfill', 'Waste recycled', '', '2025', '412', '1,096'].join(
      '\n',
    );
    expect(read(text).map((m) => m.label)).toEqual(['Waste sent to landfill', 'Waste recycled']);
  });
});
