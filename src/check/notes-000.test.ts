// The checks the analyst made on corpus/dev/000 (AInnovation, 2021), rebuilt as the facts the report
// prints (lines of 000-ainnovation-esg-2021.txt).
import { describe, expect, it } from 'vitest';
import { checkFacts } from './check-facts.js';
import type { ContentIndexEntry } from '../core/index.js';
import { printed, type PrintedSpec } from './testing/printed-fact.js';

const y = (spec: Omit<PrintedSpec, 'year'>) => printed({ ...spec, year: 2021 });
const people = (value: string, line: number, dims: Record<string, string> = {}) =>
  y({ metric: 'workforce.total', value, unit: 'persons', line, dims });
const rate = (metric: string, value: string, line: number, dims: Record<string, string>, unit = '%') =>
  y({ metric, value, unit, line, dims });

const workforce = [
  people('457', 270),
  people('325', 273, { gender: 'male' }),
  people('132', 274, { gender: 'female' }),
  people('179', 275, { age: '<30' }),
  people('230', 276, { age: '30-40' }),
  people('48', 277, { age: '>40' }),
  people('157', 278, { region: 'Beijing' }),
  people('99', 279, { region: 'Shanghai' }),
  people('100', 280, { region: 'Chongqing' }),
  people('27', 281, { region: 'Qingdao' }),
  people('74', 282, { region: 'Other cities' }),
  rate('turnover.rate', '31', 273, { gender: 'male' }),
  rate('turnover.rate', '24', 274, { gender: 'female' }),
  rate('turnover.rate', '25', 275, { age: '<30' }),
  rate('turnover.rate', '32', 276, { age: '30-40' }),
  rate('turnover.rate', '28', 277, { age: '>40' }),
  rate('turnover.rate', '34', 278, { region: 'Beijing' }),
  rate('turnover.rate', '12', 279, { region: 'Shanghai' }),
  rate('turnover.rate', '29', 280, { region: 'Chongqing' }),
  rate('turnover.rate', '13', 281, { region: 'Qingdao' }),
  rate('turnover.rate', '40', 282, { region: 'Other cities' }),
  // Training: shares of trained staff that add to 100% per breakdown (§11 #10) and hours per trainee.
  rate('training.trained_share', '90', 359, { gender: 'male' }),
  rate('training.trained_share', '10', 360, { gender: 'female' }),
  rate('training.trained_share', '8', 361, { employee_category: 'management' }),
  rate('training.trained_share', '92', 362, { employee_category: 'junior' }),
  rate('training.hours_average', '7', 359, { gender: 'male' }, 'hours'),
  rate('training.hours_average', '2', 360, { gender: 'female' }, 'hours'),
  rate('training.hours_average', '24', 361, { employee_category: 'management' }, 'hours'),
  rate('training.hours_average', '5', 362, { employee_category: 'junior' }, 'hours'),
];

const sqm = { denominator: 'square metre' };
const environment = [
  y({ metric: 'ghg.total', value: '533.30', unit: 'tCO2e', line: 473, label: 'Total GHG emissions' }),
  y({
    metric: 'ghg.scope2',
    value: '533.30',
    unit: 'tCO2e',
    line: 474,
    label: 'Indirect GHG emissions (Scope 2)',
  }),
  y({
    metric: 'ghg.intensity',
    value: '0.03',
    unit: 'tCO2e',
    line: 475,
    dims: sqm,
    label: 'GHG emission intensity',
  }),
  y({ metric: 'energy.total', value: '775.61', unit: 'MWh', line: 476, label: 'Total energy consumption' }),
  y({
    metric: 'energy.indirect',
    value: '775.61',
    unit: 'MWh',
    line: 477,
    label: 'Total indirect energy consumption',
  }),
  y({
    metric: 'energy.intensity',
    value: '0.04',
    unit: 'MWh',
    line: 478,
    dims: sqm,
    label: 'Energy intensity',
  }),
  // The note at l.489: "The above total water consumption only covers offices in Chongqing, Qingdao and Hefei."
  y({
    metric: 'water.consumption',
    value: '1335',
    unit: 't',
    line: 479,
    dims: { scope: 'offices in Chongqing, Qingdao and Hefei' },
    label: 'Total water consumption',
  }),
  y({
    metric: 'water.intensity',
    value: '0.08',
    unit: 't',
    line: 480,
    dims: { denominator: 'square meter' },
    label: 'Water consumption intensity',
  }),
];

const index: ContentIndexEntry[] = [
  { code: 'HKEX:A1', status: 'reported', location: '5.1. Green Operation', source: { line: 547 } },
  { code: 'HKEX:A1.1', status: 'reported', location: '5.1. Green Operation', source: { line: 548 } },
  { code: 'HKEX:A1.2', status: 'reported', location: '5.1. Green Operation', source: { line: 549 } },
  { code: 'HKEX:A1.3', status: 'reported', location: '5.1. Green Operation', source: { line: 550 } },
  { code: 'HKEX:A1.4', status: 'reported', location: '5.1. Green Operation', source: { line: 551 } },
  { code: 'HKEX:A2.1', status: 'reported', location: '5.1. Green Operation', source: { line: 555 } },
  {
    code: 'HKEX:A2.5',
    status: 'not_applicable',
    location: '',
    reason: 'Not applicable',
    source: { line: 559 },
  },
  {
    code: 'HKEX:A3',
    status: 'not_applicable',
    location: '',
    reason: 'Not applicable',
    source: { line: 560 },
  },
  { code: 'HKEX:B1.1', status: 'reported', location: '4.1 Employment Management', source: { line: 569 } },
];

describe('000 AInnovation 2021', () => {
  it('finds nothing wrong in the consistent tables (headcount splits, Scope 2 = total, grid factor 0.6876, intensities)', () => {
    const findings = checkFacts({ facts: [...workforce, ...environment] }).findings;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    // GHG 533.30 / 0.03 and energy 775.61 / 0.04 imply one floor area (17,236–21,332 m²).
    expect(findings.map((f) => f.rule)).not.toContain('intensity.denominator');
    expect(findings.map((f) => f.rule)).not.toContain('factor.grid');
  });

  it('#9 turnover back-solve: gender, age and region imply 186–190 leavers alike; a wrong rate breaks it', () => {
    expect(checkFacts({ facts: workforce }).findings.filter((f) => f.rule === 'turnover.breakdowns')).toEqual(
      [],
    );
    // Beijing at 54% instead of 34% adds ~103 leavers that the gender and age splits do not have.
    const wrong = workforce.map((f) =>
      f.metric === 'turnover.rate' && f.dims.region === 'Beijing'
        ? rate('turnover.rate', '54', 278, { region: 'Beijing' })
        : f,
    );
    const found = checkFacts({ facts: wrong }).findings.filter((f) => f.rule === 'turnover.breakdowns');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0]?.message).toMatch(/gender 18\d–1\d\d, age 1\d\d–1\d\d, region 2\d\d–2\d\d/);
  });

  it('#7 water intensity divides the water of 3 offices by the area of all 10', () => {
    const findings = checkFacts({ facts: environment }).findings;
    expect(findings.map((f) => [f.rule, f.severity, f.source.map((s) => s.line)])).toEqual([
      ['intensity.boundary', 'warning', [480, 479]],
    ]);
    expect(findings[0]?.message).toMatch(/covers only offices in Chongqing, Qingdao and Hefei/);
  });

  it('#14 coverage: A1.1, A1.3, A1.4 mapped to a chapter that has no figures for them; A2.5 and A3 explained', () => {
    const result = checkFacts({
      facts: [...workforce, ...environment],
      index,
      framework: 'hkex-2020',
      document: { reportYear: 2021 },
    });
    const status = (code: string) => result.coverage?.items.find((i) => i.code === code)?.status;
    expect([
      status('HKEX:A1.2'),
      status('HKEX:A1.3'),
      status('HKEX:A2.5'),
      status('HKEX:A3.GD'),
      status('HKEX:B6.1'),
    ]).toEqual(['disclosed', 'disclosed', 'explained', 'explained', 'missing']);
    const a12 = result.coverage?.items.find((i) => i.code === 'HKEX:A1.2');
    expect([a12?.facts, a12?.location, a12?.level]).toEqual([3, '5.1. Green Operation', 'comply_or_explain']);
    const noFigures = result.findings.filter((f) => f.rule === 'coverage.no-figures');
    expect(noFigures.map((f) => f.source[0]?.line)).toEqual([548, 550, 551]);
    expect(noFigures.every((f) => f.severity === 'info')).toBe(true);
  });
});
