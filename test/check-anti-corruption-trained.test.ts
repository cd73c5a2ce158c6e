// Extraction and check together on GRI 205-2: employees trained on anti-corruption are among the
// employees, so a sentence counting more of them than the year-end headcount is a warning. The company
// and its figures are made up.
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

const report = (trained: string) =>
  [
    'Pellucid Glassworks Ltd',
    'Sustainability report for the year 2025.',
    '',
    'Our people',
    '                                        2025      2024',
    'Employees at year end (persons)          812       790',
    'New hires (persons)                       64        58',
    '',
    `Our online anti-corruption training was completed by ${trained} employees during 2025.`,
  ].join('\n');

describe('employees trained on anti-corruption', () => {
  it('are checked against the year-end headcount', () => {
    expect(withinFindings(report('845'))).toEqual([['warning', [9, 6]]]);
    expect(withinFindings(report('798'))).toEqual([]);
  });
});
