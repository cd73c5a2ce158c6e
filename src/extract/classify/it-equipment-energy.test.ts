import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A made-up data-centre energy table: facility energy by source, then the energy its IT equipment drew.
function row(label: string, context: readonly string[], unit: string): Mention {
  return {
    kind: 'table',
    line: 40,
    label,
    context,
    background: 1,
    value: '58214.6',
    unit,
    year: 2025,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

const id = (label: string, context: readonly string[], unit = 'MWh') =>
  classifyMention(row(label, context, unit), ['gri-2021']).metric?.id;

describe('the energy of the IT equipment in a data centre', () => {
  const caption = ['Table 6  Energy consumption of the campus'];

  it('is no total energy under a caption of energy consumption', () => {
    expect(id('IT equipment energy', caption)).toBeUndefined();
    expect(id('IT load energy', caption)).toBeUndefined();
    expect(id('Energy delivered to IT equipment', caption)).toBeUndefined();
  });

  it('is no total energy when its own words name energy consumption', () => {
    expect(id('IT energy consumption', [])).toBeUndefined();
    expect(id('IT设备能耗', [])).toBeUndefined();
  });

  it('leaves the facility total, the carriers and a PUE-style intensity alone', () => {
    expect(id('Total facility energy consumption', caption)).toBe('energy.total');
    expect(id('Purchased electricity', caption)).toBe('energy.electricity');
    expect(id('Energy per MWh of IT energy', caption, 'MWh/MWh')).toBe('energy.intensity');
  });
});
