import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// Made-up rows of a ferry operator's energy table: each fuel's energy under "Energy use (GJ)".
const columns = ['Mass burned (t)', 'Energy use (GJ)'];
function row(label: string, column = 'Energy use (GJ)', unit = 'GJ'): Mention {
  return {
    kind: 'table',
    line: 41,
    label,
    column,
    columns,
    context: ['Table 6 Fuel burned by the ferries and its energy', column],
    background: 1,
    value: '118340',
    unit,
    year: 2024,
    basis: 'actual',
    quote: `${label}\t118,340`,
    dims: {},
  };
}
const read = (label: string, column?: string, unit?: string) => {
  const c = classifyMention(row(label, column, unit), ['gri-2021']);
  return [c.metric?.id, c.dims.fuel];
};

describe('a row named by a fuel under an energy column', () => {
  it('is that ship fuel’s energy, with the fuel as its dim, never the total', () => {
    expect(read('ULSFO (island ferries)')).toEqual(['energy.other_fuels', 'ULSFO']);
    expect(read('MDO')).toEqual(['energy.other_fuels', 'MDO']);
    expect(read('Marine gas oil (MGO) – tugs')).toEqual(['energy.other_fuels', 'Marine gas oil']);
    expect(read('LNG as bunker fuel')).toEqual(['energy.other_fuels', 'LNG as bunker fuel']);
  });

  it('is the fuel’s own metric when the catalogue has one', () => {
    expect(read('Petrol (harbour vans)')[0]).toBe('energy.gasoline');
    expect(read('Marine diesel oil (MDO)')[0]).toBe('energy.diesel');
  });

  it('names the ship fuel of the same row printed in tonnes', () => {
    expect(read('HFO', 'Mass burned (t)', 't')).toEqual(['energy.other_fuels', 'HFO']);
  });

  it('leaves the total row the total', () => {
    expect(read('Total energy consumption')[0]).toBe('energy.total');
  });
});
