import { describe, expect, it } from 'vitest';
import { getMetric } from '../../core/index.js';
import { unitsForMetric } from './units-for-metric.js';

describe('unitsForMetric', () => {
  it('offers the canonical unit first, then every unit of the same dimension', () => {
    const units = unitsForMetric(getMetric('energy.total'));
    expect(units[0]).toBe('MWh');
    expect(units).toEqual(expect.arrayContaining(['kWh', 'GWh', 'GJ', 'tce']));
    expect(units).not.toContain('tCO2e');
    expect(new Set(units).size).toBe(units.length);
  });

  it('keeps GHG units apart from mass units', () => {
    const units = unitsForMetric(getMetric('ghg.scope1'));
    expect(units).toEqual(expect.arrayContaining(['tCO2e', 'kgCO2e', 'ktCO2e']));
    expect(units).not.toContain('kg');
  });

  it('offers a money metric only its own currency', () => {
    const metric = getMetric('community.donations');
    expect(unitsForMetric(metric)).toEqual([metric.unit]);
  });
});
