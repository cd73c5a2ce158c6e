import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { readQuestionnaire } from './index.js';

// A made-up brickmaker's climate response in the numbered format: rows headed "Row 1", "Row 2",
// each row's year given by a "Reporting year" / "Past year 1" line or by its own start and end dates.
const NUMBERED = [
  'Kestrel Brick Works Ltd - Climate response 2024',
  '',
  '(1.4) State the end date of the year for which you are reporting data.',
  '',
  'Row 1',
  'Start date',
  '01/07/2023',
  'End date',
  '30/06/2024',
  '',
  "(7.6) What were your organization's gross global Scope 1 emissions in metric tons CO2e?",
  '',
  'Row 1',
  'Reporting year',
  'Gross global Scope 1 emissions (metric tons CO2e)',
  '52,310',
  'Methodological details',
  'Fuel meters and kiln stack tests.',
  '',
  'Row 2',
  'Past year 1',
  'Gross global Scope 1 emissions (metric tons CO2e)',
  '54,875',
  'Start date',
  '01/07/2022',
  'End date',
  '30/06/2023',
  '',
  "(7.7) What were your organization's gross global Scope 2 emissions in metric tons CO2e?",
  '',
  'Row 1',
  'Reporting year',
  'Scope 2, location-based',
  '8,406',
  'Scope 2, market-based',
  '3,912',
  '',
  '(7.8) Account for your gross global Scope 3 emissions, disclosing and explaining any exclusions.',
  '',
  'Business travel',
  'Evaluation status',
  'Relevant, calculated',
  'Emissions in reporting year (metric tons CO2e)',
  '1,275',
  '',
  'Employee commuting',
  'Evaluation status',
  'Relevant, calculated',
  'Emissions in reporting year (metric tons CO2e)',
  '2,318',
].join('\n');

// The lettered format: a target row dated by its own base and target year fields, amounts in the
// response's stated currency, a change row, a choice field answered with a count.
const LETTERED = [
  'Fenwick Glassworks AG - Climate Change 2023',
  '',
  '(C0.2) State the start and end date of the year for which you are reporting data.',
  '',
  'Select the number of past reporting years you will be providing Scope 1 emissions data for',
  '3',
  '',
  '(C0.4) Select the currency used for all financial information disclosed throughout your response.',
  '',
  'EUR',
  '',
  '(C2.3a) Provide details of risks identified with the potential to have a substantive financial impact.',
  '',
  'Potential financial impact figure (currency)',
  '2,750,000',
  '',
  '(C4.1a) Provide details of your absolute emissions target(s) and progress made against those targets.',
  '',
  'Base year',
  '2018',
  'Base year Scope 1 emissions covered by target (metric tons CO2e)',
  '61,200',
  'Target year',
  '2035',
  'Targeted reduction from base year (%)',
  '55',
  '% share of renewable energy in target year',
  '80',
  'Scope 1 emissions in reporting year covered by target (metric tons CO2e)',
  '48,730',
  '',
  '(C7.9a) Identify the reasons for any change in your gross global emissions.',
  '',
  'Change in output',
  'Change in emissions (metric tons CO2e)',
  '1,140',
  'Direction of change in emissions',
  'Increased',
  'Emissions value (percentage)',
  '2.3',
  '',
  'Other: last year basis',
  'Gross Scope 1 emissions in the previous reporting year (metric tons CO2e)',
  '47,590',
].join('\n');

function fieldsOf(text: string, reportYear: number) {
  const lines = toReportLines(docFromText(text));
  return readQuestionnaire(lines, { reportYear, ignore: () => false }).mentions.map((m) => ({
    label: m.label,
    value: m.value,
    unit: m.unit,
    year: m.year,
    ...(m.basis === 'target' ? { target: true } : {}),
    ...(Object.keys(m.dims).length === 0 ? {} : { dims: m.dims }),
  }));
}

describe('readQuestionnaire: a response printed one field label over its value', () => {
  it('dates each row by its header or its end date, and takes the unit from the label or the question', () => {
    expect(fieldsOf(NUMBERED, 2024)).toEqual([
      {
        label: 'Gross global Scope 1 emissions (metric tons CO2e)',
        value: '52310',
        unit: 'metric tons CO2e',
        year: 2024,
      },
      {
        label: 'Gross global Scope 1 emissions (metric tons CO2e)',
        value: '54875',
        unit: 'metric tons CO2e',
        year: 2023,
      },
      { label: 'Scope 2, location-based', value: '8406', unit: 'metric tons CO2e', year: 2024 },
      { label: 'Scope 2, market-based', value: '3912', unit: 'metric tons CO2e', year: 2024 },
      {
        label: 'Emissions in reporting year (metric tons CO2e)',
        value: '1275',
        unit: 'metric tons CO2e',
        year: 2024,
        dims: { scope3_category: '6' },
      },
      {
        label: 'Emissions in reporting year (metric tons CO2e)',
        value: '2318',
        unit: 'metric tons CO2e',
        year: 2024,
        dims: { scope3_category: '7' },
      },
    ]);
  });

  it("dates a target row's figures by its base and target years, and reads amounts in the stated currency", () => {
    expect(fieldsOf(LETTERED, 2023)).toEqual([
      { label: 'Potential financial impact figure', value: '2750000', unit: 'EUR', year: 2023 },
      {
        label: 'Base year Scope 1 emissions covered by target (metric tons CO2e)',
        value: '61200',
        unit: 'metric tons CO2e',
        year: 2018,
      },
      { label: 'Targeted reduction from base year (%)', value: '55', unit: '%', year: 2035, target: true },
      {
        label: '% share of renewable energy in target year',
        value: '80',
        unit: '%',
        year: 2035,
        target: true,
      },
      {
        label: 'Scope 1 emissions in reporting year covered by target (metric tons CO2e)',
        value: '48730',
        unit: 'metric tons CO2e',
        year: 2023,
      },
      {
        label: 'Change in emissions (metric tons CO2e)',
        value: '1140',
        unit: 'metric tons CO2e',
        year: 2023,
      },
      { label: 'Emissions value (percentage)', value: '2.3', unit: '%', year: 2023 },
      {
        label: 'Gross Scope 1 emissions in the previous reporting year (metric tons CO2e)',
        value: '47590',
        unit: 'metric tons CO2e',
        year: 2022,
      },
    ]);
  });

  it('reads nothing from a report that prints no question references', () => {
    const report = [
      'Harrow Foods plc - Sustainability Report 2024',
      '',
      'Total water withdrawn (megalitres)',
      '1,204',
      'Employees at year end',
      '3,115',
      '(1) Our approach to climate',
      '(2) Our people',
    ].join('\n');
    expect(fieldsOf(report, 2024)).toEqual([]);
  });
});
