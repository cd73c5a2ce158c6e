// share.count on a recycling rate of one waste type, whose whole is that type's waste generated.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { shareOfCountRule } from './share-of-count.js';

const run = (facts: readonly Fact[]) =>
  shareOfCountRule.run(ruleContext(facts, () => undefined)).map((f) => [f.severity, f.expected, f.actual]);

const tonnes = (metric: string, value: string, line: number, dims: Record<string, string> = {}) =>
  printed({ metric, value, unit: 't', year: 2030, line, dims });

const rate = (value: string) =>
  printed({
    metric: 'waste.recycling_rate',
    value,
    unit: '%',
    year: 2030,
    line: 140,
    dims: { waste_type: 'hazardous' },
  });

describe('share.count: a recycling rate of hazardous waste', () => {
  const waste = [
    tonnes('waste.hazardous', '2417.3', 60),
    tonnes('waste.non_hazardous', '6120.8', 61),
    tonnes('waste.total', '8538.1', 62),
    tonnes('waste.diverted', '1608.5', 75, { waste_type: 'hazardous' }),
  ];

  it('divides the hazardous waste recycled by the hazardous waste generated', () => {
    // 1,608.5 / 2,417.3 = 66.54%.
    expect(run([...waste, rate('66.5')])).toEqual([]);
    const [finding] = run([...waste, rate('71.3')]);
    expect(finding?.[1]).toBe('66.54');
  });
});
