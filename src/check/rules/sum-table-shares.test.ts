import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { sumTableSharesRule } from './sum-table-shares.js';

function run(facts: readonly Fact[]) {
  return sumTableSharesRule.run(ruleContext(facts, () => undefined));
}

/** One table row of shares: one cell a column, all of one year unless told. */
function row(line: number, label: string, values: readonly string[], years?: readonly number[]) {
  return values.map((value, i) =>
    printed({ metric: 'unclassified', value, unit: '%', year: years?.[i] ?? 2025, line, label }),
  );
}

describe('sum.table-shares', () => {
  it('errs on the row whose split misses 100% where the other rows add up to it', () => {
    const found = run([
      ...row(80, 'Top band', ['61.5', '40.5']),
      ...row(81, 'Second band', ['55.2', '44.8']),
      ...row(82, 'Third band', ['47.0', '53.0']),
      ...row(83, 'Lowest band', ['38.9', '61.1']),
    ]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '100', '102']]);
    expect(found[0]?.source.map((s) => s.line)).toEqual([80]);
  });

  it('reads each year of a row on its own, and lets rounding pass', () => {
    const years = [2025, 2025, 2025, 2024, 2024, 2024];
    const found = run([
      ...row(10, 'Managers', ['33', '33', '33', '30', '41', '29'], years),
      ...row(11, 'Staff', ['21.4', '52.3', '26.3', '20.1', '55.0', '24.9'], years),
      ...row(12, 'Operators', ['18.0', '60.2', '21.8', '17.5', '58.1', '24.4'], years),
    ]);
    expect(found).toEqual([]);
    const slipped = run([
      ...row(10, 'Managers', ['33', '33', '33', '30', '41', '29'], years),
      ...row(11, 'Staff', ['21.4', '52.3', '26.3', '20.1', '55.0', '24.9'], years),
      ...row(12, 'Operators', ['18.0', '62.0', '21.8', '17.5', '58.1', '24.4'], years),
    ]);
    expect(slipped.map((f) => f.actual)).toEqual(['101.8']);
  });

  it('says nothing of rates side by side, or without two rows that confirm the split', () => {
    expect(
      run([
        ...row(20, 'Employees receiving a bonus', ['68.4', '64.2']),
        ...row(21, 'Upper quartile', ['72.0', '28.0']),
        ...row(22, 'Lower quartile', ['58.0', '42.0']),
        ...row(23, 'Turnover', ['48.0', '55.0']),
      ]),
    ).toEqual([]);
    expect(
      run([...row(30, 'Upper quartile', ['72.0', '28.0']), ...row(31, 'Lower quartile', ['60.0', '42.0'])]),
    ).toEqual([]);
  });
});
