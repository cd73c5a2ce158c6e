import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';

// Made-up Uzbek wordings of a farm's crop harvested, read as its production output in tonnes.
describe('Uzbek harvest wordings', () => {
  it('reads a harvest column and a harvest sentence as production output', () => {
    for (const label of ['Hosil', 'Yalpi hosil', 'fermer xo‘jaligi 4 210 tonna bug‘doy yetishtirdi'])
      expect(findMetricsByPhrase(label)[0]?.metric.id, label).toBe('production.output');
  });

  it('leaves the yield per hectare to no output', () => {
    expect(findMetricsByPhrase('Hosildorlik')[0]?.metric.id).not.toBe('production.output');
  });
});
