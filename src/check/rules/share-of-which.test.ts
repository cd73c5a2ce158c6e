import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { shareOfWhichRule } from './share-of-which.js';

const run = (facts: readonly Fact[]) => shareOfWhichRule.run(ruleContext(facts, () => undefined));

// "Spending on regional vendors 70.1%" in a table, then the sentence restating it as two amounts:
// 2,950.0 / 4,210.5 = 70.06%.
const SENTENCE =
  'Our purchases came to EUR 4,210.5 million, of which EUR 2,950.0 million went to vendors based in the region (2024: 66.2%).';
const facts = (
  share: string,
  year = 2025,
  label = 'Share of purchasing spent on regional vendors',
): Fact[] => [
  printed({ metric: 'unclassified', value: share, unit: '%', year, line: 30, label }),
  ...[
    ['4210.5', 'Our purchases came to EUR 4,210.5 million'],
    ['2950.0', 'of which EUR 2,950.0 million'],
  ].map(([value, label]) =>
    printed({
      metric: 'unclassified',
      value: value ?? '',
      unit: 'EUR million',
      year: 2025,
      line: 33,
      label: label ?? '',
      quote: SENTENCE,
      extraction: 'text',
    }),
  ),
];

describe('share.of-which', () => {
  it('warns when the share above is not the part over the whole the sentence states', () => {
    const found = run(facts('74.6'));
    expect(found.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
      ['share.of-which', 'warning', '70.1', '74.6'],
    ]);
    expect(found[0]?.source.map((s) => s.line)).toEqual([30, 33]);
  });

  it('says nothing when they agree, or when the share is of another year or names none of its words', () => {
    expect(run(facts('70.1'))).toEqual([]);
    expect(run(facts('74.6', 2024))).toEqual([]);
    expect(run(facts('74.6', 2025, 'Renewable electricity'))).toEqual([]);
  });
});
