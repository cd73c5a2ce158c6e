import { describe, expect, it } from 'vitest';
import { checkFacts } from '../check-facts.js';
import { printed } from '../testing/printed-fact.js';
import { intensityBoundaryRule } from './intensity-boundary.js';

const intensity = printed({
  metric: 'water.intensity',
  value: '11.53',
  unit: 'm3',
  year: 2024,
  line: 28,
  dims: { denominator: 'employee' },
});
const water = (dims: Record<string, string>, line = 27) =>
  printed({ metric: 'water.consumption', value: '15860', unit: 'm3', year: 2024, line, dims });

const run = (facts: Parameters<typeof checkFacts>[0]['facts']) =>
  checkFacts({ facts, rules: [intensityBoundaryRule] }).findings;

describe('intensity.boundary', () => {
  it('flags a whole-organisation intensity over a numerator a scope note narrows', () => {
    const found = run([intensity, water({ scope: 'Foshan and Zibo factories' })]);
    expect(found.map((f) => [f.severity, f.source.map((s) => s.line)])).toEqual([['warning', [28, 27]]]);
    expect(found[0]?.message).toMatch(/covers only Foshan and Zibo factories/);
  });

  it('says what an excluding note leaves out', () => {
    const found = run([intensity, water({ scope: 'excluding leased offices in Perth' })]);
    expect(found[0]?.message).toMatch(/leaves out leased offices in Perth/);
  });

  it('is quiet when the numerator covers the whole organisation, or the intensity has the same scope', () => {
    expect(run([intensity, water({})])).toEqual([]);
    expect(run([intensity, water({ scope: 'Foshan and Zibo factories' }), water({}, 26)])).toEqual([]);
    const scoped = printed({
      metric: 'water.intensity',
      value: '9.80',
      unit: 'm3',
      year: 2024,
      line: 29,
      dims: { denominator: 'employee', scope: 'Foshan and Zibo factories' },
    });
    expect(run([scoped, water({ scope: 'Foshan and Zibo factories' })])).toEqual([]);
  });
});
