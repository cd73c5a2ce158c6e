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

  /** Crews by port and gender, a site's row before the totals row; a sentence gives the women's share. */
  function crews(sentence: string): Fact[] {
    const cell = (value: string, line: number, label: string, gender?: string) =>
      printed({
        metric: 'workforce.total',
        value,
        unit: 'persons',
        year: 2026,
        line,
        label,
        ...(gender === undefined ? {} : { dims: { gender } }),
      });
    return [
      cell('1205', 70, 'Port Vell', 'male'),
      cell('95', 70, 'Port Vell', 'female'),
      cell('1300', 70, 'Port Vell'),
      cell('1630', 71, 'All ports', 'male'),
      cell('170', 71, 'All ports', 'female'),
      cell('1800', 71, 'All ports'),
      // The site's total, read without a site: the series' total is no one figure.
      cell('1300', 60, 'Crew at Port Vell'),
      printed({
        metric: 'workforce.share',
        value: sentence,
        unit: '%',
        year: 2026,
        line: 75,
        dims: { gender: 'female' },
        extraction: 'text',
        label: 'women in the workforce',
        quote: `Women make up ${sentence}% of our crews (170 seafarers) and a third of officers.`,
      }),
    ];
  }

  it("checks a share printed before its bracketed count against that count's row total", () => {
    // 170 / 1,800 = 9.44%.
    expect(run(crews('9.4'))).toEqual([]);
    const findings = run(crews('10.4'));
    expect(findings.map((f) => f.source.map((s) => s.line))).toEqual([[75, 71]]);
    expect(Number(findings[0]?.expected)).toBeCloseTo(9.44, 1);
  });
});
