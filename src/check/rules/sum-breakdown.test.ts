import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { sumBreakdownRule } from './sum-breakdown.js';

function run(facts: readonly Fact[]) {
  return sumBreakdownRule.run(ruleContext(facts, () => undefined));
}

/** A Scope 3 table: one row per GHG Protocol category reported, then the total. */
function scope3(total: string) {
  const row = (value: string, line: number, category?: string) =>
    printed({
      metric: 'ghg.scope3',
      value,
      unit: 'tCO2e',
      year: 2023,
      line,
      ...(category === undefined ? {} : { dims: { scope3_category: category } }),
      label: category === undefined ? 'Scope 3 total' : `Category ${category}`,
    });
  return [
    row('41250', 20, '1'),
    row('3870', 21, '2'),
    row('9115', 22, '6'),
    row('2640', 23, '7'),
    row(total, 24),
  ];
}

describe('sum.breakdown: a Scope 3 total against its categories', () => {
  it('raises nothing when the categories add up (41,250 + 3,870 + 9,115 + 2,640 = 56,875)', () => {
    expect(run(scope3('56875'))).toEqual([]);
  });

  it('warns when the total is more than its categories (a category may be left out)', () => {
    const found = run(scope3('57875'));
    expect(found.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['sum.breakdown', 'warning', '56875', '57875'],
    ]);
    expect(found[0]?.message).toContain('by scope3 category');
  });

  it('errs when the categories add up to more than the total', () => {
    expect(run(scope3('55875')).map((f) => f.severity)).toEqual(['error']);
  });
});

describe('sum.breakdown: a category row read as another metric', () => {
  const stray = (value: string, line: number) =>
    printed({
      metric: 'unclassified',
      value,
      unit: 'tCO2e',
      year: 2023,
      line,
      dims: { scope3_category: '11' },
      label: 'Category 11 – use of sold products',
    });

  it('says nothing when the row printed among the categories makes the total up', () => {
    // 56,875 + 1,000 = 57,875: the report adds up; only the row's reading is in doubt.
    expect(run([...scope3('57875'), stray('1000', 22)])).toEqual([]);
  });

  it('still warns when that row does not make it up, or is printed outside the table', () => {
    expect(run([...scope3('57875'), stray('400', 22)]).map((f) => f.severity)).toEqual(['warning']);
    expect(run([...scope3('57875'), stray('1000', 60)]).map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('sum.breakdown: purchased electricity by source with a nuclear row between its parts', () => {
  // A made-up ESRS E1-5 mix in GWh: bought fossil and renewable electricity, nuclear and own hydro between.
  const row = (metric: string, value: string, line: number, source: string) =>
    printed({ metric, value, unit: 'GWh', year: 2031, line, dims: { energy_source: source }, label: source });
  const bought = (total: string) => [
    row('energy.electricity', '301.7', 40, 'fossil'),
    row('energy.nonrenewable', '158.2', 43, 'nuclear'),
    row('energy.electricity', '377.4', 47, 'renewable'),
    row('energy.renewable', '62.9', 48, 'self-generated'),
    printed({
      metric: 'energy.electricity',
      value: total,
      unit: 'GWh',
      year: 2031,
      line: 70,
      label: 'all purchased electricity',
    }),
  ];

  it('says nothing when the nuclear row alone makes the total up (301.7 + 158.2 + 377.4 = 837.3)', () => {
    expect(run(bought('837.3'))).toEqual([]);
  });

  it('still warns when no choice of the rows between makes it up', () => {
    expect(run(bought('851.6')).map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('sum.breakdown: parts that are all nil', () => {
  const discharge = (value: string, line: number, destination?: string) =>
    printed({
      metric: 'water.discharge',
      value,
      unit: 'm3',
      year: 2024,
      line,
      ...(destination === undefined ? {} : { dims: { water_destination: destination } }),
      label: destination ?? 'Total effluent released',
    });

  it('says nothing when every listed destination is nil: the volume sits in a row not read as a part', () => {
    const found = run([discharge('0', 70, 'river'), discharge('0', 71, 'aquifer'), discharge('73815', 74)]);
    expect(found).toEqual([]);
  });

  it('still warns when a listed destination carries a volume and the rest falls short', () => {
    const found = run([
      discharge('0', 70, 'river'),
      discharge('1250', 71, 'aquifer'),
      discharge('73815', 74),
    ]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '1250', '73815']]);
  });
});

describe('sum.breakdown: a sentence about less than the table row', () => {
  const recycled = (value: string, line: number, extraction: 'table' | 'text', treatment?: string) =>
    printed({
      metric: 'waste.diverted',
      value,
      unit: 't',
      year: 2024,
      line,
      extraction,
      ...(treatment === undefined ? {} : { dims: { treatment } }),
      label: treatment ?? 'a take-back scheme run with local councils collected',
    });

  it('says nothing when a sentence prints a figure far below the one table row read as its part', () => {
    // 612 t collected by a scheme against 9,480 t recycled on the sites: another scope, not a total.
    expect(run([recycled('9480', 40, 'table', 'recycled'), recycled('612', 88, 'text')])).toEqual([]);
  });

  it('still warns when the sentence is close enough to be the whole, or a table prints it', () => {
    expect(run([recycled('9480', 40, 'table', 'recycled'), recycled('9120', 88, 'text')])).toHaveLength(1);
    expect(run([recycled('9480', 40, 'table', 'recycled'), recycled('612', 44, 'table')])).toHaveLength(1);
  });
});

describe('sum.breakdown: contract and working time under one employment type', () => {
  // Made up: 2,410 staff, 2,302 permanent + 108 temporary; 297 of them part-time.
  const staff = (temporary: string): Fact[] => [
    printed({ metric: 'workforce.total', value: '2410', unit: 'persons', year: 2031, line: 10 }),
    ...(
      [
        ['permanent', '2302', 11],
        ['temporary', temporary, 12],
        ['part-time', '297', 13],
      ] as const
    ).map(([type, value, line]) =>
      printed({
        metric: 'workforce.total',
        value,
        unit: 'persons',
        year: 2031,
        line,
        dims: { employment_type: type },
      }),
    ),
  ];

  it('adds the contracts up apart from the part-timers among them', () => {
    expect(run(staff('108'))).toEqual([]);
  });

  it('still finds contracts that do not add up', () => {
    expect(run(staff('128')).map((f) => [f.rule, f.expected, f.actual])).toEqual([
      ['sum.breakdown', '2430', '2410'],
    ]);
  });
});

describe('sum.breakdown: some groups of a headcount table singled out', () => {
  const staff = (value: string, line: number, category?: string, extraction: 'table' | 'text' = 'table') =>
    printed({
      metric: 'workforce.total',
      value,
      unit: 'persons',
      year: 2025,
      line,
      extraction,
      ...(category === undefined ? {} : { dims: { employee_category: category } }),
      label: category ?? 'Employees',
    });

  it('says nothing when two category rows make up far less than half of the staff', () => {
    // 96 supervisors and 41 trainees among 1,870 staff: a selection, not a partition.
    expect(run([staff('1870', 30), staff('96', 36, 'supervisors'), staff('41', 38, 'trainees')])).toEqual([]);
  });

  it('still warns when the rows fall short by less than half, or a sentence lists the groups', () => {
    expect(run([staff('1870', 30), staff('1096', 36, 'operators'), staff('641', 38, 'office')])).toHaveLength(
      1,
    );
    const told = [
      staff('1870', 30),
      staff('96', 36, 'supervisors', 'text'),
      staff('41', 36, 'trainees', 'text'),
    ];
    expect(run(told)).toHaveLength(1);
  });
});

describe('sum.breakdown: figures of no metric from two sentences', () => {
  const said = (value: string, line: number, dims: Record<string, string>, label: string, quote: string) =>
    printed({
      metric: 'unclassified',
      value,
      unit: 'persons',
      year: 2024,
      line,
      dims,
      label,
      quote,
      extraction: 'text',
    });

  it('does not set a count of female engineers under the female trustees of another sentence', () => {
    const facts = [
      said(
        '138',
        40,
        { gender: 'female', employee_category: 'technical' },
        '女性工程技术人员',
        '女性工程技术人员138人。',
      ),
      said('3', 72, { gender: 'female' }, '女性理事', '理事会共有理事11名，其中女性理事3名。'),
    ];
    expect(run(facts)).toEqual([]);
  });

  it('still checks parts printed in the same sentence as their whole', () => {
    const quote = '女性员工共40人，其中女性技术人员52人。';
    const facts = [
      said('52', 40, { gender: 'female', employee_category: 'technical' }, '女性技术人员', quote),
      said('40', 40, { gender: 'female' }, '女性员工', quote),
    ];
    expect(run(facts).map((f) => f.rule)).toEqual(['sum.breakdown']);
  });
});
