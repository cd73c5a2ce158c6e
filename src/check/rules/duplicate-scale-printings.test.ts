// duplicate.value on two sentences printing one amount at scales a power of ten apart (亿元 vs 万元).
import { describe, expect, it } from 'vitest';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { duplicateValueRule } from './duplicate-value.js';
import type { MetricView } from './rule.js';

const catalogue = (id: string): MetricView | undefined =>
  id === 'environment.investment'
    ? { id, kind: 'absolute', label: 'Environmental protection investment', codes: [] }
    : undefined;

/** A sentence's amount in RMB, printed as `value` at `scale` (1e8 for 亿元, 1e4 for 万元). */
const said = (value: string, scale: string, line: number, label: string) =>
  printed({
    metric: 'environment.investment',
    value,
    unit: 'RMB',
    scale,
    year: 2025,
    line,
    label,
    quote: `${label}${value}`,
    extraction: 'text',
  });

const run = (...facts: ReturnType<typeof said>[]) =>
  duplicateValueRule.run(ruleContext(facts, catalogue)).filter((f) => f.severity !== 'info');

describe('duplicate.value: one amount printed at scales a power of ten apart', () => {
  it('warns when the letter prints 8.72亿元 and the key figures 8,716.40万元 (0.87亿元)', () => {
    const found = run(said('8.72', '100000000', 7, '全年环保投入'), said('8716.40', '10000', 31, '环保投入'));
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0]?.message).toMatch(/power of ten/);
  });

  it('leaves two unlike amounts under short labels a note, not a warning', () => {
    expect(
      run(said('8.72', '100000000', 7, '全年环保投入'), said('3104.50', '10000', 31, '环保投入')),
    ).toEqual([]);
  });
});
