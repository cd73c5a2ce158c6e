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

  it.each([
    ['we invested EUR 2,906 million in heat-recovery projects during the year', '2906'],
    ['contributions to the regional ferry fund were EUR 3,550 million', undefined],
    ['payments to the regional ferry fund were EUR 3,550 million', '3550'],
    ['do obecných projektov sme investovali EUR 2,940 million', '2940'],
    ['für Stipendien haben wir EUR 2,710 million gespendet', '2710'],
    ['the investigation cost EUR 2,990 million', undefined],
    ['i alt har vi gennemført investeringer i varmepumper for EUR 2,870 million', '2870'],
    ['vi har investeret EUR 2,810 million i nye tørreanlæg', '2810'],
    ['investeret kapital udgjorde EUR 2,960 million ved årets udgang', undefined],
  ])('reads an amount invested or paid in the year as paid out: %s', (quote, actual) => {
    const value = /EUR ([\d,]+)/.exec(quote)?.[1]?.replace(/,/g, '') ?? '';
    const found = run([revenue, sentence(value, 'EUR million', quote)]);
    expect(found.map((f) => f.actual)).toEqual(actual === undefined ? [] : [actual]);
  });

  it('compares with the larger of two revenues printed for the year (a segment’s and the group’s)', () => {
    const segment = printed({
      metric: 'economic.revenue',
      value: '1204.7',
      unit: 'EUR million',
      year: 2025,
      line: 40,
      label: 'Revenue',
    });
    const spent = sentence('2650', 'EUR million', 'we invested EUR 2,650 million in kiln upgrades');
    expect(run([segment, revenue, spent]).map((f) => [f.expected, f.actual])).toEqual([['2318.4', '2650']]);
    const below = sentence('1850', 'EUR million', 'we invested EUR 1,850 million in kiln upgrades');
    expect(run([segment, revenue, below])).toEqual([]);
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

describe('an amount given to communities, against revenue', () => {
  it('warns when it reaches half the year’s revenue (the revenue’s digits at another scale)', () => {
    const found = run([
      revenue,
      sentence('1874', 'EUR million', 'we spent EUR 1,874 million on community and school programmes'),
    ]);
    expect(found.map((f) => [f.rule, f.severity, f.actual])).toEqual([
      ['magnitude.plausible', 'warning', '1874'],
    ]);
    expect(found[0]?.message).toMatch(/at least half of the revenue/);
  });

  it.each([
    'we raised our investment in the local community to EUR 2,318 billion in 2025',
    'social investment reached EUR 2,318 billion, funding clinics and school buses',
  ])('reads a community investment named as a noun as given out: %s', (quote) => {
    // The key figures print the same digits as EUR 2,318.0 million: the sentence's scale is a slip.
    const found = run([revenue, sentence('2318', 'EUR billion', quote)]);
    expect(found.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['magnitude.plausible', 'warning', '2318.4', '2318'],
    ]);
    expect(found[0]?.message).toMatch(/more than the revenue/);
  });

  it('says nothing of a community investment below half the revenue, nor of other investment nouns', () => {
    const small = sentence(
      '23.18',
      'EUR million',
      'we raised our investment in the local community to EUR 23.18 million in 2025',
    );
    const plant = sentence(
      '2318',
      'EUR billion',
      'our investment in the new smelter reached EUR 2,318 billion',
    );
    expect(run([revenue, small, plant])).toEqual([]);
  });

  it('says nothing of a small gift, nor of other spending below the revenue', () => {
    const gift = sentence(
      '18.74',
      'EUR million',
      'we spent EUR 18.74 million on community and school programmes',
    );
    const capex = sentence('1874', 'EUR million', 'we invested EUR 1,874 million in new rolling mills');
    expect(run([revenue, gift, capex])).toEqual([]);
  });
});
