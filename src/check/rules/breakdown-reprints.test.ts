import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { sumBreakdownRule } from './sum-breakdown.js';

function run(facts: readonly Fact[]) {
  return sumBreakdownRule.run(ruleContext(facts, () => undefined));
}

/** A row of water withdrawn for 2023 and 2024 on one line, by source or (no source) as a whole. */
function row(line: number, label: string, values: readonly [string, string], source?: string): Fact[] {
  return values.map((value, i) =>
    printed({
      metric: 'water.withdrawal',
      value,
      unit: 'm3',
      year: 2023 + i,
      line,
      label,
      ...(source === undefined ? {} : { dims: { water_source: source } }),
    }),
  );
}

describe('sum.breakdown with a part printed again under other words', () => {
  // Highlights at line 12 reprint the river row of the water table at lines 80-82.
  const highlights = row(12, 'River water drawn', ['518300', '497600'], 'river water drawn');
  const table = [
    ...row(80, 'River (intake 2)', ['518300', '497600'], 'river'),
    ...row(81, 'Municipal supply', ['61250', '58940'], 'municipal supply'),
  ];

  it('counts the reprint once: the table adds up (518,300 + 61,250 = 579,550)', () => {
    expect(run([...highlights, ...table, ...row(82, 'Total', ['579550', '556540'])])).toEqual([]);
  });

  it('still reports a total the table’s own parts do not make', () => {
    const found = run([...highlights, ...table, ...row(82, 'Total', ['579550', '596540'])]);
    expect(found.map((f) => [f.expected, f.actual])).toEqual([['556540', '596540']]);
  });

  it('keeps two parts equal in one year only as two parts', () => {
    const once = [
      ...row(80, 'River', ['40125', '41200'], 'river'),
      ...row(81, 'Wells', ['40125', '39100'], 'wells'),
    ];
    const found = run([...once, ...row(82, 'Total', ['90250', '80300'])]);
    expect(found.map((f) => [f.expected, f.actual])).toEqual([['80250', '90250']]);
  });
});

describe('sum.breakdown with a "total" that is one part printed again', () => {
  // An index table (line 140) prints the municipal row of the site table (lines 60-61) with no source.
  const parts = [
    ...row(60, 'Municipal supply to sites', ['212400', '198700'], 'municipal supply to sites'),
    ...row(61, 'Seawater pumped', ['845100', '806300'], 'seawater pumped'),
  ];

  it('reads no whole of the others into the reprint', () => {
    expect(run([...parts, ...row(140, 'Municipal water withdrawn', ['212400', '198700'])])).toEqual([]);
  });

  it('still checks a real total of the parts', () => {
    const found = run([...parts, ...row(140, 'Water withdrawn', ['1057500', '1105000'])]);
    expect(found.map((f) => [f.expected, f.actual])).toEqual([['1005000', '1105000']]);
  });
});
