// rate.injury tests every table printing of a year's rate, not only the one the fact index chose.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { injuryRateRule } from './injury-rate.js';

function run(facts: readonly Fact[]) {
  return injuryRateRule.run(ruleContext(facts, () => undefined));
}

/** An invented report: a highlights box printing the LTIFR, and a safety table of hours, injuries and rate. */
function report(opts: { boxRate: string; tableRate: string }): Fact[] {
  const row = (metric: string, value: string, line: number, unit: string, label: string) =>
    printed({ metric, value, unit, year: 2031, line, label });
  return [
    row('safety.lost_time_injury_rate', opts.boxRate, 12, 'count', 'LTIFR'),
    row('safety.hours_worked', '2716400', 150, 'hours', 'Hours worked'),
    row('safety.lost_time_injuries', '11', 151, 'count', 'Lost-time injuries'),
    row('safety.lost_time_injury_rate', opts.tableRate, 152, 'count', 'LTIFR (per million hours worked)'),
  ];
}

describe('rate.injury: every printing of a year’s rate', () => {
  it('reports the table’s slip when the highlights box prints the rate right (11 × 1,000,000 ÷ 2,716,400 = 4.05)', () => {
    const found = run(report({ boxRate: '4.05', tableRate: '4.62' }));
    expect(found.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['rate.injury', 'error', '4.05', '4.62'],
    ]);
    expect(found[0]?.source[0]).toEqual({ line: 152 });
    expect(found[0]?.message).toContain('It is also printed as 4.05 (line 12).');
  });

  it('reports the box’s slip when the table prints the rate right', () => {
    const found = run(report({ boxRate: '4.62', tableRate: '4.05' }));
    expect(found.map((f) => [f.expected, f.actual, f.source[0]])).toEqual([['4.05', '4.62', { line: 12 }]]);
  });

  it('raises nothing when both printings fit', () => {
    expect(run(report({ boxRate: '4.0', tableRate: '4.05' }))).toEqual([]);
  });
});
