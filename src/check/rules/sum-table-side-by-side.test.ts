// sum.table-rows: two tables printed side by side, each half with its own labels, years and total.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { sumTableRowsRule } from './sum-table-rows.js';

const run = (facts: readonly Fact[]) => sumTableRowsRule.run(ruleContext(facts, () => undefined));

/** One half of a printed line: a label and its 2025 and 2024 cells. */
function half(line: number, label: string, values: readonly [string, string], metric = 'unclassified') {
  return values.map((value, i) => printed({ metric, value, unit: 'tCO2e', year: 2025 - i, line, label }));
}

describe('sum.table-rows: tables side by side', () => {
  // Left: boilers by site, its 2025 total 100 too high; right: vehicles by depot, adding up.
  const facts = (leftTotal: string): Fact[] => [
    ...half(30, 'Riverside boiler', ['4210.5', '4388.2']),
    ...half(30, 'Depot North', ['612.4', '640.1']),
    ...half(31, 'Hillcrest boiler', ['2975.0', '3011.7']),
    ...half(31, 'Depot South', ['488.9', '502.3']),
    ...half(32, 'Harbour boiler', ['1130.2', '1097.6']),
    ...half(32, 'Total vehicles', ['1101.3', '1142.4']),
    ...half(33, 'Lakeside boiler', ['806.3', '844.5']),
    ...half(34, 'Total boilers', [leftTotal, '9342.0']),
  ];

  it('checks each half against its own rows', () => {
    const found = run(facts('9222.0'));
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '9122', '9222']]);
    expect(found[0]?.source.map((s) => s.line)).toEqual([34, 30, 31, 32, 33]);
  });

  it('says nothing when both halves add up', () => {
    expect(run(facts('9122.0'))).toEqual([]);
  });
});
