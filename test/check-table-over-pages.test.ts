// A table split over a page break: its first rows close one page, the caption is repeated with
// "(continued)" on the next, and the rest of its rows and its total follow. sum.table-rows reads the
// rows on both pages as one body. Company and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function tableRowFindings(text: string) {
  const facts = extractDocument(docFromText(text)).facts.map((f) => f.fact);
  return checkFacts({ facts }).findings.filter((f) => f.rule === 'sum.table-rows');
}

const SPLIT = (total2025: string, gap = 0) =>
  [
    'Tamarind Ridge Tiles Ltd. Annual Report 2025',
    '',
    'Table 4.2: Workforce by contract type',
    'No.  Indicator                              Unit           2024          2025',
    '-----------------------------------------------------------------------------',
    '1    Permanent, office                      person          214           231',
    '2    Permanent, plant                       person          906           948',
    '3    Fixed-term, plant                      person          118           127',
    '-----------------------------------------------------------------------------',
    ...Array.from({ length: gap }, () => ''),
    '                                             41',
    '\f',
    'TAMARIND RIDGE TILES LTD.                                   ANNUAL REPORT 2025',
    '',
    'Table 4.2: Workforce by contract type (continued)',
    'No.  Indicator                              Unit           2024          2025',
    '-----------------------------------------------------------------------------',
    '4    Seasonal, plant                        person           64            71',
    '5    Apprentices                            person           22            25',
    `     Total                                  person        1,324   ${total2025.padStart(11)}`,
    '-----------------------------------------------------------------------------',
    '',
  ].join('\n');

describe('a table continued on the next page', () => {
  it('checks the total on the second page against the rows on both pages', () => {
    // 2024: 214 + 906 + 118 + 64 + 22 = 1,324; 2025: 231 + 948 + 127 + 71 + 25 = 1,402.
    expect(tableRowFindings(SPLIT('1,402'))).toEqual([]);
    const [finding] = tableRowFindings(SPLIT('1,420'));
    expect(finding?.severity).toBe('error');
    expect(finding?.expected).toBe('1402');
    expect(finding?.source[0]?.line).toBe(19);
  });

  it('does not join rows a whole page of text lies between', () => {
    expect(tableRowFindings(SPLIT('1,420', 20))).toEqual([]);
  });
});
