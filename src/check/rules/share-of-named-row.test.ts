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

describe('share.of-named-row, a share of a part in a whole', () => {
  // Electricity of a made-up plant: grid and own solar, their total, the renewable part and its share.
  const table = (label: string, share: string, columns = 4) =>
    [
      ...row(60, 'Grid electricity', 'MWh', ['18252.4', '19127.8', '19827.5', '18812.7']),
      ...row(61, 'Own generation (solar)', 'MWh', ['1760.0', '1284.8', '659.8', '700.0']),
      ...row(62, 'Total electricity', 'MWh', ['20012.4', '20412.6', '20487.3', '19512.7']),
      ...row(63, 'Renewable electricity', 'MWh', ['9005.6', '6123.8', '4097.5', '3902.5']),
      ...row(64, label, '%', [share, '30.0', '20.0', '20.0']),
    ].filter((f) => columns === 4 || f.period.year === 2031);

  it('errs on the column whose share is not the part over the total the label names', () => {
    const found = run(table('Share of renewable in total electricity', '40.5'));
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '45', '40.5']]);
    expect(found[0]?.source.map((s) => s.line)).toEqual([64, 63, 62]);
    expect(run(table('Share of renewable in total electricity', '45.0'))).toEqual([]);
  });

  it('warns when only two other columns fit', () => {
    const found = run(table('Share of renewable in total electricity', '40.5', 3));
    expect(found.map((f) => [f.severity, f.expected])).toEqual([['warning', '45']]);
  });
});

describe('share.of-named-row, a Persian share of a part in all of the whole', () => {
  // A made-up plant's electricity in MWh: bought from the grid and from its own solar panels, no total row.
  const cells = (line: number, label: string, unit: string, byYear: readonly [number, string][]) =>
    byYear.map(([year, value]) => printed({ metric: 'unclassified', value, unit, year, line, label }));
  const table = (share: string) => [
    ...cells(70, 'برق شبکه', 'MWh', [
      [2031, '41250'],
      [2030, '40110'],
      [2029, '39870'],
    ]),
    ...cells(71, 'برق خورشیدی', 'MWh', [
      [2031, '3750'],
      [2030, '1890'],
    ]),
    ...cells(72, 'سهم برق خورشیدی از کل برق (درصد)', '%', [
      [2031, share],
      [2030, '4.50'],
    ]),
  ];

  it('takes the grid row and the part’s row added as the whole, and warns on the year that misses', () => {
    // 3,750 / (41,250 + 3,750) = 8.33%, printed 9.10%; 1,890 / (40,110 + 1,890) = 4.50%.
    const found = run(table('9.10'));
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '8.33', '9.1']]);
    expect(found[0]?.source.map((s) => s.line)).toEqual([72, 71, 70]);
  });

  it('says nothing when both years fit', () => {
    expect(run(table('8.33'))).toEqual([]);
  });
});
