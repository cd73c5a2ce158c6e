// Extraction and check together on a sentence saying all the people of one group of the staff completed a
// course ("All 2,075 permanent employees completed …"): they are that group's employees trained, checked
// against the group's own headcount when the report prints one, else against the whole headcount (a
// group cannot outnumber the staff it is part of). Rows of citizens and non-citizens are a localisation
// split of the headcount, never a second value of it.
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

const report = (rows: readonly string[], trained: string) =>
  [
    'Kgalagadi Mills Limited',
    'Sustainability Report FY2026',
    '',
    'Table 4: Staff at 31 March',
    '                                  FY2026       FY2025',
    ...rows,
    '',
    'Training',
    '',
    `All ${trained} permanent employees completed the revised allergen awareness module in FY2026.`,
  ].join('\n');

const localisation = [
  '  Total employees                  1,990        1,934',
  '  Citizen employees                1,911        1,850',
  '  Non-citizen employees               79           84',
];
const byContract = [
  '  Permanent employees              1,700        1,652',
  '  Fixed-term employees               290          282',
  '  Total employees                  1,990        1,934',
];

describe('all the employees of one group who completed a course', () => {
  it('cannot outnumber the whole staff when the group has no headcount of its own', () => {
    expect(withinFindings(report(localisation, '2,075'))).toEqual([['warning', [12, 6]]]);
    expect(withinFindings(report(localisation, '1,904'))).toEqual([]);
  });

  it('are checked against the group headcount when the report prints it', () => {
    expect(withinFindings(report(byContract, '1,760'))).toEqual([['warning', [12, 6]]]);
    expect(withinFindings(report(byContract, '1,700'))).toEqual([]);
  });
});
