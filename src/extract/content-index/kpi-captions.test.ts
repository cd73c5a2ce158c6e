// KPI tables captioned by their HKEX code ("A2.1 Energy use | Unit | FY2025 | FY2024") open data
// tables; only a row pointing to a page or a section is a row of the index.
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from '../pipeline/extract-document.js';
import { toReportLines } from '../layout/index.js';
import { parseContentIndex } from './index.js';

// A made-up school group's report: five coded KPI tables within a page of each other, then its index.
const REPORT = [
  'Larkspur Academies Ltd  ESG Report FY2025',
  '',
  'A2.1 Energy use                          Unit          FY2025      FY2024      FY2023',
  '  Diesel (minibuses)                     kL             211.7       204.3       198.6',
  '  Total energy consumption               MWh          9,612.4     9,338.1     9,075.9',
  '',
  'A1.2 Greenhouse gas emissions            Unit          FY2025      FY2024      FY2023',
  '  Scope 1 total                          tCO2e          641.3       622.8       607.2',
  '  Scope 2 total                          tCO2e        3,518.6     3,497.4     3,480.1',
  '',
  'A2.2 Water                               Unit          FY2025      FY2024      FY2023',
  '  Water withdrawn                        m³           118,442     114,907     111,263',
  '',
  'B1.1 Workforce at year end               Unit          FY2025      FY2024      FY2023',
  '  Total workforce                        persons          733         712         698',
  '',
  'B1.2 Employee turnover        FY2025 leavers   FY2025 rate (%)   FY2024 leavers   FY2024 rate (%)',
  '  Total                                  61               8.3               66               9.3',
  '',
  'HKEX ESG REPORTING CODE CONTENT INDEX',
  '  KPI            Description                                  Section                      Page',
  '  A1.2           Scope 1 and Scope 2 GHG emissions            Environmental performance    6',
  '  A2.1           Direct and indirect energy consumption       Environmental performance    5',
  '  A2.2           Water consumption and intensity              Environmental performance    7',
  '  B1.1           Workforce by gender and age group            Our people                   9',
  '  B1.2           Employee turnover rate                       Our people                   9',
].join('\n');

describe('KPI tables captioned by an HKEX code', () => {
  it('are no rows of the content index; the index rows below them are', () => {
    const index = parseContentIndex(toReportLines(docFromText(REPORT)));
    expect(index.entries.map((e) => [e.code, e.location, e.source.line])).toEqual([
      ['HKEX:A1.2', '6', 22],
      ['HKEX:A2.1', '5', 23],
      ['HKEX:A2.2', '7', 24],
      ['HKEX:B1.1', '9', 25],
      ['HKEX:B1.2', '9', 26],
    ]);
  });

  it('keep their figures', () => {
    const facts = extractDocument(docFromText(REPORT)).facts.map((f) => f.fact);
    const at = (line: number): string[] =>
      facts.flatMap((f) =>
        f.provenance.kind === 'document' && f.provenance.location.line === line && f.period.year === 2025
          ? [f.provenance.reported.value]
          : [],
      );
    expect(at(5)).toEqual(['9612.4']);
    expect(at(12)).toEqual(['118442']);
    expect(at(15)).toEqual(['733']);
  });
});
