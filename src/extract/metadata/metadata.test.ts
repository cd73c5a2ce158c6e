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
      claimBases: { 'GRI-2021': 'with_reference' },
      statements: [
        {
          kind: 'reporting_period',
          text: 'This Report covers the period from 1 January 2021 to 31 December 2021 (the “Reporting Period”).',
          source: { line: 5 },
        },
      ],
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

  it('reads another exchange’s ESG Reporting Guide as no HKEX claim', () => {
    const claim = (text: string) => meta(text).frameworks;
    expect(
      claim(
        'This report is prepared with reference to the GRI Standards and the Oslo Børs ESG Reporting Guide.',
      ),
    ).toEqual(['GRI-2021']);
    expect(
      claim(
        'Our disclosures follow the Nairobi Securities Exchange ESG Disclosures Guidance and the NSE ESG Reporting Guide.',
      ),
    ).toEqual([]);
    // Hong Kong's guide named through the Exchange, or with nothing before it, is still HKEX's.
    expect(claim('This report is prepared in accordance with the Exchange’s ESG Reporting Guide.')).toEqual([
      'HKEX-2020',
    ]);
    expect(
      claim('The ESG Reporting Guide is met: this report complies with every provision it sets.'),
    ).toEqual(['HKEX-2020']);
  });

  it('tells the HKEX Reporting Code (Appendix C2, Part D) from the Reporting Guide by wording and year', () => {
    const claim = (text: string) => meta(text).frameworks;
    expect(
      claim(
        'This report covers the year ended 31 December 2026.\nIt is prepared in accordance with the Environmental, Social and Governance Reporting Code.',
      ),
    ).toEqual(['HKEX-C2']);
    expect(
      claim(
        'This report covers the year ended 30 June 2024 and is prepared under the ESG Reporting Guide in Appendix C2 to the Listing Rules.',
      ),
    ).toEqual(['HKEX-2020']);
    expect(
      claim(
        'This report covers the year ended 31 March 2024. The report follows Appendix C2 of the Listing Rules.',
      ),
    ).toEqual(['HKEX-2020']);
    expect(
      claim(
        'This report covers the year ended 31 December 2025 and its climate disclosures are prepared under Part D of the Code on climate-related disclosures.',
      ),
    ).toEqual(['HKEX-C2']);
  });

  it('reads claims wrapped over lines, GRI in accordance or with reference, and ISSB / IFRS S2', () => {
    const m = meta(
      [
        'Northwind Ports plc',
        'This report covers the period from 1 January 2023 to 31 December 2023 and has been prepared in',
        'accordance with the GRI Standards 2021. Our climate section is aligned with IFRS S2 Climate-related',
        'Disclosures issued by the International Sustainability Standards Board.',
        'A separate index lists where we report with reference to the SASB Standards.',
      ].join('\n'),
    );
    expect(m.frameworks).toEqual(['GRI-2021', 'SASB', 'ISSB']);
    expect(meta('Our data is reported with reference to the GRI Standards.').frameworks).toEqual([
      'GRI-2021',
    ]);
    expect(meta('We read the GRI Standards with interest.').frameworks).toEqual([]);
  });

  it('tells a GRI claim "in accordance" from one "with reference", the statement of use deciding', () => {
    const bases = (text: string) => meta(text).claimBases;
    expect(bases('Our 2024 report has been prepared in accordance with the GRI Standards.')).toEqual({
      'GRI-2021': 'in_accordance',
    });
    expect(
      bases(
        'This report is compiled in accordance with the Listing Rules guide and with reference to the GRI Standards.',
      ),
    ).toEqual({ 'GRI-2021': 'with_reference' });
    expect(
      bases(
        [
          'This report is prepared in accordance with the exchange guide and the GRI Standards.',
          'Statement of use: Pelican Mills has reported the information cited in this GRI content index with reference to the GRI Standards.',
        ].join('\n'),
      ),
    ).toEqual({ 'GRI-2021': 'with_reference' });
    expect(bases('The report references the GRI Standards 2021 and the TCFD recommendations.')).toEqual({
      'GRI-2021': 'with_reference',
    });
    expect(
      bases('This report follows the GRI Standards 2021 (with reference) and the SASB standard.'),
    ).toEqual({
      'GRI-2021': 'with_reference',
    });
    expect(bases('The report is prepared based on the GRI Standards.')).toEqual({});
    expect(bases('This report is prepared in accordance with the HKEX ESG Reporting Guide.')).toEqual({});
  });
});
