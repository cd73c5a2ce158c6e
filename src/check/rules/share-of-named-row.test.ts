import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { shareOfNamedRowRule } from './share-of-named-row.js';

function run(facts: readonly Fact[]) {
  return shareOfNamedRowRule.run(ruleContext(facts, () => undefined));
}

/** A row of a made-up steam balance: two plants and the total of this year, the total of last year. */
function row(line: number, label: string, unit: string, cells: readonly string[]) {
  const years = [2031, 2031, 2031, 2030];
  return cells.map((value, i) =>
    printed({ metric: 'unclassified', value, unit, year: years[i] ?? 2031, line, label }),
  );
}

describe('share.of-named-row', () => {
  const table = (label: string, totalShare: string) => [
    ...row(50, 'Steam raised (boiler output)', 't', ['640000', '210000', '850000', '812000']),
    ...row(51, 'Steam delivered to users', 't', ['588800', '203700', '792500', '761500']),
    ...row(52, 'Distribution losses', 't', ['51200', '6300', '57500', '50500']),
    ...row(53, label, '%', ['8.00', '3.00', totalShare, '6.22']),
  ];

  it('errs on a column whose share is not the named part over the named whole', () => {
    // 57,500 / 850,000 = 6.76%, printed 7.56%; 51,200 / 640,000 = 8.00%, 6,300 / 210,000 = 3.00%.
    const found = run(table('Distribution losses (% of steam raised)', '7.56'));
    expect(found.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['share.of-named-row', 'error', '6.76', '7.56'],
    ]);
    expect(found[0]?.source.map((s) => s.line)).toEqual([53, 52, 50]);
  });

  it('reads the whole named after "as % of" too', () => {
    expect(run(table('Distribution losses as % of steam raised', '7.56'))).toHaveLength(1);
  });

  it('says nothing when every column fits, or when no row is the named part', () => {
    expect(run(table('Distribution losses (% of steam raised)', '6.76'))).toEqual([]);
    expect(run(table('Unaccounted steam (% of steam raised)', '7.56'))).toEqual([]);
  });
});
