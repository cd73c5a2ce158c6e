// Extraction and check together on an EU Taxonomy KPI table beside the revenue: the eligible and aligned
// turnover columns are parts of revenue, so the year's revenue stays one figure and an intensity divided
// by the previous year's revenue is reported. Our own report and figures.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (intensity2025: string) =>
  [
    'Kuopio Boards Oyj',
    'Vastuullisuusraportti 2025 kattaa tilikauden 1.1.–31.12.2025.',
    '',
    'Päästöt (t CO2-ekv.)                          2023        2024        2025',
    '--------------------------------------------------------------------------------',
    'Scope 1 + 2 (markkinaperusteinen)          6 240,0     5 512,0     4 870,0',
    `Intensiteetti, Scope 1 + 2 / liikevaihto     30,59       24,61       ${intensity2025}`,
    '--------------------------------------------------------------------------------',
    '',
    'Avainluvut                                    2023        2024        2025',
    '--------------------------------------------------------------------------------',
    'Liikevaihto (milj. euroa)                    204,0       224,0       231,5',
    '',
    'EU-taksonomia 2025      Yhteensä   Taksonomiakelpoinen   Taksonomian mukainen',
    '                     milj. euroa           milj. euroa            milj. euroa',
    '--------------------------------------------------------------------------------',
    'Liikevaihto                231,5                  44,8                   12,3',
    'CapEx                       18,2                   6,1                    3,9',
  ].join('\n');

function denominatorFindings(text: string) {
  const facts = extractDocument(docFromText(text)).facts.map((f) => f.fact);
  return checkFacts({ facts })
    .findings.filter((f) => f.rule === 'intensity.denominator')
    .map((f) => [f.severity, f.expected, f.actual]);
}

describe('revenue beside an EU Taxonomy KPI table', () => {
  it("reports a year's intensity divided by the previous year's revenue", () => {
    // 4 870,0 / 224,0 = 21,74 (2024's revenue); with 2025's 231,5 it is 21,04.
    expect(denominatorFindings(report('21,74'))).toEqual([['warning', '21.04', '21.74']]);
  });

  it('is quiet when every year divides its own revenue', () => {
    expect(denominatorFindings(report('21,04'))).toEqual([]);
  });
});
