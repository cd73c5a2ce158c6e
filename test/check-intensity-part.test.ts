// Extraction and check together on an intensity row printed under a total and its parts, with its
// denominator (output) in another table: a year divided by one part instead of the total is reported.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function partFindings(text: string) {
  const facts = extractDocument(docFromText(text)).facts.map((f) => f.fact);
  return checkFacts({ facts })
    .findings.filter((f) => f.rule === 'intensity.part-numerator')
    .map((f) => [f.severity, f.source.map((s) => ('line' in s ? s.line : 0)), f.expected, f.actual]);
}

const report = (intensity2025: string) =>
  [
    'Nordbay Paper Mills Ltd',
    'This report covers the year ended 31 December 2025.',
    '',
    'Table 1  Output',
    '                                    2025          2024          2023',
    '(Tonnes)',
    '---------------------------------------------------------------------',
    'Paper production                 812,400       790,300       770,000',
    'Pulp production                  655,000       640,000       628,500',
    '---------------------------------------------------------------------',
    '',
    'Table 4  Energy',
    '                                                  Unit            2025            2024',
    '-----------------------------------------------------------------------------------------',
    'Energy use - North Mill                           GJ         3,120,000       3,050,000',
    'Energy use - South Mill                           GJ         2,060,000       2,010,000',
    'Total energy use                                  GJ         5,180,000       5,060,000',
    `Energy intensity (both mills)                     GJ/t       ${intensity2025.padStart(11)}            6.40`,
    '-----------------------------------------------------------------------------------------',
  ].join('\n');

describe('an intensity row under a total and its parts', () => {
  it('reports a year whose ratio divides one part, when the other year divides the total', () => {
    // 3,120,000 / 812,400 = 3.84 GJ/t (North Mill only); the total gives 5,180,000 / 812,400 = 6.376.
    expect(partFindings(report('3.84'))).toEqual([['warning', [18, 17, 15, 8], '6.376', '3.84']]);
  });

  it('is quiet when every year divides the total', () => {
    expect(partFindings(report('6.38'))).toEqual([]);
  });
});
