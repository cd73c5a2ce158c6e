import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { injuryRateRule } from './injury-rate.js';

function run(facts: readonly Fact[]) {
  return injuryRateRule.run(ruleContext(facts, () => undefined));
}

/** One year of an invented safety table: hours worked, lost-time injuries, fatalities and the LTIFR. */
function year(opts: { hours: string; lostTime: string; fatalities: string; rate: string }) {
  const row = (metric: string, value: string, line: number, unit: string, label: string) =>
    printed({ metric, value, unit, year: 2030, line, label });
  return [
    row('safety.hours_worked', opts.hours, 40, 'hours', 'Hours worked'),
    row('safety.lost_time_injuries', opts.lostTime, 41, 'count', 'Lost-time injuries'),
    row('safety.fatalities', opts.fatalities, 42, 'persons', 'Deaths at work'),
    row('safety.lost_time_injury_rate', opts.rate, 43, 'count', 'LTIFR (per million hours worked)'),
  ];
}

describe('rate.injury: a lost-time rate that counts fatalities too', () => {
  it('passes a rate of lost-time injuries and fatalities together (ICMM, Peru D.S. 024-2016-EM)', () => {
    // (21 + 2) × 1,000,000 / 9,874,500 = 2.33; 21 alone gives 2.13.
    expect(run(year({ hours: '9874500', lostTime: '21', fatalities: '2', rate: '2.33' }))).toEqual([]);
  });

  it('still reports a rate neither count gives', () => {
    const found = run(year({ hours: '9874500', lostTime: '21', fatalities: '0', rate: '2.51' }));
    expect(found.map((f) => [f.rule, f.expected, f.actual])).toEqual([['rate.injury', '2.13', '2.51']]);
  });
});
