// Extraction and check together on GRI 404-3 printed as a count of employees reviewed per category:
// the count is read as its own metric (not as a second headcount) and cannot exceed the category's
// headcount in the GRI 405-1 table, whose age columns are headed by bare bounds ("< 30", "> 50").
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function withinFindings(text: string) {
  const facts = extractDocument(docFromText(text)).facts.map((f) => f.fact);
  return checkFacts({ facts })
    .findings.filter((f) => f.rule === 'count.within')
    .map((f) => [f.severity, f.source.map((s) => ('line' in s ? s.line : 0))]);
}

const report = (reviewed: string) =>
  [
    'Brenta Fasteners S.r.l.',
    'Sustainability statement for the year 2025.',
    '',
    'Headcount by category and age group at 31/12/2025 (GRI 405-1)',
    '',
    'Category                    Men   Women   < 30   30-50   > 50   Total',
    'Senior managers              14       4      0       7     11      18',
    'Office staff                 96      71     40      90     37     167',
    'Plant operators            1,150     95    298     601    346   1,245',
    'Total                      1,260    170    338     698    394   1,430',
    '',
    'Employees receiving a regular performance and career development review, 2025 (GRI 404-3)',
    '',
    'Category                      Employees reviewed',
    `Senior managers                     ${reviewed}`,
    'Office staff                       150',
    'Plant operators                  1,112',
    'Total                            1,283',
  ].join('\n');

describe('a count of employees reviewed by category', () => {
  it('is checked against the headcount of its category', () => {
    expect(withinFindings(report('21'))).toEqual([['warning', [15, 7]]]);
    expect(withinFindings(report('17'))).toEqual([]);
  });
});
