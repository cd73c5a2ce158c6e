import { describe, expect, it } from 'vitest';
import { InvalidRowsError } from '../aggregate/index.js';
import type { CalculatedFact } from '../engine/index.js';
import { runRosterCsv } from '../run/index.js';
import { ageBand } from './person.js';

const ROSTER = [
  'employee_id,gender,birth_year,region,category,employment_type,hire_date,leave_date,training_hours,site',
  'E1,male,1995,Hong Kong,staff,full-time,2019-03-01,,12,HQ', // 28 at end-2023: <30
  'E2,female,1980,Mainland China,management,full-time,2015-06-01,,40,Plant', // 43: 30-50
  'E3,female,1970,Mainland China,staff,part-time,2023-02-01,2023-09-30,0,Plant', // hired and left in 2023
  'E4,male,1960,Mainland China,staff,full-time,2010-01-01,2023-12-31,8.5,Plant', // 63: >50, leaves on the last day
  'E5,male,2000,Hong Kong,staff,full-time,2024-01-15,,5,HQ', // hired after 2023: not counted
  'E6,female,1990,Hong Kong,management,full-time,2021-07-01,2022-05-01,3,HQ', // left before 2023: not counted
].join('\n');

const value = (facts: readonly CalculatedFact[], metric: string, dims: Record<string, string> = {}) =>
  facts
    .find((f) => f.metric === metric && JSON.stringify(f.dims) === JSON.stringify(dims))
    ?.quantity.value.toFixed();

describe('roster', () => {
  it('bands age at year end with both ends of 30-50 inclusive', () => {
    expect([29, 30, 50, 51].map(ageBand)).toEqual(['<30', '30-50', '30-50', '>50']);
  });

  it('counts headcount at year end, hires, leavers and turnover with the named formula', async () => {
    const { facts, notes } = await runRosterCsv(ROSTER, { file: 'r.csv', entity: 'R', year: 2023 });
    expect(value(facts, 'workforce.total')).toBe('2'); // E1, E2 (E4 left on 31 December)
    expect(value(facts, 'workforce.total', { gender: 'female' })).toBe('1');
    expect(value(facts, 'workforce.total', { age: '<30' })).toBe('1');
    expect(value(facts, 'workforce.total', { site: 'Plant' })).toBe('1');
    expect(value(facts, 'hires.count')).toBe('1');
    expect(value(facts, 'turnover.count')).toBe('2');
    expect(value(facts, 'turnover.rate')).toBe('50'); // 2 ÷ (2 + 2)
    const rate = facts.find((f) => f.metric === 'turnover.rate' && Object.keys(f.dims).length === 0);
    expect(rate?.provenance.formula).toMatch(/leavers in the year ÷ \(headcount at year end \+ leavers/);
    expect(rate?.provenance.inputs.map((i) => i.rows)).toEqual([
      [4, 5],
      [2, 3],
    ]);
    expect(notes).toEqual(['2 roster row(s) not employed in 2023 were not counted']);
  });

  it('switches the turnover formula on request', async () => {
    const { facts } = await runRosterCsv(ROSTER, {
      file: 'r.csv',
      entity: 'R',
      year: 2023,
      turnoverFormula: 'leavers_over_end',
    });
    expect(value(facts, 'turnover.rate')).toBe('100'); // 2 ÷ 2
  });

  it('reports training coverage and average hours over everyone employed in the year, by gender and category', async () => {
    const { facts } = await runRosterCsv(ROSTER, { file: 'r.csv', entity: 'R', year: 2023 });
    expect(value(facts, 'training.trained')).toBe('3'); // E3 had 0 hours
    expect(value(facts, 'training.trained_share')).toBe('75');
    expect(value(facts, 'training.hours_total')).toBe('60.5');
    expect(value(facts, 'training.hours_average')).toBe('15.125');
    expect(value(facts, 'training.hours_average', { gender: 'female' })).toBe('20');
    const staff = facts.find(
      (f) => f.metric === 'training.trained_share' && f.dims.employee_category === 'staff',
    );
    expect(staff?.quantity.value.toDecimalPlaces(1).toFixed(1)).toBe('66.7'); // 2 of 3 staff
    expect(value(facts, 'training.hours_average', { region: 'Hong Kong' })).toBeUndefined();
  });

  it('reports every bad roster cell and duplicate id together', async () => {
    const bad = [
      'employee_id,gender,birth_year,hire_date,leave_date,training_hours',
      'A1,male,1990,2020-01-01,,4',
      'A1,female,1991,2020-02-01,,2',
      'A3,,19x0,2020-13-01,2019-01-01,-3',
    ].join('\n');
    const err = await runRosterCsv(bad, { file: 'r.csv', entity: 'R', year: 2023 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidRowsError);
    const problems = (err as InvalidRowsError).problems.map((p) => `${p.row}:${p.column}`);
    expect(problems).toEqual([
      '3:employee_id',
      '4:gender',
      '4:birth_year',
      '4:hire_date',
      '4:training_hours',
    ]);
  });
});
