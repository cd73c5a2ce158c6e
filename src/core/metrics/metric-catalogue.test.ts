import { describe, expect, it } from 'vitest';
import { isEsgError } from '../errors/index.js';
import { DIM_KEYS, METRIC_KINDS } from './metric.js';
import { getMetric, isMetricId, listMetrics, metricCatalogueInfo } from './metric-catalogue.js';
import { phraseKey } from './phrase-tokens.js';

describe('metric catalogue', () => {
  it('states its version and source and holds about a hundred metrics', () => {
    const info = metricCatalogueInfo();
    expect(info.version).toMatch(/^\d{4}\.\d+$/);
    expect(info.source).toContain('HKEX');
    expect(info.source).toContain('GRI');
    expect(info.count).toBeGreaterThanOrEqual(90);
    expect(listMetrics()).toHaveLength(info.count);
  });

  it('has unique dotted ids, known kinds and known dims', () => {
    const ids = listMetrics().map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of listMetrics()) {
      expect(m.id).toMatch(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/);
      expect(METRIC_KINDS).toContain(m.kind);
      for (const d of m.dims) expect(DIM_KEYS).toContain(d);
      if (m.kind === 'intensity') expect(m.dims).toContain('denominator');
    }
  });

  it('keeps the ids the specs fix, with their canonical units', () => {
    expect(getMetric('ghg.scope2')).toMatchObject({ unit: 'tCO2e', dimension: 'ghg', kind: 'absolute' });
    expect(getMetric('ghg.scope2').dims).toContain('scope2_method');
    expect(getMetric('energy.total_tce')).toMatchObject({ unit: 'tce', dimension: 'energy' });
    expect(getMetric('energy.total')).toMatchObject({ unit: 'MWh' });
    expect(getMetric('training.hours_average')).toMatchObject({ unit: 'hours', kind: 'average' });
    expect(getMetric('turnover.rate')).toMatchObject({ unit: '%', kind: 'ratio' });
  });

  it('gives every metric lowercase phrases that survive normalisation, none repeated', () => {
    for (const m of listMetrics()) {
      const keys = m.phrases.map(phraseKey);
      for (const [i, k] of keys.entries()) expect(k, `${m.id}: "${m.phrases[i] ?? ''}"`).not.toBe('');
      expect(new Set(keys).size, `${m.id} repeats a phrase`).toBe(keys.length);
      for (const p of m.phrases) expect(p).toBe(p.toLowerCase());
    }
  });

  it('cites qualified framework codes', () => {
    for (const m of listMetrics()) for (const c of m.codes) expect(c).toMatch(/^(HKEX:[A-Z]|GRI:\d+-\d+$)/);
    expect(getMetric('ghg.scope1').codes).toEqual(['HKEX:A1.2', 'GRI:305-1', 'HKEX:D.metrics.ghg.scope1']);
  });

  it('throws NOT_FOUND for an unknown id', () => {
    expect(isMetricId('ghg.scope1')).toBe(true);
    expect(isMetricId('ghg.scope4')).toBe(false);
    try {
      getMetric('ghg.scope4');
      expect.unreachable();
    } catch (e) {
      expect(isEsgError(e, 'NOT_FOUND')).toBe(true);
      expect((e as Error).message).toContain('ghg.scope4');
    }
  });

  it('filters by framework', () => {
    const gri = listMetrics({ framework: 'gri-2021' });
    expect(gri.map((m) => m.id)).toContain('ghg.scope3');
    expect(gri.map((m) => m.id)).not.toContain('waste.hazardous_intensity');
    expect(gri.every((m) => m.codes.some((c) => c.startsWith('GRI:')))).toBe(true);
    const hkex = listMetrics({ framework: 'hkex-2020' }).map((m) => m.id);
    expect(hkex).toContain('waste.hazardous_intensity');
    expect(hkex).not.toContain('ghg.scope3');
    expect(hkex).not.toContain('climate.internal_carbon_price');
    const c2 = listMetrics({ framework: 'hkex-c2' }).map((m) => m.id);
    expect(c2).toEqual(expect.arrayContaining(['ghg.scope3', 'climate.internal_carbon_price']));
    expect(() => listMetrics({ framework: 'sasb' })).toThrow(/unknown framework/);
  });
});
