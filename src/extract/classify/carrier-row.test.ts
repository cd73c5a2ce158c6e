import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A made-up fuel table: a caption or group row of total energy over one row per carrier, in GJ.
function row(label: string, context: readonly string[], value = '41250.5'): Mention {
  return {
    kind: 'table',
    line: 12,
    label,
    context,
    background: 1,
    value,
    unit: 'GJ',
    year: 2024,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

const id = (label: string, context: readonly string[]) =>
  classifyMention(row(label, context), ['gri-2021']).metric?.id;

describe('a carrier row under a caption or group of total energy', () => {
  it('is the carrier the row names, however many words the group above matched', () => {
    const group = ['Fuel and power use at the plants', 'Total energy consumed (GJ)'];
    expect(id('Diesel', group)).toBe('energy.diesel');
    expect(id('LPG', group)).toBe('energy.lpg');
    expect(id('Purchased electricity', group)).toBe('energy.electricity');
  });

  it('reads carriers named in Spanish, Portuguese and French as those carriers', () => {
    const caption = ['Cuadro 7. Consumo de energía de las plantas'];
    expect(id('Gasolina', caption)).toBe('energy.gasoline');
    expect(id('Carbón térmico', caption)).toBe('energy.coal');
    expect(id('GLP (granel)', caption)).toBe('energy.lpg');
    expect(id('Gasóleo de frota', ['Quadro 2 – Consumo de energia'])).toBe('energy.diesel');
    expect(id('Eletricidade comprada à distribuidora', ['Quadro 2 – Consumo de energia'])).toBe(
      'energy.electricity',
    );
    expect(id('Fioul lourd (chaudières)', ["Tableau 3 – Consommation d'énergie des sites"])).toBe(
      'energy.other_fuels',
    );
  });

  it('keeps the row that says it is the whole as the total', () => {
    expect(id('Consumo total de energía', ['Cuadro 7. Consumo de energía de las plantas'])).toBe(
      'energy.total',
    );
    expect(id('Total energy', ['Total energy consumed (GJ)'])).toBe('energy.total');
  });
});
