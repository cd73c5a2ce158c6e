import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

function row(label: string, unit: string, context: string[]): Mention {
  return {
    kind: 'table',
    line: 12,
    label,
    context,
    value: '5213',
    unit,
    year: 2025,
    basis: 'actual',
    quote: '',
    dims: {},
    background: 1,
  };
}

const metricOf = (label: string, context: string[], unit = 'm³') =>
  classifyMention(row(label, unit, context), ['gri-2021']).metric?.id;

describe('a bare water measure under a water caption', () => {
  it('is the water withdrawal, discharge or consumption the caption names', () => {
    expect(metricOf('Total withdrawal', ['Table 7 – Water (megalitres)'], 'ML')).toBe('water.withdrawal');
    expect(metricOf('Vertidos', ['Cuadro 3 – Agua'])).toBe('water.discharge');
    expect(metricOf('Consumo total', ['Quadro 2 – Recursos hídricos'])).toBe('water.consumption');
    expect(metricOf('Prélèvements', ['Eau (m³)'])).toBe('water.withdrawal');
  });

  it('says nothing when the caption is not about water or the row names more', () => {
    expect(metricOf('Consumo total', ['Quadro 2 – Combustíveis'])).not.toBe('water.consumption');
    expect(metricOf('Captação por unidade produzida', ['Quadro 2 – Água'])).not.toBe('water.withdrawal');
  });
});

describe('a recycling rate named for water', () => {
  it('is no waste recycling rate, while a waste row keeps it', () => {
    expect(metricOf('Cooling water recycling rate', ['Table 4 – Resources'], '%')).toBeUndefined();
    expect(metricOf('Recycling rate', ['Table 5 – Waste'], '%')).toBe('waste.recycling_rate');
    expect(metricOf('Waste water sludge recycling rate', ['Table 5 – Waste'], '%')).toBe(
      'waste.recycling_rate',
    );
  });
});

describe('a recycling share named for one stream of water', () => {
  it('is that stream’s rate, not the share of all water withdrawn', () => {
    expect(metricOf('Process water reuse rate', ['Table 4 – Resources'], '%')).toBeUndefined();
    expect(metricOf('Water reuse rate', ['Table 4 – Resources'], '%')).toBe('water.recycled_share');
  });
});
