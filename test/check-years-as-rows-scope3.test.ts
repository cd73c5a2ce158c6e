// Extraction and check together on a synthetic GHG table printed with the years as rows and a Scope 3
// column named by its categories beside the total. Every figure is invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const table = (total2030: string) =>
  [
    'Kowloon Sample Works Limited',
    'This report covers the year ended 31 December 2030.',
    '',
    'Table 5  Greenhouse gas emissions (tCO2e)',
    'Year      Scope 1       Scope 2       Scope 3 (business      Total',
    '                                      travel, commuting)',
    '2029       4,118.2       1,902.6         236.4               6,257.2',
    `2030       4,006.9       1,874.1         251.8               ${total2030}`,
  ].join('\n');

function errors(text: string) {
  const facts = extractDocument(docFromText(text)).facts.map((f) => f.fact);
  return checkFacts({ facts })
    .findings.filter((f) => f.rule === 'sum.components' && f.severity === 'error')
    .map((f) => f.source.map((s) => s.line ?? 0)[0]);
}

describe('a total beside a Scope 3 column named by its categories, years as rows', () => {
  it('adds the Scope 3 printed in the same row, and still finds a total that does not add up', () => {
    expect(errors(table('6,132.8'))).toEqual([]);
    expect(errors(table('6,232.8'))).toEqual([8]);
  });
});
