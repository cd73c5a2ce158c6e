import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { shareTableColumnRule } from './share-table-column.js';

function run(facts: readonly Fact[]) {
  return shareTableColumnRule.run(ruleContext(facts, () => undefined));
}

/** One row `EUR m | % | EUR m | %` of one year, unnamed (no metric), as a KPI table prints it. */
function row(line: number, label: string, cells: readonly string[]) {
  return cells.map((value, i) =>
    printed({
      metric: 'unclassified',
      value,
      unit: i % 2 === 1 ? '%' : 'EUR million',
      year: 2026,
      line,
      label,
    }),
  );
}

describe('share.table-column', () => {
  const table = (alignedCapexShare: string) => [
    ...row(50, 'Aligned activities', ['412.0', '51.5', '36.0', alignedCapexShare]),
    ...row(51, 'Eligible, not aligned', ['188.0', '23.5', '9.0', '15.0']),
    ...row(52, 'Not eligible', ['200.0', '25.0', '15.0', '25.0']),
    ...row(53, 'Total', ['800.0', '100.0', '60.0', '100.0']),
  ];

  it("errs on a share that is not its amount over the column's total when the other shares are", () => {
    // 36.0 / 60.0 = 60.0%, printed 80.0% (taken over aligned + eligible, 45.0).
    const found = run(table('80.0'));
    expect(found.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['share.table-column', 'error', '60', '80'],
    ]);
    expect(found[0]?.source.map((s) => s.line)).toEqual([50, 53]);
  });

  it('says nothing when every share is its amount over the total', () => {
    expect(run(table('60.0'))).toEqual([]);
  });

  it('does not judge a table without a total row printing 100%', () => {
    const rows = table('80.0').filter(
      (f) => f.provenance.kind !== 'document' || f.provenance.location.line !== 53,
    );
    expect(run(rows)).toEqual([]);
  });
});
