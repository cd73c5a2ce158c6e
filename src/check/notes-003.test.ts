// The checks the analyst made on corpus/dev/003 (SenseTime, 2022), rebuilt as the facts the report
// prints (lines of 003-sensetime-sustainability-2022.txt), two years side by side.
import { describe, expect, it } from 'vitest';
import { STATED_CHANGE_METRIC, type Fact } from '../core/index.js';
import { checkFacts } from './check-facts.js';
import { printed } from './testing/printed-fact.js';

/** A table row printed for 2022 and 2021. */
function row(
  metric: string,
  unit: string,
  line: number,
  label: string,
  v2022: string,
  v2021?: string,
  dims: Record<string, string> = {},
): Fact[] {
  const at = (value: string, year: number) => printed({ metric, value, unit, year, line, label, dims });
  return v2021 === undefined ? [at(v2022, 2022)] : [at(v2022, 2022), at(v2021, 2021)];
}

const person = { denominator: 'person' };
const environment = [
  ...row('energy.total', 'MWh', 1668, 'Total Energy Consumption', '54265.7', '13980.1'),
  ...row('energy.direct', 'MWh', 1669, 'Total direct energy consumption', '831.2', '1679.8'),
  ...row('energy.gasoline', 'MWh', 1670, 'Gasoline', '35.3', '28.5'),
  ...row('energy.natural_gas', 'MWh', 1671, 'Natural gas', '765.8', '1651.3'),
  ...row('energy.diesel', 'MWh', 1672, 'Diesel', '30.1'),
  ...row('energy.indirect', 'MWh', 1673, 'Total indirect energy consumption', '53434.5', '12300.3'),
  ...row('energy.electricity', 'MWh', 1674, 'Purchased electricity', '53434.5', '12300.3'),
  ...row('energy.intensity', 'MWh', 1675, 'Intensity of energy consumption', '10.6', '2.3', person),
  ...row('ghg.total', 'tCO2e', 1677, 'Total GHG emissions (Scope 1 and Scope 2)', '30573.6', '7301.1'),
  ...row('ghg.scope1', 'tCO2e', 1678, 'Direct GHG emissions (Scope 1)', '169.6', '337.1'),
  ...row('ghg.scope2', 'tCO2e', 1680, 'Indirect GHG emissions (Scope 2)', '30404.0', '6964.0'),
  ...row('ghg.intensity', 'tCO2e', 1682, 'GHG emission intensity', '6.0', '1.2', person),
  ...row('water.consumption', 't', 1735, 'Total water consumption', '110571.3', '39129.9'),
  ...row('water.intensity', 't', 1736, 'Water consumption intensity', '21.7', '6.4', person),
  ...row('water.discharge', 't', 1765, 'Total wastewater discharge', '99514.2', '35216.9'),
  ...row('water.discharge_intensity', 't', 1766, 'Intensity of wastewater discharge', '19.5', '5.8', person),
  ...row('packaging.total', 't', 1743, 'Total packaging material consumption', '67.0', '2.8'),
  ...row('packaging.intensity', 'kg', 1744, 'Packaging material consumption intensity', '17.59', '0.60', {
    denominator: 'million revenue (RMB)',
  }),
];

// Waste covers Xinzhou Tower only (note 2, l.1787) but its intensity is per group employee.
const waste = [
  ...row('waste.non_hazardous', 't', 1780, 'Total non-hazardous waste', '267.3', '984.2', {
    site: 'Xinzhou Tower',
  }),
  ...row('waste.non_hazardous_intensity', 't', 1781, 'Non-hazardous waste intensity', '0.05', '0.16', person),
];

const people = (value: string, line: number, dims: Record<string, string> = {}) =>
  printed({ metric: 'workforce.total', value, unit: 'persons', year: 2022, line, dims });
const turnover = (value: string, line: number, dims: Record<string, string> = {}) =>
  printed({ metric: 'turnover.rate', value, unit: '%', year: 2022, line, dims });
const workforce = [
  people('5098', 1300),
  people('3719', 1301, { gender: 'male' }),
  people('1379', 1302, { gender: 'female' }),
  people('1945', 1303, { age: '<30' }),
  people('3127', 1304, { age: '30-50' }),
  people('26', 1305, { age: '>50' }),
  people('4773', 1306, { region: 'Mainland China' }),
  people('96', 1307, { region: 'Hong Kong, Macao, and Taiwan' }),
  people('229', 1308, { region: 'Other countries and regions' }),
  turnover('9.7', 1300),
  turnover('9.4', 1301, { gender: 'male' }),
  turnover('10.5', 1302, { gender: 'female' }),
  ...[
    ['99.4', 1474, { gender: 'male' }, '96.7'],
    ['99.1', 1475, { gender: 'female' }, '96.4'],
    ['100.0', 1476, { employee_category: 'management' }, '97.3'],
    ['99.2', 1477, { employee_category: 'non-management' }, '96.5'],
  ].flatMap(([share, line, dims, hours]) => [
    printed({
      metric: 'training.trained_share',
      value: share as string,
      unit: '%',
      year: 2022,
      line: line as number,
      dims: dims as Record<string, string>,
    }),
    printed({
      metric: 'training.hours_average',
      value: hours as string,
      unit: 'hours',
      year: 2022,
      line: line as number,
      dims: dims as Record<string, string>,
    }),
  ]),
  ...row('suppliers.count', 'count', 1009, 'Total number of suppliers', '310'),
];

const rules = (facts: readonly Fact[]) =>
  checkFacts({ facts }).findings.map((f) => [f.rule, f.severity, f.source.map((s) => s.line)]);

describe('003 SenseTime 2022', () => {
  it('raises no error on the consistent tables (energy and GHG sums, per-person intensities, grid factors 0.569/0.566, workforce)', () => {
    const findings = checkFacts({ facts: [...environment, ...workforce] }).findings;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    // Energy, GHG, water and wastewater per person all imply ≈5,095–5,107 people; the headcount is 5,098.
    expect(findings.map((f) => f.rule)).not.toContain('intensity.denominator');
  });

  it('#8 flags the packaging jump 2.8 t → 67.0 t (×23.9) and its intensity 0.60 → 17.59, as warnings only', () => {
    expect(rules(environment)).toEqual([
      ['trend.jump', 'warning', [1743]],
      ['trend.jump', 'warning', [1744]],
    ]);
  });

  it('#11 waste of Xinzhou Tower alone divided by group headcount', () => {
    const found = rules([...waste, ...workforce]).filter(([rule]) => rule === 'intensity.boundary');
    expect(found).toEqual([
      ['intensity.boundary', 'warning', [1781, 1780]],
      ['intensity.boundary', 'warning', [1781, 1780]],
    ]);
  });

  it('#10 "water … decreased significantly" while the table shows 39,129.9 t → 110,571.3 t', () => {
    const statement = printed({
      metric: STATED_CHANGE_METRIC,
      value: '0',
      unit: '%',
      year: 2022,
      line: 1740,
      extraction: 'text',
      dims: { of: 'water.consumption', direction: 'decrease', magnitude: 'unstated' },
      quote:
        'Both the total water consumption and the density of water consumption in the Group\u2019s offices decreased significantly',
    });
    const found = checkFacts({ facts: [...environment, statement] }).findings.filter(
      (f) => f.rule === 'change.stated',
    );
    expect(found.map((f) => [f.severity, f.source.map((s) => s.line), f.actual])).toEqual([
      ['warning', [1740, 1735], '182.6'],
    ]);
    // A statement that matches the figures is quiet: +182.6% printed as "increased by 183%".
    const matching = printed({
      metric: STATED_CHANGE_METRIC,
      value: '183',
      unit: '%',
      year: 2022,
      line: 1741,
      dims: { of: 'water.consumption' },
    });
    expect(
      checkFacts({ facts: [...environment, matching] }).findings.filter((f) => f.rule === 'change.stated'),
    ).toEqual([]);
  });
});
