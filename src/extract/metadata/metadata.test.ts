import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { readMetadata } from './metadata.js';

function meta(text: string) {
  return readMetadata(toReportLines(docFromText(text)));
}

describe('readMetadata', () => {
  it('reads company, period end year and claimed frameworks', () => {
    const m = meta(
      [
        'Qingdao Example Technology Group Co., Ltd',
        '2021',
        'ENVIRONMENTAL, SOCIAL AND GOVERNANCE REPORT',
        'Qingdao Example Technology Group Co., Ltd. (“the Company”) hereby publishes its report.',
        'This Report covers the period from 1 January 2021 to 31 December 2021 (the “Reporting Period”).',
        'This Report is prepared under the Environmental, Social and Governance Reporting Guide set out in Appendix 27 to the Listing Rules and with reference to the GRI Standards.',
      ].join('\n'),
    );
    expect(m).toEqual({
      company: 'Qingdao Example Technology Group Co., Ltd.',
      reportYear: 2021,
      frameworks: ['HKEX-2020', 'GRI-2021'],
    });
  });
  it('takes a fiscal year by its end and a title year when no period is stated', () => {
    expect(meta('Example Corp.\nThis report covers the fiscal year ended 30 June 2023.').reportYear).toBe(
      2023,
    );
    expect(meta('Sample plc\n2022 Sustainability Report').reportYear).toBe(2022);
    expect(meta('No years here at all').reportYear).toBeUndefined();
  });
  it('finds the company in a definition, and falls back to the name written in the possessive', () => {
    expect(meta('The notes cover the parent company (Alfa Laval AB) and its subsidiaries.').company).toBe(
      'Alfa Laval AB',
    );
    expect(
      meta('Young, elected at the Annual General Meeting. The Auditor’s Limited review').company,
    ).toBeUndefined();
    expect(meta('bp’s aims.\nbp’s data.\nThe Group’s view and bp’s report.').company).toBe('bp');
  });
  it('reads HKEX Appendix C2 as the 2025 climate guide', () => {
    expect(
      meta('The report is prepared in accordance with Appendix C2 to the Listing Rules.').frameworks,
    ).toEqual(['HKEX-C2']);
  });
});
