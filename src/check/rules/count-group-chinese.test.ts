import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { countGroupRule } from './count-group.js';

const run = (facts: readonly Fact[]) => countGroupRule.run(ruleContext(facts, () => undefined));

// A Chinese report: the staff total in the headcount table, and a sentence saying so many staff took a
// course, in Traditional (HKEX) or Simplified characters. Figures invented.
const facts = (label: string, sentence: string): Fact[] => [
  printed({ metric: 'workforce.total', value: '2476', unit: 'persons', year: 2031, line: 8, label }),
  printed({
    metric: 'unclassified',
    value: sentence.includes('2,518') ? '2518' : '2402',
    unit: 'persons',
    year: 2031,
    line: 30,
    label: sentence,
    quote: sentence,
    extraction: 'text',
  }),
];

describe('count.group in a Chinese report', () => {
  it('reads "N名僱員完成…培訓" against the staff total row', () => {
    const [finding, ...rest] = run(facts('僱員總數', '年內共2,518名僱員完成反貪污培訓。'));
    expect(rest).toEqual([]);
    expect([finding?.severity, finding?.actual, finding?.expected]).toEqual(['warning', '2518', '≤ 2476']);
    expect(run(facts('员工总人数', '全年2,518位员工参加了安全培训。')).length).toBe(1);
  });

  it('says nothing when the count is within the staff or no row totals the staff', () => {
    expect(run(facts('僱員總數', '年內共2,402名僱員完成反貪污培訓。'))).toEqual([]);
    expect(run(facts('高級管理層', '年內共2,518名僱員完成反貪污培訓。'))).toEqual([]);
  });
});
