// A column after the years naming the disclosure each row answers ("GRI | 305-1", "ESRS | E1-6",
// "HKEX KPI | A1.2") holds codes, not figures: the table is read as if the column were not there.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (heading: string, codes: readonly string[]) =>
  [
    'Tollwick Fasteners - Environmental data',
    '',
    `Indicator                   Unit      2025       2024       ${heading}`,
    `Scope 1 emissions           tCO2e     4,812      5,030      ${codes[0] ?? ''}`,
    `Water withdrawal            m³        96,400     99,150     ${codes[1] ?? ''}`,
    `Hazardous waste             t         41.6       44.2       ${codes[2] ?? ''}`,
  ].join('\n');

const facts = (text: string) =>
  extractDocument(docFromText(text))
    .facts.map((f) => f.fact)
    .map((f) => `${f.metric}:${String(f.period.year)}:${f.quantity.value.toString()}`)
    .sort();

const expected = [
  'ghg.scope1:2024:5030',
  'ghg.scope1:2025:4812',
  'waste.hazardous:2024:44.2',
  'waste.hazardous:2025:41.6',
  'water.withdrawal:2024:99150',
  'water.withdrawal:2025:96400',
];

describe('a column of standard codes after the years', () => {
  it.each([
    ['GRI', ['305-1', '303-3', '306-3']],
    ['GRI Standard', ['GRI 305-1', '303-3 a', '306-3, 306-4']],
    ['ESRS', ['E1-6', 'E3-4', 'E5-5']],
    ['HKEX KPI', ['A1.2', 'A2.4', 'A1.3']],
    ['GRI / SASB', ['305-1', '303-3', 'RT-CH-150a.1']],
  ])('reads every year under %s', (heading, codes) => {
    expect(facts(report(heading, codes))).toEqual(expected);
  });

  it('reads the rows whose code cell is blank', () => {
    expect(facts(report('GRI', ['305-1']))).toEqual(expected);
  });
});
