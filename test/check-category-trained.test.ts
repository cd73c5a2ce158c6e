// Extraction and check together on a sentence counting the people of one staff category who completed a
// course: it is that category's employees trained, and cannot exceed the category's headcount in the
// table, whether the table titles two breakdowns ("by region and category") or splits each category by
// race or ethnicity in columns before its total. A table row printing a group's headcount beside its
// employees trained sets the two against each other even when its label names no staff category.
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

const byRegionAndCategory = (completed: string) =>
  [
    'Ostwald Pumpenwerke AG',
    'Sustainability Report 2025',
    '',
    'Employees by region and category (headcount as of 31 December)',
    '',
    '                                 Unit          2025        2024',
    'Germany                          Number       5,120       5,004',
    'Rest of Europe                   Number       1,930       1,871',
    'Total employees                  Number       7,050       6,875',
    'Executives                       Number          88          85',
    'Managers                         Number         731         702',
    'Non-management employees         Number       6,231       6,088',
    '',
    `Our coaching programme "Lead Forward" was completed by ${completed} managers in 2025.`,
  ].join('\n');

const byEthnicity = (completed: string) =>
  [
    'Halloway Ridge Mills, Inc.',
    'Fiscal 2025 Sustainability Report',
    '',
    'Table 3. Workforce by job category and race/ethnicity, as of June 30, 2025',
    '',
    'Job category                           Hispanic      White      Black      Asian   Other(4)      Total',
    '------------------------------------------------------------------------------------------------------',
    'Line Managers                                17         61         12          5          3         98',
    'Sales Workers                                44        102         31         11          6        194',
    'Total                                        61        163         43         16          9        292',
    '(4) Two or more races and other groups.',
    '',
    `In fiscal 2025, ${completed} Line Managers completed our four-day Safety Leadership program.`,
    '',
  ].join('\n');

describe('people of one staff category who completed a course', () => {
  it('are checked against the headcount of the category under a title naming two breakdowns', () => {
    expect(withinFindings(byRegionAndCategory('764'))).toEqual([['warning', [14, 11]]]);
    expect(withinFindings(byRegionAndCategory('698'))).toEqual([]);
  });

  it('are checked against the total column of a category split by race or ethnicity', () => {
    expect(withinFindings(byEthnicity('104'))).toEqual([['warning', [13, 8]]]);
    expect(withinFindings(byEthnicity('91'))).toEqual([]);
  });
});

const trainingByGroup = (trained: string) =>
  [
    'Larchfield Textiles Ltd',
    'Sustainability Report 2025',
    '',
    'Table 9  Training in 2025',
    '==========================================================================================',
    'Group                                    Headcount  Employees trained  Training hours      Avg hours',
    '==========================================================================================',
    `Shift crews                                  5,210              ${trained}          41,680            8.0`,
    'Office staff                                   912                912          14,592           16.0',
    'Total                                        6,122              6,122          56,272            9.2',
    '==========================================================================================',
  ].join('\n');

describe('a row printing a headcount beside the employees trained', () => {
  it('warns when the row trains more people than it counts', () => {
    expect(withinFindings(trainingByGroup('5,480'))).toEqual([['warning', [8]]]);
    expect(withinFindings(trainingByGroup('5,210'))).toEqual([]);
  });
});
