import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { shareOfTotalRule } from './share-of-total.js';

function run(facts: readonly Fact[]) {
  return shareOfTotalRule.run(ruleContext(facts, () => undefined));
}

/** Sites by country, and a sentence giving the domestic count with its share. */
function report(percent: string): Fact[] {
  const site = (value: string, line: number, country?: string) =>
    printed({
      metric: 'operations.sites',
      value,
      unit: 'count',
      year: 2024,
      line,
      ...(country === undefined ? {} : { dims: { country } }),
      label: country ?? 'All sites',
    });
  return [
    site('37', 40, 'Portugal'),
    site('23', 41, 'Spain'),
    site('60', 42),
    printed({
      metric: 'unclassified',
      value: percent,
      unit: '%',
      year: 2024,
      line: 12,
      extraction: 'text',
      label: `Sites in Portugal came to 37, or ${percent}% of the total`,
    }),
  ];
}

describe('share.total: a count printed with its share of the total', () => {
  it('raises nothing when the share is the part over the breakdown total', () => {
    // 37 / 60 = 61.67%.
    expect(run(report('61.7'))).toEqual([]);
  });

  it('flags a share the counts do not give', () => {
    const findings = run(report('67.1'));
    expect(findings.map((f) => f.source.map((s) => s.line))).toEqual([[12, 40, 42]]);
    expect(findings[0]?.expected).toBe('61.67');
  });
});
