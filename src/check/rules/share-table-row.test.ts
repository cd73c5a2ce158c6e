import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { shareTableRowRule } from './share-table-row.js';

function run(facts: readonly Fact[]) {
  return shareTableRowRule.run(ruleContext(facts, () => undefined));
}

/** One row of cells of one year, unnamed; a cell ending on % is a share, the others counts. */
function row(line: number, label: string, cells: readonly string[], year = 2025, unit = 'persons') {
  return cells.map((cell) =>
    printed({
      metric: 'unclassified',
      value: cell.replace(/%$/, ''),
      unit: cell.endsWith('%') ? '%' : unit,
      year,
      line,
      label,
    }),
  );
}

describe('share.table-row', () => {
  // Depot | Men | Women | Total | Women %: each share is the women over the row's total.
  const table = (eastShare: string) => [
    ...row(60, 'Harbour depot', ['310', '190', '500', '38.0%']),
    ...row(61, 'East depot', ['132', '68', '200', `${eastShare}%`]),
    ...row(62, 'Airport depot', ['45', '55', '100', '55.0%']),
    ...row(63, 'Total 2025', ['487', '313', '800', '39.1%']),
    ...row(64, 'Total 2024', ['470', '290', '760', '38.2%'], 2024),
  ];

  it('errs on a share that is not the same two columns of its row when the other rows are', () => {
    // 68 / 200 = 34.0%, printed 43.0%.
    const found = run(table('43.0'));
    expect(found.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['share.table-row', 'error', '34', '43'],
    ]);
    expect(found[0]?.source.map((s) => s.line)).toEqual([61]);
  });

  it('says nothing when every row prints the share of the same two columns', () => {
    expect(run(table('34.0'))).toEqual([]);
  });

  it('reads a row whose counts were left without a unit (a wrapped label) with the others', () => {
    const found = run([
      ...table('34.0'),
      ...row(66, 'Managers (all levels)', ['40', '12', '52', '30.8%'], 2025, 'count'),
    ]);
    // 12 / 52 = 23.1%, printed 30.8%.
    expect(found.map((f) => [f.expected, f.actual])).toEqual([['23.1', '30.8']]);
  });

  it('does not judge rows that set one year against another', () => {
    const found = run([
      ...row(80, 'Electricity', ['1200', '1300', '8.3%']).map((f, i) =>
        i === 0 ? { ...f, period: { year: 2024 } } : f,
      ),
      ...row(81, 'Gas', ['400', '380', '-5.0%']).map((f, i) =>
        i === 0 ? { ...f, period: { year: 2024 } } : f,
      ),
    ]);
    expect(found).toEqual([]);
  });

  it('leaves a table alone when no pair of columns gives its shares', () => {
    const found = run([
      ...row(90, 'North', ['500', '40', '12.0%']),
      ...row(91, 'South', ['800', '90', '15.0%']),
      ...row(92, 'West', ['300', '20', '9.0%']),
    ]);
    expect(found).toEqual([]);
  });

  // Sum | Covered | Covered % | Met | Met % | Not covered: both shares are of the sum, three rows only.
  const kpis = (metShare: string, coveredShare = '40.0') => [
    ...row(120, 'Freight', ['900.0', '360.0', `${coveredShare}%`, '180.0', '20.0%', '540.0'], 2025, 't'),
    ...row(121, 'Ferries', ['250.0', '50.0', '20.0%', '40.0', `${metShare}%`, '200.0'], 2025, 't'),
    ...row(122, 'Buses', ['120.0', '90.0', '75.0%', '30.0', '25.0%', '30.0'], 2025, 't'),
  ];

  it('warns on the one miss of a share column with two fitting rows when another column confirms the whole', () => {
    // 40.0 / 250.0 = 16.0%, printed 21.0%; the covered shares fit in all three rows.
    const found = run(kpis('21.0'));
    expect(found.map((f) => [f.severity, f.expected, f.actual, f.source[0]?.line])).toEqual([
      ['warning', '16', '21', 121],
    ]);
    expect(run(kpis('16.0'))).toEqual([]);
  });

  it('says nothing of two fitting rows when no other column confirms their whole', () => {
    // 360.0 / 900.0 = 40.0%, printed 44.0%: the covered column no longer fits in every row.
    expect(run(kpis('21.0', '44.0'))).toEqual([]);
  });
});
