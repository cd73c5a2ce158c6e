// Extraction and check together on a sentence stating a group's pay for the year and its average
// monthly or annual pay: the total is read as the payroll, and average.payroll divides it by the
// year's headcounts (over 12 months for a monthly average).
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
    .findings.filter((f) => f.rule.startsWith('average.pay'))
    .map((f) => [f.rule, f.severity, f.expected, f.actual]);

describe('an average pay a sentence states beside the total paid', () => {
  it('warns when no headcount of the year, over 12 months, gives the monthly average', () => {
    // USD 95.04 million / 6,600 operatives / 12 = USD 1,200 a month; the warning names the count
    // printed nearest the sentence, 7,213 employees: USD 1,098.
    expect(
      found(
        'Operatives were paid wages of USD 95.04 million in 2025, an average monthly wage of USD 1,080 per operative.',
      ),
    ).toEqual([['average.payroll', 'warning', '1098', '1080']]);
  });

  it('passes an average a headcount of the year gives', () => {
    expect(
      found(
        'Operatives were paid wages of USD 95.04 million in 2025, an average monthly wage of USD 1,200 per operative.',
      ),
    ).toEqual([]);
    expect(
      found(
        'Salaries totalled USD 129.834 million in 2025, an average annual salary of USD 18,000 per employee.',
      ),
    ).toEqual([]);
  });

  it('reads an annual average against the headcounts without dividing by months', () => {
    // USD 129.834 million / 7,213 employees = USD 18,000 a year.
    expect(
      found(
        'Salaries totalled USD 129.834 million in 2025, an average annual salary of USD 21,500 per employee.',
      ),
    ).toEqual([['average.payroll', 'warning', '18000', '21500']]);
  });

  it('says nothing when the average names no period', () => {
    expect(
      found(
        'Operatives were paid wages of USD 95.04 million in 2025, an average wage of USD 1,080 per operative.',
      ),
    ).toEqual([]);
  });
});
