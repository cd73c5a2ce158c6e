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

describe('a nationalisation rate printed as a table row beside the nationals as "<nationality> employees"', () => {
  const table = (rate: string) =>
    [
      'Burgan Marine Services KSC',
      'Sustainability Report 2025',
      '',
      'Table 9  People indicators',
      'Indicator                               Unit          2024          2025',
      'Total employees                         persons        1,930         2,075',
      'Kuwaiti employees                       persons          604           688',
      `Kuwaitisation rate                      %               31.3         ${rate}`,
    ].join('\n');

  it('reads the nationals row as nationals, not as a second headcount, and checks the rate', () => {
    // 688 / 2,075 = 33.2%, printed 35.9%.
    expect(shareFindings(table('35.9'))).toEqual([['error', [8, 7, 6]]]);
    expect(shareFindings(table('33.2'))).toEqual([]);
  });
});
