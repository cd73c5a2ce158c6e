// A table carried over a page break repeats its caption with "(continued)": the title's unit still
// applies to the rows below it, and the rows still add up to the total printed on the new page.
// Company and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const REPORT = (mark: string, total: string) =>
  [
    'Harrowgate Cold Chain Limited — Sustainability Report 2025',
    'This report covers the year ended 31 December 2025.',
    '',
    'Table 7: Scope 3 emissions by category (tCO2e)',
    '                                                      2025          2024',
    'Category 1 Purchased goods and services             12,410        11,980',
    'Category 4 Upstream transportation                   3,275         3,140',
    '',
    '\f',
    `Table 7: Scope 3 emissions by category (tCO2e) ${mark}`,
    '                                                      2025          2024',
    'Category 6 Business travel                             482           455',
    'Category 7 Employee commuting                          913           890',
    `Total Scope 3 emissions                             ${total}        16,465`,
    '',
  ].join('\n');

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

describe('a table caption marked as continued', () => {
  for (const mark of ['(continued)', "(cont'd)"]) {
    it(`keeps the title's unit on the rows after ${mark}`, () => {
      const rows = facts(REPORT(mark, '17,080')).filter((f) => f.period.year === 2025);
      const commuting = rows.find((f) => f.quantity.value.toString() === '913');
      expect(commuting?.quantity.unit.symbol).toBe('tCO2e');
      const total = rows.find((f) => f.quantity.value.toString() === '17080');
      expect(total?.quantity.unit.symbol).toBe('tCO2e');
    });
  }

  it('sets the total on the continued page against the categories on both pages', () => {
    // 12,410 + 3,275 + 482 + 913 = 17,080; a total leaving out commuting (16,167) is an error.
    const errors = (total: string) =>
      checkFacts({ facts: facts(REPORT('(continued)', total)) }).findings.filter(
        (f) => f.severity === 'error',
      );
    expect(errors('17,080')).toEqual([]);
    expect(errors('16,167').length).toBeGreaterThan(0);
  });
});
