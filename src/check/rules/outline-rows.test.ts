import { describe, expect, it } from 'vitest';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { outlineNumber } from './outline-rows.js';
import { sumTableRowsRule } from './sum-table-rows.js';
import type { Fact } from '../../core/index.js';

function run(facts: readonly Fact[]) {
  return sumTableRowsRule.run(ruleContext(facts, () => undefined));
}

/** A table row numbered as an outline item: "2.1   label   unit   2023   2024   2025". */
function item(line: number, no: string, label: string, values: readonly string[], unit = 't') {
  const quote = `${no.padEnd(6)}${label.padEnd(40)}${unit.padEnd(8)}${values.map((v) => v.padStart(10)).join('')}`;
  return values.map((value, i) =>
    printed({
      metric: 'unclassified',
      value: value.replace(/,/g, ''),
      unit,
      year: 2023 + i,
      line,
      label,
      quote,
    }),
  );
}

describe('sum.table-rows on rows numbered as an outline', () => {
  it('errs on the one column where the items numbered under a whole printed above them miss it', () => {
    const found = run([
      ...item(30, '1.', 'Refinery emissions, total', ['4,310.5', '4,402.0', '4,515.9']),
      ...item(31, '1.1', 'process heaters', ['3,904.1', '3,977.6', '4,021.3']),
      ...item(32, '1.2', 'flaring', ['322.8', '341.9', '318.4']),
      ...item(33, '1.3', 'fugitive sources', ['83.6', '82.5', '79.2']),
      ...item(34, '2.', 'Purchased steam', ['61.7', '58.2', '55.4']),
    ]);
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '4418.9', '4515.9']]);
    expect(found[0]?.source.map((s) => s.line)).toEqual([30, 31, 32, 33]);
  });

  it('checks a total below against the numbered wholes, not against their items', () => {
    const facts = [
      ...item(40, '1.', 'Hazardous waste', ['210.4', '198.6', '187.5']),
      ...item(41, '1.1', 'spent catalyst', ['140.2', '131.0', '122.9']),
      ...item(42, '1.2', 'oily sludge', ['70.2', '67.6', '64.6']),
      ...item(43, '2.', 'Non-hazardous waste', ['1,622.0', '1,587.3', '1,540.8']),
    ];
    expect(run([...facts, ...item(44, '3.', 'Total waste', ['1,832.4', '1,785.9', '1,728.3'])])).toEqual([]);
    const slipped = run([...facts, ...item(44, '3.', 'Total waste', ['1,832.4', '1,785.9', '1,782.3'])]);
    expect(slipped.map((f) => [f.expected, f.actual])).toEqual([['1728.3', '1782.3']]);
  });

  it('says nothing when the items are rows "including" the whole that add up to it nowhere', () => {
    const found = run([
      ...item(50, '1.', 'Freight hauled', ['8,406.3', '8,611.8', '8,902.4']),
      ...item(51, '1.1', 'including export', ['5,112.6', '5,230.1', '5,498.2']),
      ...item(52, '1.2', 'including by rail', ['6,950.0', '7,024.5', '7,310.9']),
    ]);
    expect(found).toEqual([]);
  });

  it('does not judge a whole one of whose items is printed in another unit', () => {
    const found = run([
      ...item(60, '1.', 'Ash generated', ['905.0', '921.4', '948.8']),
      ...item(61, '1.1', 'ash sold', ['102.5', '118.3', '131.0']),
      ...item(62, '1.2', 'share of ash sold', ['11.3', '12.8', '13.8'], '%'),
      ...item(63, '1.3', 'ash landfilled', ['802.5', '803.1', '871.5']),
    ]);
    expect(found).toEqual([]);
  });
});

describe('outlineNumber', () => {
  it('reads the number before a label, and no figure opening a line', () => {
    expect(outlineNumber('2.1   flaring   t   322.8', 'flaring')).toBe('2.1');
    expect(outlineNumber('12.   Water discharge   m3   80', 'Water discharge')).toBe('12');
    expect(outlineNumber('5 MW solar array   MWh   410', '5 MW solar array')).toBeUndefined();
    expect(outlineNumber('Scope 1   t   4.2', 'Scope 1')).toBeUndefined();
  });
});
