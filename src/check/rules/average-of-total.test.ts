import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { averageOfTotalRule } from './average-of-total.js';

const run = (facts: readonly Fact[]) => averageOfTotalRule.run(ruleContext(facts, () => undefined));

describe('average.total against a training table', () => {
  // Invented table: the "Total" row prints 9,120 employees and 201,552 training hours in a column
  // with no unit (22.1 hours each); the overview prints 9,210 employees, so headcount disagrees.
  const facts = (average: string): Fact[] => [
    printed({ metric: 'workforce.total', value: '9210', unit: 'persons', year: 2030, line: 12 }),
    printed({ metric: 'workforce.total', value: '9120', unit: 'persons', year: 2030, line: 30 }),
    printed({ metric: 'training.hours_total', value: '201552', unit: '', year: 2030, line: 30 }),
    printed({
      metric: 'training.hours_average',
      value: average,
      unit: 'hours',
      year: 2030,
      line: 33,
      extraction: 'text',
    }),
  ];

  it('divides a total printed without a unit by the headcount on its own row', () => {
    const [f, ...rest] = run(facts('27.4'));
    expect(rest).toEqual([]);
    expect([f?.rule, f?.expected, f?.source.map((s) => ('line' in s ? s.line : 0))]).toEqual([
      'average.total',
      '22.1',
      [33, 30],
    ]);
    expect(run(facts('22.1'))).toEqual([]);
  });
});

describe('average.total on an average per full-time equivalent', () => {
  // Made up: 48,300 training hours, 2,100 employees (23.0 each) and 1,932 FTE (25.0 each).
  const facts = (average: string, words: string): Fact[] => [
    printed({ metric: 'workforce.total', value: '2100', unit: 'persons', year: 2031, line: 8 }),
    printed({ metric: 'workforce.fte', value: '1932', unit: 'persons', year: 2031, line: 9 }),
    printed({ metric: 'training.hours_total', value: '48300', unit: 'hours', year: 2031, line: 40 }),
    printed({
      metric: 'training.hours_average',
      value: average,
      unit: 'hours',
      year: 2031,
      line: 41,
      label: words,
      quote: words,
      extraction: 'text',
    }),
  ];
  const expected = (facts: readonly Fact[]) => run(facts).map((f) => [f.severity, f.expected]);

  it('divides by the FTE when the average says it is per FTE, and by the headcount otherwise', () => {
    expect(expected(facts('25.0', 'an average of 25.0 hours per FTE'))).toEqual([]);
    expect(expected(facts('27.3', 'an average of 27.3 hours per FTE'))).toEqual([['warning', '25']]);
    expect(expected(facts('23.0', 'an average of 23.0 hours per employee'))).toEqual([]);
    expect(expected(facts('25.0', 'an average of 25.0 hours per full-time equivalent'))).toEqual([]);
  });

  it("reads German 'je FTE' and 'pro Vollzeitäquivalent' as per full-time equivalent", () => {
    expect(expected(facts('25.0', 'Schulungsstunden je FTE'))).toEqual([]);
    expect(expected(facts('25.0', 'Stunden pro Vollzeitäquivalent'))).toEqual([]);
  });
});

describe('average.total on a sentence restating the table average with another value', () => {
  // Invented: 14,652 training hours over 660 employees is 22.2 each, as the table prints; a sentence
  // printing 26.8 is held to the same division, though the table's printing represents the series.
  const facts = (sentence: string): Fact[] => [
    printed({ metric: 'workforce.total', value: '660', unit: 'persons', year: 2032, line: 20 }),
    printed({ metric: 'training.hours_total', value: '14652', unit: 'hours', year: 2032, line: 21 }),
    printed({ metric: 'training.hours_average', value: '22.2', unit: 'hours', year: 2032, line: 22 }),
    printed({
      metric: 'training.hours_average',
      value: sentence,
      unit: 'hours',
      year: 2032,
      line: 27,
      extraction: 'text',
    }),
  ];

  it('warns on the sentence whose average the total and headcount do not give', () => {
    const found = run(facts('26.8'));
    expect(found.map((f) => [f.rule, f.expected, f.actual, f.source[0]])).toEqual([
      ['average.total', '22.2', '26.8', { line: 27 }],
    ]);
  });

  it('says nothing of a sentence repeating the table average', () => {
    expect(run(facts('22.2'))).toEqual([]);
  });
});
