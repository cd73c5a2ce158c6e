// Extraction and check together on a parental-leave table worded as TWSE reports word it: employees
// "eligible for" the leave and employees "applying for" it (GRI 401-3's entitled and took). Company and
// figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const TABLE = (femaleEligible: string, totalEligible: string) =>
  [
    'Lotusfield Electronics Co., Ltd. – 2024 Sustainability Report',
    'The reporting period is 1 January to 31 December 2024.',
    '',
    'Table 7-3  Unpaid parental leave in 2024',
    '',
    'Item                                                      Male   Female    Total',
    '--------------------------------------------------------------------------------',
    `Number of employees eligible for parental leave (A)        268     ${femaleEligible}      ${totalEligible}`,
    'Number of employees applying for parental leave (B)          6       29       35',
    '--------------------------------------------------------------------------------',
    '',
    'Leave is granted under the Act of Gender Equality in Employment.',
  ].join('\n');

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

describe('a parental-leave table of eligible and applying employees', () => {
  it('reads the rows as entitled to and taking parental leave, not as headcounts', () => {
    const metrics = facts(TABLE('94', '362'))
      .filter((f) => f.provenance.kind === 'document' && [8, 9].includes(f.provenance.location.line ?? 0))
      .map((f) => f.metric);
    expect(new Set(metrics)).toEqual(new Set(['parental_leave.entitled', 'parental_leave.taken']));
  });

  it('reports more women applying than were eligible', () => {
    const rules = (female: string, total: string) =>
      checkFacts({ facts: facts(TABLE(female, total)) })
        .findings.filter((f) => f.source.some((s) => 'line' in s && s.line === 8))
        .map((f) => f.rule);
    expect(rules('94', '362')).not.toContain('count.within');
    // 29 women applied, but only 19 printed as eligible.
    expect(rules('19', '287')).toContain('count.within');
  });
});
