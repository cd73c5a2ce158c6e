import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { findContentsPage, findRunningHeaders, toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';

function rows(text: string, reportYear = 2022) {
  const lines = toReportLines(docFromText(text));
  const found = extractTables(lines, {
    reportYear,
    noise: findRunningHeaders(lines),
    skip: findContentsPage(lines),
  });
  return found.mentions.map((m) => ({
    line: m.line,
    label: m.label,
    value: m.value,
    unit: m.unit,
    year: m.year,
    context: m.context.join(' | '),
  }));
}

describe('extractTables', () => {
  it('reads multi-year columns, group rows, no-data cells and units in labels', () => {
    const text = [
      'Туре\t2022\t2021',
      'Energy Consumption\t\t',
      'Total Energy Consumption (MWh)\t54,265.7\t13,980.1',
      'Diesel (MWh)\t30.1\t-',
    ].join('\n');
    expect(rows(text)).toEqual([
      {
        line: 3,
        label: 'Total Energy Consumption (MWh)',
        value: '54265.7',
        unit: 'MWh',
        year: 2022,
        context: 'Energy Consumption',
      },
      {
        line: 3,
        label: 'Total Energy Consumption (MWh)',
        value: '13980.1',
        unit: 'MWh',
        year: 2021,
        context: 'Energy Consumption',
      },
      {
        line: 4,
        label: 'Diesel (MWh)',
        value: '30.1',
        unit: 'MWh',
        year: 2022,
        context: 'Energy Consumption',
      },
    ]);
  });
  it('carries group labels down, reads measure columns and joins words cut by a tab', () => {
    const text = [
      'As at 31 December 2021, the employee structure is as follows:',
      'Category\t\tNumber of employees\tEmployee turnover*',
      'Gender\tMale\t325\t31%',
      '\tFemale\t132\t24%',
      'Total e\tmployees\t457\t29%',
    ].join('\n');
    const found = rows(text, 2023);
    expect(found.map((r) => [r.label, r.value, r.unit, r.year])).toEqual([
      ['Male', '325', '', 2021],
      ['Male', '31', '%', 2021],
      ['Female', '132', '', 2021],
      ['Female', '24', '%', 2021],
      ['Total employees', '457', '', 2021],
      ['Total employees', '29', '%', 2021],
    ]);
    expect(found[2]?.context).toContain('Gender');
    expect(found[3]?.context).toContain('Employee turnover');
  });
  it('reads a unit column and a truncated year header, and skips contents pages', () => {
    const text = [
      'Contents',
      'Company Profile\t07',
      'Company Culture\t09',
      '',
      'Key Performance Indicato\tUnit\t202',
      'Total R&D investment\tRMB 10,000\t51,431.25',
    ].join('\n');
    expect(rows(text, 2023)).toEqual([
      {
        line: 6,
        label: 'Total R&D investment',
        value: '51431.25',
        unit: 'RMB 10,000',
        year: 2023,
        context: '',
      },
    ]);
  });
  it('pairs a column of labels printed apart from its column of values', () => {
    const text = [
      'Type',
      'Water consumption',
      'Total water consumption (tonnes)',
      'Water consumption intensity (tonnes/person)',
      'Notes:',
      '1. The water we use is from municipal tap water supply, as in earlier years, and it is metered.',
      '2022\t2021',
      '110,571.3\t39,129.9',
      '21.7\t6.4',
    ].join('\n');
    expect(rows(text).map((r) => [r.line, r.label, r.value, r.year])).toEqual([
      [8, 'Total water consumption (tonnes)', '110571.3', 2022],
      [8, 'Total water consumption (tonnes)', '39129.9', 2021],
      [9, 'Water consumption intensity (tonnes/person)', '21.7', 2022],
      [9, 'Water consumption intensity (tonnes/person)', '6.4', 2021],
    ]);
  });
  it('sets group headings aside when labels outnumber the values printed apart', () => {
    const text = [
      '#### **Key Performance Indicators**',
      'Water Resource Usage<sup>9</sup>',
      'Total water withdrawal',
      '#### Wastewater',
      'By contents of substances in wastewater',
      'Chemical oxygen demand',
      'Secondary Aluminum Recycling',
      'Total recycling of secondary aluminum',
      'The coverage of these indicators is the same as that of the consolidated financial statements of the year.',
      '2023',
      '2,647,465.33',
      '1,851.89',
      '698,900.00',
    ].join('\n');
    expect(rows(text, 2023).map((r) => [r.line, r.label, r.value])).toEqual([
      [11, 'Total water withdrawal', '2647465.33'],
      [12, 'Chemical oxygen demand', '1851.89'],
      [13, 'Total recycling of secondary aluminum', '698900.00'],
    ]);
  });
  it('reads the unit from the header over the label column', () => {
    const text = ['GHG emissions (tCO2e)\t2022\t2021', 'Scope 1\t1,200\t1,100'].join('\n');
    expect(rows(text).map((r) => [r.label, r.value, r.unit, r.year, r.context])).toEqual([
      ['Scope 1', '1200', 'tCO2e', 2022, 'GHG emissions (tCO2e)'],
      ['Scope 1', '1100', 'tCO2e', 2021, 'GHG emissions (tCO2e)'],
    ]);
  });

  it('reads a table with one row per year', () => {
    const text = [
      'Year\tScope 1 emissions (tCO2e)\tScope 2 emissions (tCO2e)',
      '2021\t1,200\t3,400',
      '2022\t1,100\t3,000',
    ].join('\n');
    expect(rows(text).map((r) => [r.label, r.value, r.unit, r.year])).toEqual([
      ['Scope 1 emissions (tCO2e)', '1200', 'tCO2e', 2021],
      ['Scope 2 emissions (tCO2e)', '3400', 'tCO2e', 2021],
      ['Scope 1 emissions (tCO2e)', '1100', 'tCO2e', 2022],
      ['Scope 2 emissions (tCO2e)', '3000', 'tCO2e', 2022],
    ]);
  });

  it('does not read a list of titles with page numbers as figures', () => {
    const text = [
      '1.1 Corporate Governance\t22',
      '1.2 Practicing Business Ethics\t23',
      '1.3 ESG Governance\t25',
    ].join('\n');
    expect(rows(text)).toEqual([]);
  });
});
