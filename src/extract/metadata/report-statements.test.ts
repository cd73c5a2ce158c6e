import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { findReportStatements } from './report-statements.js';

const statements = (text: string) =>
  findReportStatements(toReportLines(docFromText(text))).map((s) => [s.kind, s.source.line]);

describe('findReportStatements', () => {
  it('finds the board statement, principles and boundary under their headings, numbered or not', () => {
    const text = [
      'Contents',
      '3.2 Scope and Boundary',
      'This ESG report of Kestrel Foods plc includes the bakery plants in Ipswich and Leeds and the head office.',
      '## Principles of Preparation',
      'We follow materiality, quantitative, balance and consistency when compiling this ESG report.',
      'IV. Statement of the Board',
      'The directors set the ESG strategy and review progress against our goals every six months.',
    ].join('\n');
    expect(statements(text)).toEqual([
      ['board_statement', 6],
      ['reporting_principles', 4],
      ['reporting_boundary', 2],
    ]);
  });

  it('finds them in sentences, and in a heading that leads its own text', () => {
    const text = [
      'Kestrel Foods plc',
      'Report boundary: the ESG report includes all subsidiaries controlled at year end.',
      'This report applies the principles of materiality and consistency set out by the exchange.',
      'The Board of Directors has overall responsibility for the Group’s ESG strategy and reporting.',
    ].join('\n');
    expect(statements(text)).toEqual([
      ['board_statement', 4],
      ['reporting_principles', 3],
      ['reporting_boundary', 2],
    ]);
  });

  it('ignores a contents entry with no text after it, reads a period-only "covers" as the period alone, and an unrelated principle as nothing', () => {
    const text = [
      'Reporting Principles',
      'Reporting Scope',
      'Chairman’s Letter',
      'This report covers the period from 1 April 2024 to 31 March 2025.',
      'We hire on the principle of fair competition and keep a balance of skills.',
      'Emissions of leased assets sit outside our reporting boundary.',
      'Basis of Preparation',
      'The report is prepared based on the exchange guide and the GRI Standards in every respect.',
    ].join('\n');
    expect(statements(text)).toEqual([['reporting_period', 4]]);
  });

  it('finds the period, assurance, restatements and material topics GRI 2 and 3 ask for', () => {
    const text = [
      'Kestrel Foods plc',
      'The reporting period is the financial year to 31 March 2025, as in our annual report.',
      'Energy and emissions data received limited assurance from an independent practitioner.',
      'Water withdrawal for the prior year was restated after a meter was recalibrated.',
      'Our materiality assessment drew on a survey of customers, staff and growers.',
    ].join('\n');
    expect(statements(text)).toEqual([
      ['reporting_period', 2],
      ['external_assurance', 3],
      ['restatements', 4],
      ['material_topics', 5],
    ]);
  });

  it('reads a sentence wrapped over two lines, past a company name abbreviated with full stops', () => {
    const text = [
      'About this report',
      'This report covers Kestrel Alimentos S.A. and the bakeries of its three subsidiaries for',
      'the year from 1 July 2024 to 30 June 2025. The reporting principles of',
      'materiality, quantitative, balance and consistency were applied throughout.',
    ].join('\n');
    expect(statements(text)).toEqual([
      ['reporting_principles', 3],
      ['reporting_boundary', 2],
      ['reporting_period', 2],
    ]);
  });

  it('reads a label column beside its text as a heading, and a heading over a blank line', () => {
    const text = [
      'Reporting scope      The Company and its plants in Leeds and Ipswich, as consolidated.',
      'Assurance            Selected figures were checked by an outside firm this year.',
      'Double Materiality Assessment',
      '',
      'We asked customers, staff and growers which sustainability matters weigh most for us.',
    ].join('\n');
    expect(statements(text)).toEqual([
      ['reporting_boundary', 1],
      ['external_assurance', 2],
      ['material_topics', 3],
    ]);
  });
  it('reads the period of a review or of the statement of use, but not of the financial statements', () => {
    const review = 'This review covers the twelve months from 1 October 2024 to 30 September 2025.';
    const use =
      'Statement of use: Kestrel Foods plc has reported in accordance with the GRI Standards for 1 October 2024 – 30 September 2025.';
    const accounts = 'The statement of cash flows for the year ended 30 September 2025 is on page 80.';
    expect(statements(review)).toEqual([['reporting_period', 1]]);
    expect(statements(use)).toEqual([['reporting_period', 1]]);
    expect(statements(accounts)).toEqual([]);
  });
  it("reads a boundary whose subject is the data, a title page's year line and a verification by an outside body", () => {
    const text = [
      'KESTREL FOODS PLC',
      '  for the year ended 30 June 2025',
      'Social and environmental KPIs cover all four bakery plants and the distribution depot in Leeds.',
      'Energy figures were verified by an accredited third party under the national scheme.',
    ].join('\n');
    expect(statements(text)).toEqual([
      ['reporting_boundary', 3],
      ['reporting_period', 2],
      ['external_assurance', 4],
    ]);
    expect(statements('Bread sales data cover the 2024 harvest season in full for every region.')).toEqual(
      [],
    );
    expect(statements('Waste data were verified by the plant managers each month.')).toEqual([]);
  });
  it("finds the organisation's seat or legal form GRI 2-1 asks for, but not a head office named in passing", () => {
    expect(
      statements('Listed on the stock exchange (KFP) | Registered office: 14 Harbour Road, Ipswich'),
    ).toEqual([['organisation_details', 1]]);
    expect(statements('        (incorporated in Bermuda with limited liability)')).toEqual([
      ['organisation_details', 1],
    ]);
    expect(statements('Kestrel Foods plc is headquartered in Leeds and sells in nine countries.')).toEqual([
      ['organisation_details', 1],
    ]);
    expect(statements('Electricity use at the registered office fell by a tenth after the refit.')).toEqual(
      [],
    );
  });
  it('reads a boundary that names its units one by one after "it covers"', () => {
    const text = [
      'This report follows the exchange code for the year to 30 June 2025. It covers the dairy kitchen at',
      'Northgate Market, the pastry kitchen at Eastbank Quay and the Westmoor distribution centre.',
    ].join('\n');
    expect(statements(text).filter(([kind]) => kind === 'reporting_boundary')).toEqual([
      ['reporting_boundary', 1],
    ]);
    expect(statements('The canteen menu covers three hot dishes a day.')).toEqual([]);
  });
});

describe('numbered headings joining a second subject', () => {
  it('reads the board statement and the boundary under headings numbered a column before their titles', () => {
    const text = [
      '1  SCOPE OF WORK COVERED AND METHOD',
      'Figures are drawn from the payroll and meter systems of all depots listed below.',
      '',
      '2  REPORTING SCOPE AND BASIS',
      'This document follows the listing rules and covers the three quarries and the Harbour depot.',
      '',
      '3  BOARD STATEMENT AND CLIMATE-RELATED DISCLOSURES (PART D)',
      'The Board sets the ESG strategy and reviews targets each year with its Sustainability Committee.',
    ].join('\n');
    const kinds = findReportStatements(toReportLines(docFromText(text))).map((s) => [s.kind, s.source.line]);
    expect(kinds).toEqual([
      ['board_statement', 7],
      ['reporting_boundary', 4],
    ]);
  });
});
