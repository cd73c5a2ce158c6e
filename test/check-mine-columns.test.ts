// Extraction and check together on synthetic tables that print a figure per mine or plant beside the
// group's (JSE integrated reports: "Mine A | Mine B | Group F2026 | Group F2025"), tab-separated or
// aligned with spaces and thousands grouped by spaces.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const HEAD = [
  'Tlhare Minerals Limited',
  'This review covers the financial year ended 30 June 2026 (F2026) and compares it with F2025.',
  '',
];

function extract(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

function at(text: string, line: number) {
  return extract(text)
    .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === line)
    .map((f) => [f.metric, f.quantity.value.toString(), f.period.year, f.dims.site]);
}

const safety = (rate: string) =>
  [
    ...HEAD,
    'Safety by mine',
    '',
    '\tMoruleng\tDithabeng\tHead office\tGroup F2026\tGroup F2025',
    'Hours worked\t4 250 000\t12 500 000\t250 000\t17 000 000\t16 400 000',
    'Lost-time injuries\t6\t20\t0\t26\t30',
    `LTIFR\t0.28\t${rate}\t0.00\t0.31\t0.37`,
    'LTIFR is per 200 000 hours worked.',
  ].join('\n');

describe('site columns beside the group', () => {
  it('reads tab-separated mine columns as sites and the group columns by their F-years', () => {
    expect(at(safety('0.32'), 7)).toEqual([
      ['safety.hours_worked', '4250000', 2026, 'Moruleng'],
      ['safety.hours_worked', '12500000', 2026, 'Dithabeng'],
      ['safety.hours_worked', '250000', 2026, 'Head office'],
      ['safety.hours_worked', '17000000', 2026, undefined],
      ['safety.hours_worked', '16400000', 2025, undefined],
    ]);
  });

  it("checks a mine's rate against that mine's injuries and hours", () => {
    const rules = (text: string) =>
      checkFacts({ facts: extract(text) })
        .findings.filter((f) => f.rule === 'rate.injury')
        .map((f) => [f.severity, f.source.map((s) => ('line' in s ? s.line : 0))[0]]);
    expect(rules(safety('0.32'))).toEqual([]);
    expect(rules(safety('0.38'))).toEqual([['error', 9]]);
  });

  it('reads a space-aligned header over figures grouped by spaces, on one line or two', () => {
    const oneLine = [
      ...HEAD,
      'Energy by operation',
      '',
      '                                Moruleng   Dithabeng  Group F2026  Group F2025',
      '-------------------------------------------------------------------------------',
      'Diesel (kl)                     12 480.5     3 206.1     15 686.6     15 102.3',
      'Electricity purchased (MWh)       41 260     286 400      327 660      319 840',
    ].join('\n');
    expect(at(oneLine, 8)).toEqual([
      ['energy.diesel', '12480.5', 2026, 'Moruleng'],
      ['energy.diesel', '3206.1', 2026, 'Dithabeng'],
      ['energy.diesel', '15686.6', 2026, undefined],
      ['energy.diesel', '15102.3', 2025, undefined],
    ]);
    const twoLines = [
      ...HEAD,
      'Electricity by operation',
      '',
      '                                Moruleng   Dithabeng        Group        Group',
      '                                                            F2026        F2025',
      '-------------------------------------------------------------------------------',
      'Electricity purchased (MWh)       41 260     286 400      327 660      319 840',
    ].join('\n');
    expect(at(twoLines, 9).map((r) => [r[2], r[3]])).toEqual([
      [2026, 'Moruleng'],
      [2026, 'Dithabeng'],
      [2026, undefined],
      [2025, undefined],
    ]);
  });

  it('names no site where the columns are kinds or genders, whatever their language', () => {
    const kinds = [
      ...HEAD,
      'Waste (t)',
      '\tHazardous\tNon-hazardous\tTotal',
      'Waste generated\t412\t8 106\t8 518',
    ].join('\n');
    expect(at(kinds, 6).map((r) => r[3])).toEqual([undefined, undefined, undefined]);
    const genders = [
      ...HEAD,
      'Dotación por sexo',
      '\tMujeres\tHombres\tTotal',
      'Employees\t318\t902\t1 220',
    ].join('\n');
    expect(at(genders, 6).map((r) => r[3])).toEqual([undefined, undefined, undefined]);
  });
});

describe('site columns named in Korean, Japanese or Chinese', () => {
  const text = (places: string, whole: string) =>
    [
      'Namsan Metals 2025 Report',
      '',
      '사업장별 현황 (2025년)',
      `항목 (단위)                ${places}      ${whole}`,
      '전력 사용량 (MWh)            412,600          88,300        4,120          505,020',
      '임직원 (명)                    1,208             342          196            1,746',
    ].join('\n');

  it('reads a plant, a works and a head office as sites, and the total column as the whole', () => {
    expect(at(text('대산공장        여주제철소      본사', '합계'), 5).map((r) => r[3])).toEqual([
      '대산공장',
      '여주제철소',
      '본사',
      undefined,
    ]);
    expect(at(text('刈谷工場        豊橋製作所      本社', '合計'), 6).map((r) => r[3])).toEqual([
      '刈谷工場',
      '豊橋製作所',
      '本社',
      undefined,
    ]);
  });

  it('reads no sites from columns that are not places', () => {
    expect(at(text('정규직          비정규직        기타', '합계'), 6).map((r) => r[3])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('a column after the whole of a table by site', () => {
  const text = [
    ...HEAD,
    'Air emissions by smelter, F2026, tonnes',
    '',
    'Pollutant             Ramotse      Kgabo        Total      Permit limit',
    'Sulphur dioxide        2 140.5     1 860.2     4 000.7       5 200.0',
    'Particulates             312.4       208.6       521.0         900.0',
  ].join('\n');

  it('reads the smelters as sites, the total as the whole and the permit limit as no figure', () => {
    expect(at(text, 7).map((r) => [r[1], r[3]])).toEqual([
      ['2140.5', 'Ramotse'],
      ['1860.2', 'Kgabo'],
      ['4000.7', undefined],
    ]);
  });

  it('adds no limit to the sites', () => {
    const findings = checkFacts({ facts: extract(text) }).findings.filter((f) => f.rule === 'sum.breakdown');
    expect(findings).toEqual([]);
  });
});
