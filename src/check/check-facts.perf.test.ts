import { describe, expect, it } from 'vitest';
import type { Fact } from '../core/index.js';
import { checkFacts } from './check-facts.js';
import { printed } from './testing/printed-fact.js';

/**
 * Several times what extraction gives for a 200 KB report (the dev corpus gives 100–250 facts per
 * 60–190 KB): every metric kind, breakdowns, two years, repeats and intensities.
 */
export function syntheticReport(): Fact[] {
  const facts: Fact[] = [];
  let line = 1;
  for (const year of [2022, 2023]) {
    for (let site = 0; site < 25; site++) {
      const dims = { site: `Site ${site}` };
      facts.push(
        printed({ metric: 'ghg.scope1', value: `${100 + site}.5`, unit: 'tCO2e', year, line: line++, dims }),
        printed({ metric: 'ghg.scope2', value: `${900 + site}.25`, unit: 'tCO2e', year, line: line++, dims }),
        printed({
          metric: 'ghg.total',
          value: `${1000 + 2 * site}.75`,
          unit: 'tCO2e',
          year,
          line: line++,
          dims,
        }),
        printed({
          metric: 'energy.electricity',
          value: `${1600 + site}`,
          unit: 'MWh',
          year,
          line: line++,
          dims,
        }),
        printed({
          metric: 'energy.indirect',
          value: `${1600 + site}`,
          unit: 'MWh',
          year,
          line: line++,
          dims,
        }),
        printed({ metric: 'energy.direct', value: `${400 + site}`, unit: 'MWh', year, line: line++, dims }),
        printed({
          metric: 'energy.total',
          value: `${2000 + 2 * site}`,
          unit: 'MWh',
          year,
          line: line++,
          dims,
        }),
        printed({
          metric: 'workforce.total',
          value: `${50 + site}`,
          unit: 'persons',
          year,
          line: line++,
          dims,
        }),
        printed({
          metric: 'water.consumption',
          value: `${60 * (50 + site)}`,
          unit: 'm3',
          year,
          line: line++,
          dims,
        }),
        printed({
          metric: 'water.intensity',
          value: '60',
          unit: 'm3',
          year,
          line: line++,
          dims: { ...dims, denominator: 'person' },
        }),
        printed({
          metric: 'training.hours_total',
          value: `${10 * (50 + site)}`,
          unit: 'hours',
          year,
          line: line++,
          dims,
        }),
        printed({ metric: 'training.hours_average', value: '10', unit: 'hours', year, line: line++, dims }),
      );
    }
    for (const [i, gender] of ['male', 'female'].entries()) {
      for (const [j, age] of ['<30', '30-50', '>50'].entries()) {
        facts.push(
          printed({
            metric: 'workforce.total',
            value: `${100 + i * 10 + j}`,
            unit: 'persons',
            year,
            line: line++,
            dims: { gender, age },
          }),
        );
        facts.push(
          printed({
            metric: 'turnover.rate',
            value: `${5 + j}.${i}`,
            unit: '%',
            year,
            line: line++,
            dims: { gender, age },
          }),
        );
      }
    }
    for (let k = 0; k < 200; k++) {
      // Narrative figures, each printed twice (the body and a callout), as reports repeat them.
      const value = `${k % 100}`;
      facts.push(
        printed({
          metric: `narrative.figure_${value}`,
          value,
          unit: 'count',
          year,
          line: line++,
          extraction: 'text',
          quote: `about ${value} things`,
        }),
      );
    }
  }
  return facts;
}

describe('checkFacts on a large report', () => {
  // Speed is measured by bench/check.mjs (npm run bench), not here: this asserts the behaviour.
  it('raises no error on over a thousand consistent facts, run after run', () => {
    const facts = syntheticReport();
    expect(facts.length).toBeGreaterThan(1000);
    const first = checkFacts({ facts, framework: 'gri-2021' });
    expect(first.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(checkFacts({ facts, framework: 'gri-2021' }).findings).toEqual(first.findings);
  });
});
