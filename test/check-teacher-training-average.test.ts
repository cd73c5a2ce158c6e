// Extraction and check together on a school group's training table: its rows are staff categories named
// as schools name them (teachers, lecturers, counsellors), each printing its headcount, its training hours
// and their average, which must be the hours over the headcount.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (lecturersAverage: string) =>
  [
    'Harrowgate Colleges Limited',
    'ESG Report 2025',
    '',
    'B3 Development and training, 2025',
    '                                  Employees   Training hours   Average hours',
    '                                                               per employee',
    `  Lecturers                           842           31,154            ${lecturersAverage}`,
    '  Counsellors                          96            2,208            23.0',
    '  Administrative staff                410            6,150            15.0',
    '  All employees                     1,348           39,512            29.3',
  ].join('\n');

function averageFindings(text: string) {
  const facts = extractDocument(docFromText(text)).facts.map((f) => f.fact);
  return checkFacts({ facts })
    .findings.filter((f) => f.rule === 'average.total')
    .map((f) => [f.expected, f.source.map((s) => ('line' in s ? s.line : 0))[0]]);
}

describe('a training table of a school group’s staff categories', () => {
  it('holds each category’s average hours to its hours over its headcount', () => {
    expect(averageFindings(report('41.2'))).toEqual([['37', 7]]);
    expect(averageFindings(report('37.0'))).toEqual([]);
  });
});
