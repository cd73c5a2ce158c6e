import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toSpecOutput } from '../output/index.js';
import { extractDocument } from '../pipeline/extract-document.js';

// A BRSR-style energy table (invented figures): the rows print no unit, the template asks for energy
// "in Joules or multiples", and the intensity rows divide gigajoules.
const table = (intensityUnit: string) =>
  [
    'Indus Valley Glassworks Limited',
    'Business Responsibility and Sustainability Report 2030-31',
    '',
    '1. Details of total energy consumption (in Joules or multiples) and energy intensity:',
    '',
    'Parameter                                                    FY 2030-31      FY 2029-30',
    'Total electricity consumption (A)                             3,41,226        3,18,904',
    'Total fuel consumption (B)                                    9,06,118        8,77,350',
    'Total energy consumed (A+B)                                  12,47,344       11,96,254',
    `Energy intensity per rupee of turnover (${intensityUnit})        1,061.42        1,104.77`,
    'Energy intensity in terms of physical output (GJ/t glass)        2.914           3.062',
  ].join('\n');

const reported = (text: string) =>
  toSpecOutput(extractDocument(docFromText(text)))
    .facts.filter((f) => (f.source.line ?? 0) >= 7 && (f.source.line ?? 0) <= 9)
    .map((f) => [f.source.line, f.reported.value, f.reported.unit]);

describe('quantities a table leaves to its intensities’ unit', () => {
  it('are in the unit every intensity row divides', () => {
    const rows = reported(table('GJ/₹ crore'));
    expect(rows).toHaveLength(6);
    expect(rows.every(([, , unit]) => unit === 'GJ')).toBe(true);
  });

  it('stay unitless when the intensities divide two different units', () => {
    expect(reported(table('MWh/₹ crore')).every(([, , unit]) => unit === '')).toBe(true);
  });
});

// An emissions table in tonnes beside an output intensity in kilograms (invented figures).
const ghgUnits = (title: string) => {
  const text = [
    'Greenfield Dairy Sustainability Report 2031',
    '',
    title,
    '                                                   2030         2031',
    'Total Scope 1                                  10,303.1      9,877.3',
    'Scope 2 - grid electricity                     66,586.0     66,768.0',
    'Emission intensity (kg CO2e/tonne of product)     160.7        154.8',
  ].join('\n');
  return toSpecOutput(extractDocument(docFromText(text)))
    .facts.filter((f) => f.source.line === 5 || f.source.line === 6)
    .map((f) => f.reported.unit);
};

describe('an output intensity in kilograms', () => {
  it('names no unit of the tonnes the other rows count', () => {
    expect(ghgUnits('Table 3. Greenhouse gas emissions')).toEqual(['', '', '', '']);
  });
});

describe('a title stating its unit in a bracket at the far right', () => {
  it('gives the rows below that unit', () => {
    const title =
      'Table 3. Greenhouse gas emissions                                       (Unit: tonnes CO2e)';
    expect(ghgUnits(title)).toEqual(Array(4).fill('tonnes CO2e'));
  });
});
