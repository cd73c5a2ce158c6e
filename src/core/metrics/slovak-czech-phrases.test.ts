import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';

// Ratio rows as Slovak and Czech reports print them (metrics.sk.data.json, metrics.cs.data.json): a
// "náročnosť" (demand) of a resource is its intensity. Invented wordings.
describe('Slovak and Czech wordings of an intensity', () => {
  it('reads water demand as the water intensity, beside the energy intensity', () => {
    expect(findMetricsByPhrase('Vodná náročnosť výroby')[0]?.metric.id).toBe('water.intensity');
    expect(findMetricsByPhrase('Náročnosť na vodu')[0]?.metric.id).toBe('water.intensity');
    expect(findMetricsByPhrase('Vodní náročnost')[0]?.metric.id).toBe('water.intensity');
    expect(findMetricsByPhrase('Energetická náročnosť')[0]?.metric.id).toBe('energy.intensity');
  });
});
