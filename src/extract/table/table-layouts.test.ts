import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { findRunningHeaders, toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';

// Layouts seen in reports outside the dev corpus; the tables here are made up for the tests.
function read(text: string, reportYear = 2024) {
  const lines = toReportLines(docFromText(text));
  return extractTables(lines, { reportYear, noise: findRunningHeaders(lines), skip: new Set() }).mentions;
}

describe('table layouts', () => {
  it('reads a header with two label columns before the year columns', () => {
    const text = [
      'Table 9 Staff profile',
      'Group\tItem\t2024\t2023',
      'Gender\tMen\t611\t598',
      '\tWomen\t207\t215',
      'Region\tOverseas\t33\t29',
    ].join('\n');
    const found = read(text);
    expect(found.map((m) => [m.line, m.label, m.value, m.year])).toEqual([
      [3, 'Men', '611', 2024],
      [3, 'Men', '598', 2023],
      [4, 'Women', '207', 2024],
      [4, 'Women', '215', 2023],
      [5, 'Overseas', '33', 2024],
      [5, 'Overseas', '29', 2023],
    ]);
    expect(found[2]?.context).toContain('Gender');
    expect(found[4]?.context).toContain('Region');
  });

  it('reads a table printed as a block of labels, a block of units and a block of yearly values', () => {
    const text = [
      'Table 4 Resource use',
      '',
      'Indicator',
      'Water withdrawn',
      'Purchased electricity',
      'Paper',
      '',
      'Unit',
      'cubic meters',
      '10,000 kWh',
      't',
      '',
      '2024\t2023',
      '61,204\t58,977',
      '1,830.5\t1,766.2',
      '12.4\t13.9',
    ].join('\n');
    const found = read(text);
    expect(found.map((m) => [m.line, m.label, m.unit, m.value, m.year])).toEqual([
      [14, 'Water withdrawn', 'cubic meters', '61204', 2024],
      [14, 'Water withdrawn', 'cubic meters', '58977', 2023],
      [15, 'Purchased electricity', '10,000 kWh', '1830.5', 2024],
      [15, 'Purchased electricity', '10,000 kWh', '1766.2', 2023],
      [16, 'Paper', 't', '12.4', 2024],
      [16, 'Paper', 't', '13.9', 2023],
    ]);
  });

  it('reads breakdown columns whose header has an empty first cell', () => {
    const text = [
      'Table 2 Headcount at year end',
      '\tWomen\tMen\tAll',
      'Permanent\t140\t260\t400',
      'Temporary\t12\t7\t19',
    ].join('\n');
    const found = read(text);
    expect(found.map((m) => [m.label, m.value, m.column])).toEqual([
      ['Permanent', '140', 'Women'],
      ['Permanent', '260', 'Men'],
      ['Permanent', '400', 'All'],
      ['Temporary', '12', 'Women'],
      ['Temporary', '7', 'Men'],
      ['Temporary', '19', 'All'],
    ]);
  });

  it('reads two measure columns after an empty first header cell', () => {
    const text = ['\tShare trained (%)\tHours per head', 'Managers\t91.5\t30.25'].join('\n');
    expect(read(text).map((m) => [m.value, m.unit, m.column])).toEqual([
      ['91.5', '%', 'Share trained (%)'],
      ['30.25', '', 'Hours per head'],
    ]);
  });

  it('takes a title row inside a block as the caption of the table below, with its unit', () => {
    const text = [
      'Table 3 Headcount',
      '\t2024\t2023',
      'Permanent\t400\t380',
      'Table 4 Attrition rate (%)',
      '\t2024\t2023',
      'By age',
      'Under 30\t21.5\t19.25',
    ].join('\n');
    const found = read(text);
    expect(found.map((m) => [m.line, m.value, m.unit, m.context[0]])).toEqual([
      [3, '400', '', 'Table 3 Headcount'],
      [3, '380', '', 'Table 3 Headcount'],
      [7, '21.5', '%', 'Table 4 Attrition rate (%)'],
      [7, '19.25', '%', 'Table 4 Attrition rate (%)'],
    ]);
    // The row above the new header is not a parent of the rows below it.
    expect(found[2]?.context).not.toContain('Permanent');
  });

  it('reads the unit from a title worded "(unit: …)"', () => {
    const text = [
      'Table 6 Emissions by year (unit: tCO2e)',
      'Year\tScope 1\tScope 2',
      '2023\t812.5\t4,410',
    ].join('\n');
    expect(read(text).map((m) => [m.label, m.value, m.unit, m.year])).toEqual([
      ['Scope 1', '812.5', 'tCO2e', 2023],
      ['Scope 2', '4410', 'tCO2e', 2023],
    ]);
  });

  it('leaves out a change column that compares the years', () => {
    const text = ['Indicator\tUnit\t2024\t2023\tChange (%)', 'Diesel\tlitres\t8,150\t9,020\t-9.6'].join('\n');
    expect(read(text).map((m) => [m.value, m.unit, m.year])).toEqual([
      ['8150', 'litres', 2024],
      ['9020', 'litres', 2023],
    ]);
  });

  it("reads a '% change' heading as a change column, so the years beside it still head their columns", () => {
    const text = ['Measure\tUnit\t2023\t2024\t% change', 'LPG\tGJ\t12,840\t11,972\t-6.8%'].join('\n');
    expect(read(text).map((m) => [m.value, m.unit, m.year])).toEqual([
      ['12840', 'GJ', 2023],
      ['11972', 'GJ', 2024],
    ]);
  });

  it("reads a '2031/2030 (%)' heading as a comparison of the years, not a third figure column", () => {
    const text = ['Indicator\tUnit\t2030\t2031\t2031/2030 (%)', 'Diesel used\tkL\t2,480\t2,604\t105.0'].join(
      '\n',
    );
    expect(read(text).map((m) => [m.value, m.year])).toEqual([
      ['2480', 2030],
      ['2604', 2031],
    ]);
  });

  it("reads a 'Notes' heading after the years as remarks, so each figure keeps its own year", () => {
    const text = [
      'Indicator\tUnit\tFY29\tFY30\tFY31\tNotes',
      'Diesel used\tkL\t4,120\t3,986\t3,874\tNGER; assured',
    ].join('\n');
    expect(read(text).map((m) => [m.value, m.year])).toEqual([
      ['4120', 2029],
      ['3986', 2030],
      ['3874', 2031],
    ]);
  });

  it('gives measure columns the year printed above their group', () => {
    const text = [
      'Staff by gender\t2024\t\t2023',
      '\tHeadcount\tShare (%)\tHeadcount\tShare (%)',
      'Women\t231\t41.5\t219\t40.25',
    ].join('\n');
    expect(read(text).map((m) => [m.value, m.year, m.column, m.unit])).toEqual([
      ['231', 2024, 'Headcount', ''],
      ['41.5', 2024, 'Share (%)', '%'],
      ['219', 2023, 'Headcount', ''],
      ['40.25', 2023, 'Share (%)', '%'],
    ]);
  });

  it('reads a unit column printed after the year columns, and years written 2024年', () => {
    const text = ['Item\t2024年\t2023年\tUnit', 'LPG used\t3,310\t2,975\tkg'].join('\n');
    expect(read(text).map((m) => [m.label, m.value, m.unit, m.year])).toEqual([
      ['LPG used', '3310', 'kg', 2024],
      ['LPG used', '2975', 'kg', 2023],
    ]);
  });

  it('reads units printed under the years, a count and a share per year, earlier year first', () => {
    const text = [
      'Table 3: New hires',
      '                                   2023                  2024',
      '                          (hires)        (%)  (hires)        (%)',
      '  Total                        310      100.0      284      100.0',
      '  By gender',
      '    Women                      140       45.2      131       46.1',
    ].join('\n');
    const found = read(text);
    expect(found.map((m) => [m.label, m.value, m.unit, m.year])).toEqual([
      ['Total', '310', 'hires', 2023],
      ['Total', '100.0', '%', 2023],
      ['Total', '284', 'hires', 2024],
      ['Total', '100.0', '%', 2024],
      ['Women', '140', 'hires', 2023],
      ['Women', '45.2', '%', 2023],
      ['Women', '131', 'hires', 2024],
      ['Women', '46.1', '%', 2024],
    ]);
  });

  it('joins a unit wrapped over two header lines under each year', () => {
    const text = [
      '                                   2023            2024',
      '                                (kgCO2e/        (kgCO2e/',
      '                            RMB million)    RMB million)',
      '  Carbon intensity of products     4.81            4.37',
    ].join('\n');
    const found = read(text);
    expect(found.map((m) => [m.value, m.unit, m.year])).toEqual([
      ['4.81', 'kgCO2e/RMB million', 2023],
      ['4.37', 'kgCO2e/RMB million', 2024],
    ]);
  });

  it('gives each year column the measure printed over its group of years', () => {
    const text = [
      'Table 7: Suppliers',
      '                              Share audited (%)         Suppliers',
      '                              2023        2024        2023        2024',
      '  Packaging suppliers         41.5        47.0          88          93',
    ].join('\n');
    expect(read(text).map((m) => [m.value, m.column, m.unit, m.year])).toEqual([
      ['41.5', 'Share audited (%)', '%', 2023],
      ['47.0', 'Share audited (%)', '%', 2024],
      ['88', 'Suppliers', '', 2023],
      ['93', 'Suppliers', '', 2024],
    ]);
  });
});

describe('a last year heading two spaces after the one before it', () => {
  it("reads 'FY28  FY20 (base)' as two year columns", () => {
    const text = [
      'Fuel use (invented)',
      '                                           FY30        FY29        FY28  FY20 (base)',
      'Propane (TJ)                               412.6       398.1       377.9       301.2',
    ].join('\n');
    expect(read(text).map((m) => [m.value, m.year])).toEqual([
      ['412.6', 2030],
      ['398.1', 2029],
      ['377.9', 2028],
      ['301.2', 2020],
    ]);
  });
});
