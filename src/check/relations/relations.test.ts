import { describe, expect, it } from 'vitest';
import { isMetricId } from '../../core/index.js';
import { relations } from './relations.js';

describe('relations table', () => {
  it('validates and names only metrics the catalogue has', () => {
    const r = relations();
    const ids = [
      ...r.sums.flatMap((s) => [s.total, ...s.parts, ...s.optional]),
      ...r.subsets.flatMap((s) => [s.part, s.whole]),
      ...r.shares.flatMap((s) => [
        s.share,
        ...s.formulas.flatMap((f) => [f.numerator, f.denominator.replace(/\+numerator$/, '')]),
      ]),
      ...r.averages.flatMap((a) => [a.average, a.total, ...(a.coverage ? [a.coverage] : []), ...a.counts]),
      ...r.intensities.flatMap((i) => [i.intensity, ...i.numerators]),
      ...r.denominators.map((d) => d.metric),
      ...r.frequencyRates.rates.flatMap((f) => [
        f.rate,
        f.count,
        f.hours,
        ...(f.alsoCounted ? [f.alsoCounted] : []),
      ]),
      ...r.weightedRates.metrics,
    ].filter((id) => id !== 'parent');
    expect(ids.length).toBeGreaterThan(40);
    expect(ids.filter((id) => !isMetricId(id))).toEqual([]);
  });
});
