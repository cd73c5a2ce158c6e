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

  describe('a breakdown of two rows', () => {
    const people = (secondShare: string, secondCount = '205') => [
      ...row(70, 'Permanent', ['1031', '83.4']),
      ...row(71, 'Fixed-term', [secondCount, secondShare]),
      ...row(72, 'Total', ['1236', '100.0']),
    ];

    it('errs on the share that misses when the counts add up to the total and the shares do not add up to 100%', () => {
      // 205 / 1,236 = 16.6%, printed 19.6%; 1,031 + 205 = 1,236, while 83.4 + 19.6 = 103.0.
      const found = run(people('19.6'));
      expect(found.map((f) => [f.rule, f.expected, f.actual])).toEqual([
        ['share.table-column', '16.6', '19.6'],
      ]);
      expect(found[0]?.source.map((s) => s.line)).toEqual([71, 72]);
    });

    it('says nothing when the counts do not add up to the total or the shares add up to 100%', () => {
      expect(run(people('16.6'))).toEqual([]);
      expect(run(people('19.6', '195'))).toEqual([]);
    });
  });
});
