import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A made-up "Indicator | Amount | Unit" energy table: one row per carrier, the carrier in brackets.
function row(label: string, value: string, unit = 'TJ'): Mention {
  return {
    kind: 'table',
    line: 212,
    label,
    context: ['Energy used by the mills (2023)'],
    background: 1,
    value,
    unit,
    year: 2023,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

const read = (label: string, value: string, unit?: string) => {
  const c = classifyMention(row(label, value, unit), ['gri-2021']);
  return [c.metric?.id, c.dims.energy_source];
};

describe('an energy row named by its carrier in brackets', () => {
  it("is the carrier's own metric where the catalogue has one, not the total", () => {
    expect(read('Energy use (natural gas)', '84.31')).toEqual(['energy.natural_gas', undefined]);
    expect(read('Energy consumption (kerosene)³', '6.02')).toEqual(['energy.other_fuels', undefined]);
    expect(read('Energy consumption (electricity)', '9104500', 'kWh')).toEqual([
      'energy.electricity',
      undefined,
    ]);
    expect(read('Energy consumption (renewable sources)', '12.7')[0]).toBe('energy.renewable');
  });

  it('is energy consumed from that source when the catalogue names no such carrier', () => {
    expect(read('Energy consumption (landfill gas)', '3.9')).toEqual(['energy.total', 'landfill gas']);
  });

  it('reads a reduction as energy saved from the carrier, never as its consumption', () => {
    expect(read('Energy reduction (steam)', '1.15')).toEqual(['energy.savings', 'steam']);
  });

  it('leaves the total, a unit in brackets and a place in brackets alone', () => {
    expect(read('Total energy consumption', '181.6')).toEqual(['energy.total', undefined]);
    expect(read('Energy consumption (MWh)', '50,412', '')[1]).toBeUndefined();
    expect(read('Energy consumption (Laguna plant)', '40.2')).toEqual(['energy.total', undefined]);
  });
});
