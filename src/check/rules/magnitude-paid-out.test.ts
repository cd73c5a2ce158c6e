import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { magnitudeRule } from './magnitude.js';

function run(facts: readonly Fact[]) {
  return magnitudeRule.run(ruleContext(facts, () => undefined));
}

// Revenue of EUR 2,318.4 million in the key figures; sentences paying amounts out of it. Invented figures.
const revenue = printed({
  metric: 'economic.revenue',
  value: '2318.4',
  unit: 'EUR million',
  year: 2025,
  line: 40,
  label: 'Revenue',
});
const sentence = (value: string, unit: string, quote: string, basis: Fact['basis'] = 'actual') =>
  printed({
    metric: 'unclassified',
    value,
    unit,
    year: 2025,
    line: 133,
    label: quote,
    quote,
    extraction: 'text',
    basis,
  });

describe('an amount a sentence says was paid out, against revenue', () => {
  it('warns when a grant programme disbursed more than the year’s revenue (a scale slip)', () => {
    const found = run([
      revenue,
      sentence(
        '14.2',
        'EUR billion',
        'the foundation disbursed EUR 14.2 billion in micro-loans to 57 farmers',
      ),
    ]);
    expect(found.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['magnitude.plausible', 'warning', '2318.4', '14.2'],
    ]);
    expect(found[0]?.source).toEqual([{ line: 133 }, { line: 40 }]);
  });

  it('says nothing of an amount below revenue, a cumulative total, a target or a figure not paid out', () => {
    expect(
      run([
        revenue,
        sentence('14.2', 'EUR million', 'the foundation disbursed EUR 14.2 million in micro-loans'),
        sentence('3.1', 'EUR billion', 'since inception the fund has disbursed EUR 3.1 billion'),
        sentence('5.6', 'EUR billion', 'we will have spent EUR 5.6 billion by 2030', 'target'),
        sentence('7.9', 'EUR billion', 'our order book stood at EUR 7.9 billion'),
      ]),
    ).toEqual([]);
  });
});
