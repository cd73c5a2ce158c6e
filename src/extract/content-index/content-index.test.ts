import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import {
  codedSections,
  codesAt,
  findOmissionStatements,
  headingCodes,
  mergeOmissions,
  parseContentIndex,
} from './index.js';

const HKEX_INDEX = [
  'Aspects\tDescriptions\tChapter',
  'A1 Emissions\tGeneral Disclosure Information on the policies on emissions.\t5.1. Green Operation',
  'A1.1\tThe types of emissions and respective emissions data.\t5.1. Green Operation',
  'A1.2\tGreenhouse gas emissions in total.\t5.1. Green Operation',
  'A2.5\tTotal packaging material used for finished products.\tNot applicable',
  'B6.3\tDescription of practices relating to intellectual property rights.\t2.2. Protection of Intellectual Property Rights',
  'B7.1\tNumber of concluded legal cases regarding corrupt practices.\t/',
];

describe('parseContentIndex', () => {
  it('reads HKEX rows into code, status and location', () => {
    const index = parseContentIndex(toReportLines(docFromText(HKEX_INDEX.join('\n'))));
    expect(index.entries.map((e) => [e.code, e.status, e.location])).toEqual([
      ['HKEX:A1.GD', 'reported', '5.1. Green Operation'],
      ['HKEX:A1.1', 'reported', '5.1. Green Operation'],
      ['HKEX:A1.2', 'reported', '5.1. Green Operation'],
      ['HKEX:A2.5', 'not_applicable', ''],
      ['HKEX:B6.3', 'reported', '2.2. Protection of Intellectual Property Rights'],
      ['HKEX:B7.1', 'omitted', ''],
    ]);
    expect(index.lines.has(1)).toBe(true);
  });
  it('leaves the prose under section headings that sit within a few lines of the index', () => {
    const prose = (n: number): string[] =>
      Array.from({ length: n }, (_, i) => `Our depots logged ${i + 40} tonnes of cardboard in the year.`);
    const text = [
      'A3.1  Resources',
      ...prose(8),
      'B2  Safety',
      ...prose(9),
      'B4  Labour',
      ...prose(7),
      'B6  Products',
      ...prose(6),
      'B8  Community',
      ...prose(5),
      ...HKEX_INDEX,
    ];
    const index = parseContentIndex(toReportLines(docFromText(text.join('\n'))));
    expect(index.lines.has(3)).toBe(false);
    expect(index.lines.has(30)).toBe(false);
    expect(index.lines.has(text.length - 1)).toBe(true);
    expect(index.entries.map((e) => e.code)).not.toContain('HKEX:B2.GD');
  });
  it('pairs a GRI code block with its separately printed location block', () => {
    const text = [
      'GRI Standards\tDisclosure',
      '202-2\tProportion of senior management hired from the community',
      '203-1\tInfrastructure investments and services supported',
      '204-1\tProportion of spending on local suppliers',
      '205-1\tOperations assessed for risks related to corruption',
      '205-3\tConfirmed incidents of corruption and actions tak',
      '',
      '\tChapter(s) in the Report',
      'e local\t/',
      'd\tCommunity Development',
      '\tKey ESG Performances',
      'n\tBusiness Ethics',
      'ken\tBusiness Ethics',
    ].join('\n');
    const index = parseContentIndex(toReportLines(docFromText(text)));
    expect(index.entries.map((e) => [e.code, e.status, e.location])).toEqual([
      ['GRI:202-2', 'omitted', ''],
      ['GRI:203-1', 'reported', 'Community Development'],
      ['GRI:204-1', 'reported', 'Key ESG Performances'],
      ['GRI:205-1', 'reported', 'Business Ethics'],
      ['GRI:205-3', 'reported', 'Business Ethics'],
    ]);
  });
  it('reads a four-column GRI index whose code cells carry the disclosure titles', () => {
    // Standard | Disclosure | Location | Omission; empty cells as a text layer prints them.
    const text = [
      'GRI Standard\tDisclosure\tLocation\tOmission',
      'GRI 2: General Disclosures 2021\t2-9 Governance structure and composition\t4 Governance',
      '\t2-21 Annual total compensation ratio\t\tConfidentiality constraints: pay data is not published.',
      'GRI 303: Water and Effluents 2018\t303-3 Water withdrawal\t6.2 Water',
      '\t303-4 Water discharge\t\tNot applicable',
      'GRI 306: Waste 2020\t306-4 Waste diverted from disposal\t6.3 Waste',
      '\t306-5 Waste directed to disposal\t\tInformation unavailable: the landfill operator reports no weights.',
      'Table 2 Staff by age',
      '30-50 years old\t1,204\t1,180',
    ].join('\n');
    const index = parseContentIndex(toReportLines(docFromText(text)));
    expect(index.entries.map((e) => [e.code, e.status, e.location, e.reason ?? ''])).toEqual([
      ['GRI:2-9', 'reported', '4 Governance', ''],
      ['GRI:2-21', 'omitted', '', 'Confidentiality constraints: pay data is not published.'],
      ['GRI:303-3', 'reported', '6.2 Water', ''],
      ['GRI:303-4', 'not_applicable', '', ''],
      ['GRI:306-4', 'reported', '6.3 Waste', ''],
      ['GRI:306-5', 'omitted', '', 'Information unavailable: the landfill operator reports no weights.'],
    ]);
    expect(index.lines.has(9)).toBe(false);
  });
  it('reads an index typed in space-aligned columns, with "not material" and "Explained:" as explanations', () => {
    const text = [
      'KPI        Topic                                       Where reported',
      '  A2.1     Direct and indirect energy by type          Section 4, Energy table',
      '  A2.2     Water consumed                              Section 4, Water table',
      '  A2.3     Energy efficiency targets                   Not material: leased offices only',
      '  A3.1     Impacts on natural resources                Explained: no operations near protected land',
      '  B2.3     Safety measures                             Section 6',
      '  B4.1     Child and forced labour                     Section 7',
    ].join('\n');
    const index = parseContentIndex(toReportLines(docFromText(text)));
    expect(index.entries.map((e) => [e.code, e.status, e.location, e.reason ?? ''])).toEqual([
      ['HKEX:A2.1', 'reported', 'Section 4, Energy table', ''],
      ['HKEX:A2.2', 'reported', 'Section 4, Water table', ''],
      ['HKEX:A2.3', 'omitted', '', 'Not material: leased offices only'],
      ['HKEX:A3.1', 'omitted', '', 'Explained: no operations near protected land'],
      ['HKEX:B2.3', 'reported', 'Section 6', ''],
      ['HKEX:B4.1', 'reported', 'Section 7', ''],
    ]);
  });
  it('reads rows that map a topic to lists of HKEX and GRI codes, and no page range as a code', () => {
    const text = [
      'Topic                      HKEX              GRI                 Chapter',
      'Energy saving              A2.1, A2.3        302-1, 302-4        Part 3',
      'Water stewardship          A2.2、A2.4        303-3, 303-5        Part 4',
      'Our staff                  B1.1, B1.2        2-7, 401-1          Part 5',
      'Suppliers                  B5.1, B5.2        308-1, 414-1        Part 6',
      'Integrity                  B7.1, B7.2        205-3               Part 7',
      'Climate metrics            see Tables 2-4    2-9                 —',
    ].join('\n');
    const index = parseContentIndex(toReportLines(docFromText(text)));
    const part = (loc: string) => index.entries.filter((e) => e.location === loc).map((e) => e.code);
    expect(part('Part 3')).toEqual(['HKEX:A2.1', 'HKEX:A2.3', 'GRI:302-1', 'GRI:302-4']);
    expect(part('Part 4')).toEqual(['HKEX:A2.2', 'HKEX:A2.4', 'GRI:303-3', 'GRI:303-5']);
    expect(part('Part 7')).toEqual(['HKEX:B7.1', 'HKEX:B7.2', 'GRI:205-3']);
    expect(index.entries.map((e) => e.code)).not.toContain('GRI:2-4');
    expect(index.entries.find((e) => e.code === 'GRI:2-9')?.status).toBe('omitted');
  });
  it('reads a dash in a trailing page column after a location as no omission', () => {
    const text = [
      'Disclosure\tLocation\tPage',
      'GRI 2-1\tOrganisational details\tProfile\t4',
      'GRI 2-6\tValue chain\tProfile\t5',
      'GRI 201-1\tEconomic value\tFinancial statements 2023\t–',
      'GRI 302-1\tEnergy\tTable 8\t11',
      'GRI 305-1\tScope 1\tTable 9\t12',
    ].join('\n');
    const index = parseContentIndex(toReportLines(docFromText(text)));
    expect(index.entries.find((e) => e.code === 'GRI:201-1')).toMatchObject({
      status: 'reported',
      location: 'Financial statements 2023',
    });
  });
  it('reads "not applicable" explanations and omission statements in the text', () => {
    const lines = toReportLines(
      docFromText(
        [
          ...HKEX_INDEX,
          '',
          'Therefore, KPI A1.1 (the types of emissions and respective emissions data.) is not disclosed in the Report.',
        ].join('\n'),
      ),
    );
    const index = parseContentIndex(lines);
    const merged = mergeOmissions(index.entries, findOmissionStatements(lines, index.lines));
    const a11 = merged.find((e) => e.code === 'HKEX:A1.1');
    expect(a11?.status).toBe('omitted');
    expect(a11?.location).toBe('5.1. Green Operation');
    expect(a11?.reason).toContain('is not disclosed');
  });
});

describe('headingCodes', () => {
  it('reads codes a heading prints, in brackets or in front', () => {
    const lines = toReportLines(
      docFromText(
        [
          '1.6 Employees (GRI 2-7).',
          'We had 120 staff.',
          'Aspect A1: Emissions',
          'Scope 1 was 5 t.',
          '3.3 Waste (GRI 306-1, 306-2, 306-5).',
        ].join('\n'),
      ),
    );
    const codes = headingCodes(lines, new Set());
    expect(codes.get(2)).toEqual(['GRI:2-7']);
    expect(codes.get(4)).toEqual(['HKEX:A1']);
    expect(codes.get(5)).toEqual(['GRI:306-1', 'GRI:306-2', 'GRI:306-5']);
  });
});

describe('codedSections', () => {
  it('ends a section at the next aspect heading the index does not name', () => {
    const text = [
      'A2 Use of Resources',
      'Electricity rose.',
      'A3 The Environment and Natural Resources',
      'Nothing significant.',
      '  Chart 3: Water by site, 2024',
      'Site K  1,210',
      'B1.1\tStaff by gender\tA2 Use of Resources',
      'B1.2\tStaff turnover\tA2 Use of Resources',
      'A2.1\tEnergy by type\tA2 Use of Resources',
      'A2.2\tWater\tChart 3',
      'A2.3\tEnergy targets\tA2 Use of Resources',
    ].join('\n');
    const lines = toReportLines(docFromText(text));
    const index = parseContentIndex(lines);
    const sections = codedSections(lines, index.entries, index.lines);
    expect(codesAt(sections, 2)).toContain('HKEX:A2.1');
    // A3's heading ends A2's section: its lines answer none of A2's codes.
    expect(codesAt(sections, 4)).toEqual([]);
    expect(codesAt(sections, 6)).toEqual([]);
  });

  it('maps the sections an index points to onto the lines under their headings', () => {
    const text = [
      '2.2. Protection of Intellectual Property Rights',
      'We applied for 634 patents.',
      '5.1. Green Operation',
      'Emissions fell.',
      ...HKEX_INDEX,
    ].join('\n');
    const lines = toReportLines(docFromText(text));
    const index = parseContentIndex(lines);
    const sections = codedSections(lines, index.entries, index.lines);
    expect(codesAt(sections, 2)).toEqual(['HKEX:B6.3']);
    expect(codesAt(sections, 4)).toEqual(['HKEX:A1.GD', 'HKEX:A1.1', 'HKEX:A1.2']);
  });
});
