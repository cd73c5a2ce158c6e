// Extraction and check together on a training table by grade whose average column is worded "… per
// employee" / "… per capita" rather than "Average …" (as TWSE reports print it). Company and figures
// are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const TABLE = (header: string, technicianAverage: string) =>
  [
    'Brightwater Optics Corp. – 2024 Sustainability Report',
    'The reporting period is 1 January to 31 December 2024.',
    '',
    '6.2 Learning and development',
    '',
    'Table 6.2-1  Training hours by grade, 2024',
    '',
    `Grade                      Employees     Training hours     ${header}`,
    '-------------------------------------------------------------------------',
    'Managers                          84            2,436                 29.0',
    `Technicians                      615           15,990                 ${technicianAverage}`,
    'Line operators                  1,310           22,270                 17.0',
    '-------------------------------------------------------------------------',
    'Total                           2,009           40,696                 20.3',
    '',
    'Courses covered clean-room practice and quality tools.',
  ].join('\n');

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

describe('a training table whose average column is worded "… per capita"', () => {
  it.each(['Hours per capita', 'Hours per employee'])(
    'reads "%s" as the average training hours',
    (header) => {
      const row = facts(TABLE(header, '26.0'))
        .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === 11)
        .map((f) => [f.metric, f.quantity.value.toString(), f.dims.employee_category]);
      expect(row).toContainEqual(['training.hours_average', '26', 'technicians']);
    },
  );

  it("checks a grade's average against its hours over its employees", () => {
    // 15,990 / 615 = 26.0; 21.6 is a slip.
    const rules = (average: string) =>
      checkFacts({ facts: facts(TABLE('Hours per capita', average)) })
        .findings.filter((f) => f.source.some((s) => 'line' in s && s.line === 11))
        .map((f) => f.rule);
    expect(rules('26.0')).toEqual([]);
    expect(rules('21.6')).toContain('average.total');
  });
});
