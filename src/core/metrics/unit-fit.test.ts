import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';
import { getMetric } from './metric-catalogue.js';
import { unitFit } from './unit-fit.js';

describe('unitFit', () => {
  it('tells the canonical unit from a convertible one and an alternative one', () => {
    expect(unitFit(getMetric('energy.total_tce'), 'Tons of standard coal')).toBe('exact');
    expect(unitFit(getMetric('energy.total'), 'Tons of standard coal')).toBe('dimension');
    expect(unitFit(getMetric('energy.diesel'), 'litres')).toBe('alternative');
    expect(unitFit(getMetric('water.consumption'), 'tonnes')).toBe('alternative');
    expect(unitFit(getMetric('ghg.scope1'), 'MWh')).toBe('none');
  });

  it('judges an intensity by its numerator and refuses ratio units for other kinds', () => {
    expect(unitFit(getMetric('ghg.intensity'), 'tons of CO₂ equivalent per square metre')).toBe('exact');
    expect(unitFit(getMetric('ghg.intensity'), 'kgCO2e/RMB 10,000')).toBe('dimension');
    expect(unitFit(getMetric('energy.intensity'), 'MWh/person')).toBe('exact');
    expect(unitFit(getMetric('energy.total'), 'MWh/person')).toBe('none');
  });

  it('is undefined when no unit is printed or it does not parse', () => {
    expect(unitFit(getMetric('energy.total'), '???')).toBeUndefined();
    expect(unitFit(getMetric('energy.total'), ' ')).toBeUndefined();
  });
});

describe('findMetricsByPhrase with the printed unit', () => {
  const top = (label: string, unit: string) => findMetricsByPhrase(label, { unit })[0];

  it('prefers the metric whose canonical unit was printed when the label fits both', () => {
    expect(top('Total energy consumption', 'Tons of standard coal')).toMatchObject({
      metric: { id: 'energy.total_tce' },
      unitFit: 'exact',
    });
    expect(top('Total energy consumption', 'MWh')?.metric.id).toBe('energy.total');
    expect(findMetricsByPhrase('Total energy consumption')[0]?.unitFit).toBeUndefined();
  });

  it('lets the label decide when the unit only converts', () => {
    expect(top('Total direct energy consumption', 'Tons of standard coal')).toMatchObject({
      metric: { id: 'energy.direct' },
      unitFit: 'dimension',
    });
    expect(top('Natural gas', 'Cubic meters')).toMatchObject({
      metric: { id: 'energy.natural_gas' },
      unitFit: 'alternative',
    });
  });

  it('puts metrics the unit cannot fit last', () => {
    expect(top('Employee turnover', '%')?.metric.id).toBe('turnover.rate');
    expect(top('Employee turnover', 'persons')?.metric.id).toBe('turnover.count');
    expect(findMetricsByPhrase('Employee turnover')[0]?.metric.id).toBe('turnover.rate');
  });
});
