// share.partition: shares of one population by one dim add up to 100%; share.count across two tables.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { sharePartitionRule } from './share-partition.js';
import { shareOfCountRule } from './share-of-count.js';

const run = (facts: readonly Fact[]) =>
  sharePartitionRule
    .run(ruleContext(facts, () => undefined))
    .map((f) => [f.severity, f.actual, f.source.map((s) => s.line)]);

const pct = (value: string, year: number, line: number, dims: Record<string, string>) =>
  printed({ metric: 'workforce.share', value, unit: '%', year, line, dims });

/** A grade × gender percentage table over two years: each grade's men and women make up the grade. */
function gradeTable(staffWomen2023: string): Fact[] {
  return [
    pct('58.2', 2024, 31, { employee_category: 'senior', gender: 'male' }),
    pct('41.8', 2024, 32, { employee_category: 'senior', gender: 'female' }),
    pct('72.5', 2024, 33, { employee_category: 'staff', gender: 'male' }),
    pct('27.5', 2024, 34, { employee_category: 'staff', gender: 'female' }),
    pct('60.1', 2023, 31, { employee_category: 'senior', gender: 'male' }),
    pct('39.9', 2023, 32, { employee_category: 'senior', gender: 'female' }),
    pct('70.4', 2023, 33, { employee_category: 'staff', gender: 'male' }),
    pct(staffWomen2023, 2023, 34, { employee_category: 'staff', gender: 'female' }),
  ];
}

describe('share.partition', () => {
  it('passes a table whose groups each add up to 100% (and never reads it by the other dim)', () => {
    // Women's shares across grades (41.8 + 27.5) are shares of two grades, not of the women: no finding.
    expect(run(gradeTable('29.6'))).toEqual([]);
  });

  it('flags a group whose men and women add up to more than 100% when the others add up', () => {
    expect(run(gradeTable('32.6'))).toEqual([['error', '103', [33, 34]]]);
  });

  it('flags a shortfall only for the same groups that add up elsewhere', () => {
    expect(run(gradeTable('26.6'))).toEqual([['error', '97', [33, 34]]]);
  });

  it('allows the printed rounding: whole per cents of three age bands may add to 99', () => {
    const bands = (year: number, a: string, b: string, c: string, line: number) => [
      pct(a, year, line, { age: '<30' }),
      pct(b, year, line + 1, { age: '30-50' }),
      pct(c, year, line + 2, { age: '>50' }),
    ];
    expect(run([...bands(2024, '33', '33', '33', 10), ...bands(2023, '20', '50', '30', 20)])).toEqual([]);
    expect(run([...bands(2024, '35', '33', '34', 10), ...bands(2023, '20', '50', '30', 20)])).toEqual([
      ['error', '102', [10, 11, 12]],
    ]);
  });

  it('says nothing when no split of the family adds up (the shares are of something else)', () => {
    const regions = [
      pct('62.0', 2024, 50, { region: 'north' }),
      pct('55.0', 2024, 51, { region: 'south' }),
      pct('60.0', 2023, 50, { region: 'north' }),
      pct('52.0', 2023, 51, { region: 'south' }),
    ];
    expect(run(regions)).toEqual([]);
  });

  it('leaves a shortfall of other groups alone: a missing band is not a slip', () => {
    const facts = [
      pct('45.0', 2024, 60, { age: '<30' }),
      pct('55.0', 2024, 61, { age: '>=30' }),
      pct('30.0', 2023, 70, { age: '<25' }),
      pct('40.0', 2023, 71, { age: '25-45' }),
    ];
    expect(run(facts)).toEqual([]);
  });
});

describe('share.count: a share in one table against counts in another', () => {
  it('checks a grade × gender percentage against the headcount table printed pages before', () => {
    const count = (value: string, line: number, dims: Record<string, string>) =>
      printed({ metric: 'workforce.total', value, unit: 'persons', year: 2024, line, dims });
    const facts = [
      count('1215', 88, { employee_category: 'staff' }),
      count('387', 88, { employee_category: 'staff', gender: 'female' }),
      pct('35.1', 2024, 240, { employee_category: 'staff', gender: 'female' }),
    ];
    const found = shareOfCountRule.run(ruleContext(facts, () => undefined));
    expect(found.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['share.count', 'error', '31.85', '35.1'],
    ]);
    expect(found[0]?.source.map((s) => s.line)).toEqual([240, 88]);
  });
});
