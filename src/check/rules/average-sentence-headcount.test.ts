import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { averageOfTotalRule } from './average-of-total.js';

const run = (facts: readonly Fact[]) => averageOfTotalRule.run(ruleContext(facts, () => undefined));

describe('average.total with the headcount printed in the average’s sentence', () => {
  // Invented: 31,000 training hours over 1,240 people is 25.0 each. The headcount's metric is also
  // printed as 410 and 95 (rows of a workforce table read as totals), too far apart to choose from.
  const facts = (sentence: string, average: string): Fact[] => [
    printed({ metric: 'workforce.total', value: '1240', unit: 'persons', year: 2033, line: 10 }),
    printed({ metric: 'workforce.total', value: '410', unit: 'persons', year: 2033, line: 11 }),
    printed({ metric: 'workforce.total', value: '95', unit: 'persons', year: 2033, line: 12 }),
    printed({ metric: 'training.hours_total', value: '31000', unit: 'hours', year: 2033, line: 30 }),
    printed({
      metric: 'training.hours_average',
      value: average,
      unit: 'hours',
      year: 2033,
      line: 34,
      quote: sentence,
      extraction: 'text',
    }),
  ];
  const found = (sentence: string, average: string) =>
    run(facts(sentence, average)).map((f) => [f.rule, f.expected, f.actual]);

  it('divides by the headcount the sentence prints', () => {
    const sentence = (a: string) => `Training took ${a} hours per employee on average (1,240 people).`;
    expect(found(sentence('27.5'), '27.5')).toEqual([['average.total', '25', '27.5']]);
    expect(found(sentence('25.0'), '25.0')).toEqual([]);
  });

  it('stays silent when neither the table nor the sentence settles the headcount', () => {
    expect(found('Training took 27.5 hours per employee on average.', '27.5')).toEqual([]);
  });
});
