// Extraction and check together on a sentence stating a group's pay for the year and its average
// monthly or annual pay: the average is the total over the group's headcount row, over the months.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (sentence: string) =>
  [
    'Pemberton Dye Works Ltd',
    'Sustainability Report 2025',
    '',
    'Table 6  Headcount at 31 December 2025 (number)',
    '==========================================================================',
    'Category                                  Male      Female       Total',
    '==========================================================================',
    'Machine operators                        2,104       3,312       5,416',
    'Packers                                    318         866       1,184',
    'Total operatives                         2,422       4,178       6,600',
    'Office staff                               402         211         613',
    'Total employees                          2,824       4,389       7,213',
    '==========================================================================',
    '',
    sentence,
    '',
  ].join('\n');

const found = (sentence: string) =>
  checkFacts({ facts: extractDocument(docFromText(report(sentence))).facts.map((f) => f.fact) })
    .findings.filter((f) => f.rule === 'average.pay')
    .map((f) => [f.severity, f.expected, f.actual]);

describe('an average pay a sentence states beside the total paid', () => {
  it('warns when the total over the group headcount and 12 months is more than 5% off', () => {
    // USD 95.04 million / 6,600 operatives / 12 = USD 1,200 a month.
    expect(
      found(
        'Operatives were paid wages of USD 95.04 million in 2025, an average monthly wage of USD 1,080 per operative.',
      ),
    ).toEqual([['warning', '1200', '1080']]);
  });

  it('passes an average within 5% (a year-end headcount is not the year average)', () => {
    expect(
      found(
        'Operatives were paid wages of USD 95.04 million in 2025, an average monthly wage of USD 1,164 per operative.',
      ),
    ).toEqual([]);
  });

  it('reads an annual average against the employees row without dividing by months', () => {
    // USD 129.834 million / 7,213 employees = USD 18,000 a year.
    expect(
      found(
        'Salaries totalled USD 129.834 million in 2025, an average annual salary of USD 21,500 per employee.',
      ),
    ).toEqual([['warning', '18000', '21500']]);
  });

  it('says nothing without a period, or for a group no headcount row names', () => {
    expect(
      found(
        'Operatives were paid wages of USD 95.04 million in 2025, an average wage of USD 1,080 per operative.',
      ),
    ).toEqual([]);
    expect(
      found(
        'Drivers were paid wages of USD 9.5 million in 2025, an average monthly wage of USD 1,080 per driver.',
      ),
    ).toEqual([]);
  });
});
