import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { shareTableCountsRule } from './share-table-counts.js';

function run(facts: readonly Fact[]) {
  return shareTableCountsRule.run(ruleContext(facts, () => undefined));
}

/** One row `Total | No. | % | No. | %` of one year, unnamed (no metric), as a form prints it. */
function row(line: number, label: string, cells: readonly string[]) {
  return cells.map((value, i) =>
    printed({
      metric: 'unclassified',
      value,
      unit: i > 0 && i % 2 === 0 ? '%' : 'persons',
      year: 2026,
      line,
      label,
    }),
  );
}

describe('share.table-counts', () => {
  const table = (contractShare: string) => [
    ...row(30, 'Full-time (P)', ['1250', '900', '72.00', '350', '28.00']),
    ...row(31, 'Contract (Q)', ['640', '512', '80.00', '128', contractShare]),
    ...row(32, 'All staff (P + Q)', ['1890', '1412', '74.71', '478', '25.29']),
  ];

  it('errs on a share that is not its count over the row total when the other shares are', () => {
    // 128 / 640 = 20.00%, printed 21.00%.
    const found = run(table('21.00'));
    expect(found.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['share.table-counts', 'error', '20', '21'],
    ]);
    expect(found[0]?.source.map((s) => s.line)).toEqual([31]);
  });

  it('says nothing when every share is its count over the row total', () => {
    expect(run(table('20.00'))).toEqual([]);
  });

  it('does not judge a table whose shares are of something else in most places', () => {
    const found = run([
      ...row(40, 'North', ['500', '40', '12.0', '60', '30.0']),
      ...row(41, 'South', ['800', '90', '15.0', '30', '4.0']),
    ]);
    expect(found).toEqual([]);
  });
});
