// Extraction and check together on a nationalisation rate (Saudi Nitaqat, Qatarization, Emiratisation):
// the host-country nationals a table counts are not a second headcount, and the rate a sentence prints
// must be those nationals over all employees.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function shareFindings(text: string) {
  const facts = extractDocument(docFromText(text)).facts.map((f) => f.fact);
  return checkFacts({ facts })
    .findings.filter((f) => f.rule === 'share.count')
    .map((f) => [f.severity, f.source.map((s) => ('line' in s ? s.line : 0))]);
}

const report = (rate: string) =>
  [
    'Falaj Water Services LLC',
    'Sustainability Report 2025',
    '',
    'Table 4  Workforce',
    '',
    'Indicator                               Unit              2025          2024',
    '-----------------------------------------------------------------------------',
    'Total employees                         number           3,140         3,020',
    'Emirati nationals                       number             802           741',
    '-----------------------------------------------------------------------------',
    '',
    `Our people. We reached an Emiratisation rate of ${rate} in 2025 and hired 64 UAE graduates.`,
  ].join('\n');

describe('a nationalisation rate printed in a sentence', () => {
  it('is checked against the nationals and the headcount the table counts', () => {
    // 802 / 3,140 = 25.5%, printed 28.7%.
    expect(shareFindings(report('28.7%'))).toEqual([['error', [12, 9, 8]]]);
    expect(shareFindings(report('25.5%'))).toEqual([]);
  });
});
