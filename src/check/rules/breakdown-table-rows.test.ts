import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { sumBreakdownRule } from './sum-breakdown.js';

function run(facts: readonly Fact[]) {
  return sumBreakdownRule.run(ruleContext(facts, () => undefined));
}

const water = (value: string, line: number, source?: string, label = source ?? 'Water row') =>
  printed({
    metric: 'water.withdrawal',
    value,
    unit: 'm3',
    year: 2024,
    line,
    label,
    ...(source === undefined ? {} : { dims: { water_source: source } }),
  });

describe('sum.breakdown against the other rows of the total’s table', () => {
  // Lake and well rows read as sources; the quarry-pit row between them read as another metric.
  const quarry = printed({ metric: 'water.other', value: '9300', unit: 'm3', year: 2024, line: 71 });
  const rows = [water('41200', 70, 'lake'), quarry, water('15600', 72, 'well')];

  it('finds nothing when a row not read as a part makes the total up (41,200 + 9,300 + 15,600)', () => {
    expect(run([...rows, water('66100', 73, undefined, 'Total withdrawal')])).toEqual([]);
  });

  it('also for a glance box’s total when the table prints the same figure', () => {
    const glance = water('66100', 12, undefined, 'Water withdrawn');
    expect(run([glance, ...rows, water('66100', 73, undefined, 'Total withdrawal')])).toEqual([]);
  });

  it('still warns when those rows fall short as well', () => {
    const found = run([...rows, water('67100', 73, undefined, 'Total withdrawal')]);
    expect(found.map((f) => f.actual)).toEqual(['67100']);
  });

  it('finds nothing when a row far above the total is printed after it, the rows above making it up', () => {
    const table = [
      water('41200', 80, 'lake'),
      water('15600', 81, 'well'),
      water('56800', 82, undefined, 'Total fresh water'),
      water('230400', 83, 'reinjected brine'),
    ];
    expect(run(table)).toEqual([]);
  });

  it('finds nothing on "thereof" rows that fall short of their row', () => {
    const power = (value: string, line: number, source?: string) =>
      printed({
        metric: 'energy.electricity',
        value,
        unit: 'MWh',
        year: 2024,
        line,
        label: source ? `thereof ${source}` : 'Electricity',
        ...(source === undefined ? {} : { dims: { energy_source: source } }),
      });
    expect(run([power('5400', 90), power('2100', 91, 'wind'), power('300', 92, 'rooftop')])).toEqual([]);
  });
});

describe('sum.breakdown on a table of columns by gender', () => {
  const staff = (value: string, line: number, dims: Record<string, string>, label: string) =>
    printed({ metric: 'workforce.total', value, unit: 'persons', year: 2024, line, dims, label });
  const table = [
    staff('410', 40, { gender: 'male', site: 'North' }, 'North'),
    staff('205', 40, { gender: 'female', site: 'North' }, 'North'),
    staff('380', 41, { gender: 'male', site: 'South' }, 'South'),
    staff('166', 41, { gender: 'female', site: 'South' }, 'South'),
    staff('790', 42, { gender: 'male' }, 'All sites'),
    staff('371', 42, { gender: 'female' }, 'All sites'),
    // The prior year's row printed under the total, read as a site of this year.
    staff('352', 43, { gender: 'female', site: 'Prior year' }, 'Prior year'),
  ];

  it('takes the women’s column above the women’s total, which it makes up', () => {
    expect(run(table).filter((f) => f.actual === '371')).toEqual([]);
  });
});
