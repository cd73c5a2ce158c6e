import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { sharedBaseRule } from './shared-base.js';

const run = (facts: readonly Fact[]) =>
  sharedBaseRule.run(ruleContext(facts, (id) => ({ id, kind: 'ratio', label: id, codes: [] })));

const row = (
  dims: Record<string, string>,
  hires: string,
  hireRate: string,
  leavers: string,
  rate: string,
) => [
  printed({ metric: 'hires.count', value: hires, unit: 'persons', year: 2022, line: 40, dims }),
  printed({ metric: 'hires.rate', value: hireRate, unit: '%', year: 2022, line: 40, dims }),
  printed({ metric: 'turnover.count', value: leavers, unit: 'persons', year: 2022, line: 40, dims }),
  printed({ metric: 'turnover.rate', value: rate, unit: '%', year: 2022, line: 40, dims }),
];

// Women: 1,304 employees, 97 hired (7.4%), 151 left (11.6% of headcount).
describe('share.base', () => {
  it('accepts a hire rate and a turnover rate of the same headcount', () => {
    expect(run(row({ gender: 'female' }, '97', '7.4', '151', '11.6'))).toEqual([]);
  });

  it('accepts a turnover rate on headcount plus leavers (151 ÷ 1,455 = 10.4%)', () => {
    expect(run(row({ gender: 'female' }, '97', '7.4', '151', '10.4'))).toEqual([]);
  });

  it('flags rates that imply different headcounts, with the rate the count would have', () => {
    const [f, ...rest] = run(row({ gender: 'female' }, '97', '7.4', '151', '8.3'));
    expect(rest).toEqual([]);
    expect([f?.rule, f?.severity, f?.actual]).toEqual(['share.base', 'warning', '7.4']);
    expect(f?.message).toMatch(
      /turnover\.rate 8\.3% of 151 persons \(line 40\) implies a headcount of 1,8\d\d–1,8\d\d/,
    );
  });

  it('leaves rates alone when the headcount is printed (share.count checks them)', () => {
    const headcount = printed({
      metric: 'workforce.total',
      value: '1304',
      unit: 'persons',
      year: 2022,
      line: 12,
      dims: { gender: 'female' },
    });
    expect(run([headcount, ...row({ gender: 'female' }, '97', '7.4', '151', '8.3')])).toEqual([]);
  });

  it('takes the headcount from the share of the workforce the group has, when printed', () => {
    const whole = printed({ metric: 'workforce.total', value: '3260', unit: 'persons', year: 2022, line: 9 });
    const share = (value: string) =>
      printed({
        metric: 'workforce.share',
        value,
        unit: '%',
        year: 2022,
        line: 11,
        dims: { gender: 'female' },
      });
    // 40.0% of 3,260 is 1,302–1,306: the rates agree with it…
    const rates = row({ gender: 'female' }, '97', '7.4', '151', '11.6');
    expect(run([whole, share('40.0'), ...rates])).toEqual([]);
    // …but not with 46.0% of 3,260 (1,498–1,501), on which 151 leavers are 10.1%.
    const [f, ...rest] = run([whole, share('46.0'), ...rates]);
    expect(rest).toEqual([]);
    expect([f?.rule, f?.expected]).toEqual(['share.base', '10.07']);
  });
});
