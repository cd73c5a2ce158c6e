// Extraction and check together on a GRI 404-1 table by employee category with no year columns (the
// year in its title): a head count column, a training hours column and an average per capita column.
// Company and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const TABLE = (blueCollarAverage: string) =>
  [
    'Officine Pradelle S.p.A. – Sustainability Report 2025',
    'This report covers the financial year 1 January – 31 December 2025.',
    '',
    '6.1 Training',
    '',
    'Training hours by professional category, 2025 (GRI 404-1)',
    '',
    'Category                      Head count      Training hours      Average hours per capita',
    'Executives                            18                 630                          35.0',
    'White-collar employees               245               6,860                          28.0',
    `Blue-collar workers                  712              16,376                          ${blueCollarAverage}`,
    'Total                                975              23,866                          24.5',
    '',
    'Courses covered machine safety and quality tools.',
  ].join('\n');

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

describe('a training table by category with head count and average columns', () => {
  it('reads each column as its own metric and each row as its category', () => {
    const row = facts(TABLE('23.0'))
      .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === 11)
      .map((f) => [f.metric, f.quantity.value.toString(), f.dims.employee_category]);
    expect(row).toEqual([
      ['workforce.total', '712', 'blue-collar workers'],
      ['training.hours_total', '16376', 'blue-collar workers'],
      ['training.hours_average', '23', 'blue-collar workers'],
    ]);
  });

  it("checks a category's average against its hours over its head count", () => {
    // 16,376 / 712 = 23.0; 27.0 is a slip.
    const rules = (average: string) =>
      checkFacts({ facts: facts(TABLE(average)) })
        .findings.filter((f) => f.source.some((s) => 'line' in s && s.line === 11))
        .map((f) => f.rule);
    expect(rules('23.0')).toEqual([]);
    expect(rules('27.0')).toContain('average.total');
  });
});
