// Content-index layouts the dev corpus and the held-out set do not show: page ranges in a GRI location
// column, HKEX "Section / Page" cells, an index broken over two pages with its header repeated, SASB
// codes among GRI rows, GRI 1 omission columns, and topic-first rows that shorten code runs.
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { parseContentIndex } from './index.js';

const read = (rows: readonly string[]): [string, string, string][] =>
  parseContentIndex(toReportLines(docFromText(rows.join('\n')))).entries.map((e) => [
    e.code,
    e.status,
    e.location,
  ]);

describe('parseContentIndex on unseen layouts', () => {
  it('keeps page ranges in a GRI location column as locations, never as codes', () => {
    const rows = [
      'GRI Standard\tDisclosure\tLocation',
      'GRI 2: General Disclosures 2021\t2-1 Organizational details\t4–5',
      '\t2-3 Reporting period, frequency and contact point\t2-3',
      '\t2-7 Employees\t23–25, 41',
      'GRI 302: Energy 2016\t302-1 Energy consumption within the organization\t58, 61–62',
      'GRI 403: Occupational Health and Safety 2018\t403-9 Work-related injuries\t77-79',
      '\t403-10 Work-related ill health\tpp. 80–81',
    ];
    expect(read(rows)).toEqual([
      ['GRI:2-1', 'reported', '4–5'],
      ['GRI:2-3', 'reported', '2-3'],
      ['GRI:2-7', 'reported', '23–25, 41'],
      ['GRI:302-1', 'reported', '58, 61–62'],
      ['GRI:403-9', 'reported', '77-79'],
      ['GRI:403-10', 'reported', 'pp. 80–81'],
    ]);
  });

  it('reads a code, a title and a page range in separate cells without taking the pages for codes', () => {
    const rows = [
      'Disclosure\tTitle\tPages',
      '2-1\tOrganizational details\t2-3',
      '2-2\tEntities included in sustainability reporting\t3',
      '2-6\tActivities, value chain and other business relationships\t9-11',
      '201-1\tDirect economic value generated and distributed\t14',
      '205-3\tConfirmed incidents of corruption\t17',
    ];
    expect(read(rows)).toEqual([
      ['GRI:2-1', 'reported', '2-3'],
      ['GRI:2-2', 'reported', '3'],
      ['GRI:2-6', 'reported', '9-11'],
      ['GRI:201-1', 'reported', '14'],
      ['GRI:205-3', 'reported', '17'],
    ]);
  });

  it('reads an HKEX index with "Section / Page" cells and a "not applicable" explanation', () => {
    const rows = [
      'Aspects and KPIs\tDescription\tSection / Page',
      'Aspect A1: Emissions\tGeneral Disclosure on air and greenhouse gas emissions\tGreen Operations / 14',
      'KPI A1.1\tThe types of emissions and respective emissions data\tEmissions Data / 16–17',
      'KPI A1.2\tScope 1 and Scope 2 greenhouse gas emissions\tEmissions Data / 16',
      'KPI A1.3\tTotal hazardous waste produced\tNot applicable — our studios produce no hazardous waste',
      'KPI A1.5\tEmission targets set and steps taken\tTargets / 19',
      'KPI B1.1\tTotal workforce by gender and age group\tOur People / 31',
    ];
    expect(read(rows)).toEqual([
      ['HKEX:A1.GD', 'reported', 'Green Operations / 14'],
      ['HKEX:A1.1', 'reported', 'Emissions Data / 16–17'],
      ['HKEX:A1.2', 'reported', 'Emissions Data / 16'],
      ['HKEX:A1.3', 'not_applicable', ''],
      ['HKEX:A1.5', 'reported', 'Targets / 19'],
      ['HKEX:B1.1', 'reported', 'Our People / 31'],
    ]);
  });

  it('reads an uncoded "General Disclosure" row under an aspect printed on a line of its own', () => {
    const rows = [
      'Subject Areas, Aspects, General Disclosures and KPIs\tDescription\tSection / Page',
      'Aspect B1: Employment',
      'General Disclosure\tInformation on the policies on compensation and dismissal\tOur People / 28',
      'KPI B1.1\tTotal workforce by gender\tOur People / 29',
      'KPI B1.2\tEmployee turnover rate\tOur People / 30',
      'Aspect B2: Health and Safety',
      'General Disclosure\tInformation on providing a safe working environment\tSafety / 33',
      'KPI B2.1\tWork-related fatalities\tSafety / 34',
      'KPI B2.3\tOccupational health and safety measures\tNot applicable',
    ];
    expect(read(rows)).toEqual([
      ['HKEX:B1.GD', 'reported', 'Our People / 28'],
      ['HKEX:B1.1', 'reported', 'Our People / 29'],
      ['HKEX:B1.2', 'reported', 'Our People / 30'],
      ['HKEX:B2.GD', 'reported', 'Safety / 33'],
      ['HKEX:B2.1', 'reported', 'Safety / 34'],
      ['HKEX:B2.3', 'not_applicable', ''],
    ]);
  });

  it('reads an index broken over two pages, its header repeated and a running footer between', () => {
    const rows = [
      'GRI Content Index',
      'Disclosure\tTitle\tPage',
      '305-1\tDirect (Scope 1) GHG emissions\t31',
      '305-2\tEnergy indirect (Scope 2) GHG emissions\t31',
      '305-4\tGHG emissions intensity\t33',
      '',
      'Marlow Ceramics Sustainability Report 2025\t44',
      '',
      'Disclosure\tTitle\tPage',
      '306-3\tWaste generated\t36',
      '401-1\tNew employee hires and employee turnover\t52',
      '403-9\tWork-related injuries\t57',
    ];
    expect(read(rows)).toEqual([
      ['GRI:305-1', 'reported', '31'],
      ['GRI:305-2', 'reported', '31'],
      ['GRI:305-4', 'reported', '33'],
      ['GRI:306-3', 'reported', '36'],
      ['GRI:401-1', 'reported', '52'],
      ['GRI:403-9', 'reported', '57'],
    ]);
  });

  it('passes over SASB codes printed among the GRI rows', () => {
    const rows = [
      'Standard\tCode\tMetric\tPage',
      'GRI\t302-1\tEnergy consumption within the organization\t21',
      'SASB\tRT-CH-130a.1\tTotal energy consumed, percentage grid electricity\t21',
      'GRI\t305-1\tDirect (Scope 1) GHG emissions\t22',
      'SASB\tRT-CH-110a.1\tGross global Scope 1 emissions\t22',
      'GRI\t303-3\tWater withdrawal\t25',
      'SASB\tRT-CH-140a.1\tTotal water withdrawn, total water consumed\t25',
      'GRI\t403-9\tWork-related injuries\t40',
      'GRI / SASB\t305-7 / RT-CH-120a.1\tAir emissions of NOx, SOx and VOCs\t24',
    ];
    expect(read(rows)).toEqual([
      ['GRI:302-1', 'reported', '21'],
      ['GRI:305-1', 'reported', '22'],
      ['GRI:303-3', 'reported', '25'],
      ['GRI:403-9', 'reported', '40'],
      ['GRI:305-7', 'reported', '24'],
    ]);
  });

  it('reads GRI 1 omission columns: whole omissions explained, a requirement omitted still located', () => {
    const rows = [
      'GRI Standard\tDisclosure\tLocation\tRequirement(s) omitted\tReason\tExplanation',
      'GRI 2: General Disclosures 2021\t2-21 Annual total compensation ratio\t\t2-21-a, b, c\tConfidentiality constraints\tPay data of the parent is not published',
      'GRI 303: Water and Effluents 2018\t303-5 Water consumption\t47\t303-5-c\tInformation unavailable/incomplete\tStorage change is not metered',
      'GRI 304: Biodiversity 2016\t304-1 Operational sites in or adjacent to protected areas\t\t304-1\tNot applicable\tNo site borders a protected area',
      'GRI 305: Emissions 2016\t305-3 Other indirect (Scope 3) GHG emissions\t\t\tInformation unavailable\tSupplier data is collected from 2026',
      '\t305-1 Direct (Scope 1) GHG emissions\t45',
    ];
    expect(read(rows)).toEqual([
      ['GRI:2-21', 'omitted', ''],
      ['GRI:303-5', 'reported', '47'],
      ['GRI:304-1', 'not_applicable', ''],
      ['GRI:305-3', 'omitted', ''],
      ['GRI:305-1', 'reported', '45'],
    ]);
  });

  it('reads topic-first rows whose code lists shorten a run of one standard ("305-1/2/4")', () => {
    const rows = [
      'Topic                     Exchange guideline     GRI Standards        Section',
      'Climate action            Art. 21-28             GRI 305-1/2/4        2.1',
      'Effluents                 Art. 30                303-4, 306-3         2.3',
      'Energy                    Art. 35                302-1/3              2.2',
      'Circularity               Art. 37                301-2                N/A',
      'People                    Art. 45                2-7, 401-1           3.1',
      'Safety                    Art. 45                403-9/10             3.4',
      'Training                  Art. 45                404-1                3.3',
      'Innovation                Art. 41                –                    1.2',
    ];
    expect(read(rows)).toEqual([
      ['GRI:305-1', 'reported', '2.1'],
      ['GRI:305-2', 'reported', '2.1'],
      ['GRI:305-4', 'reported', '2.1'],
      ['GRI:303-4', 'reported', '2.3'],
      ['GRI:306-3', 'reported', '2.3'],
      ['GRI:302-1', 'reported', '2.2'],
      ['GRI:302-3', 'reported', '2.2'],
      ['GRI:301-2', 'not_applicable', ''],
      ['GRI:2-7', 'reported', '3.1'],
      ['GRI:401-1', 'reported', '3.1'],
      ['GRI:403-9', 'reported', '3.4'],
      ['GRI:403-10', 'reported', '3.4'],
      ['GRI:404-1', 'reported', '3.3'],
    ]);
  });

  it('reads a row that answers a range of disclosures at one location ("2-1 to 2-4")', () => {
    const rows = [
      'Disclosure                                                Location',
      '2-1 to 2-4 Organizational details and reporting practices    Profile',
      '2-7 Employees                                             People, Table 6',
      '302-1 Energy consumption within the organization          Energy',
      '303-3 Water withdrawal                                    Water, Table 3',
      '305-1 Direct (Scope 1) GHG emissions                      Climate',
    ];
    expect(read(rows)).toEqual([
      ['GRI:2-1', 'reported', 'Profile'],
      ['GRI:2-2', 'reported', 'Profile'],
      ['GRI:2-3', 'reported', 'Profile'],
      ['GRI:2-4', 'reported', 'Profile'],
      ['GRI:2-7', 'reported', 'People, Table 6'],
      ['GRI:302-1', 'reported', 'Energy'],
      ['GRI:303-3', 'reported', 'Water, Table 3'],
      ['GRI:305-1', 'reported', 'Climate'],
    ]);
  });

  it('leaves a data table that prints a GRI code before each row to the table reader', () => {
    const rows = [
      'GRI      Measure                        Unit        2022         2023         2024',
      'CLIMATE AND ENERGY',
      '302-1    Natural gas                    GJ          84,210       81,905       79,342',
      '302-1    Purchased electricity          MWh         12,604.5     12,118.0     11,872.4',
      '305-1    Direct emissions               tCO2e       4,712.8      4,581.3      4,430.9',
      'PEOPLE',
      '2-7      Employees                      headcount   1,164        1,187        1,215',
      '401-1    New hires                      headcount   142          156          171',
      '403-9    Recordable injuries            number      17           14           11',
      '403-9    Fatalities                     number      0            0            1',
      '',
      'GRI content index',
      'Disclosure                              Location',
      '2-7 Employees                           12, 30',
      '302-1 Energy consumption                18',
      '305-1 Direct (Scope 1) GHG emissions    19',
      '401-1 New employee hires                24, 30',
      '403-9 Work-related injuries             26',
    ];
    const index = parseContentIndex(toReportLines(docFromText(rows.join('\n'))));
    expect(index.entries.map((e) => [e.code, e.location])).toEqual([
      ['GRI:2-7', '12, 30'],
      ['GRI:302-1', '18'],
      ['GRI:305-1', '19'],
      ['GRI:401-1', '24, 30'],
      ['GRI:403-9', '26'],
    ]);
    expect([...index.lines].filter((no) => no <= 10)).toEqual([]);
  });

  it('leaves a coded data table grouped by spaces with a decimal comma and a change column to the table reader', () => {
    const rows = [
      'ESRS    GRI     Indikator                 Enhet          2025        2024    Endring',
      'E1-5    302-1   Strøm fra nett            MWh          48 310,0    45 020,5     +7,3 %',
      'E1-5    302-1   Fjernvarme                MWh          12 406,2    11 980,7     +3,6 %',
      'E1-5    302-1   Fyringsolje               m³              1 318       1 355     −2,7 %',
      '                Fyringsolje               MWh          13 167,3    13 535,8     −2,7 %',
      'E1-5    302-1   Biodiesel                 m³              2 071       1 994     +3,9 %',
      '                Biodiesel                 MWh          19 136,0    18 424,6     +3,9 %',
      'E1-5    302-1   Flytende gass             tonn              207         219     −5,5 %',
    ];
    const index = parseContentIndex(toReportLines(docFromText(rows.join('\n'))));
    expect(index.entries).toEqual([]);
    expect([...index.lines]).toEqual([]);
  });

  it('keeps index rows whose page and section columns hold small numbers', () => {
    const rows = [
      'Disclosure                                  Section     Page',
      '2-1 Organizational details                  01          4',
      '2-7 Employees                               05          22',
      '302-1 Energy consumption                    3.2         15',
      '305-1 Direct (Scope 1) GHG emissions        3.3         16',
      '403-9 Work-related injuries                 6.1         28',
    ];
    expect(read(rows).map(([code, , location]) => [code, location])).toEqual([
      ['GRI:2-1', '4'],
      ['GRI:2-7', '22'],
      ['GRI:302-1', '15'],
      ['GRI:305-1', '16'],
      ['GRI:403-9', '28'],
    ]);
  });
});
