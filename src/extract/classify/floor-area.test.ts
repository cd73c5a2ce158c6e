import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A made-up portfolio table "Operational data" of a landlord.
function row(label: string, unit: string, value: string): Mention {
  return {
    kind: 'table',
    line: 21,
    label,
    context: ['Operational data'],
    background: 1,
    value,
    unit,
    year: 2023,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

describe('floor area rows', () => {
  it('read gross, lettable and leasable floor area as the floor area, in m²', () => {
    const gfa = classifyMention(row("Total GFA ('000 m²)", "'000 m2", '842.7'), ['hkex-c2']);
    expect(gfa.metric?.id).toBe('property.floor_area');
    expect(gfa.quantity?.value.toString()).toBe('842700');
    const nla = classifyMention(row('Net lettable area (sq ft)', 'sq ft', '1250000'), ['hkex-c2']);
    expect(nla.metric?.id).toBe('property.floor_area');
    expect(nla.quantity?.unit.symbol).toBe('m2');
    expect(nla.quantity?.value.toString()).toBe('116128.8');
  });

  it('keep a certified part of the floor area apart from the whole', () => {
    const c = classifyMention(row('Floor area certified under LEED (m²)', 'm2', '53400'), ['hkex-c2']);
    expect(c.metric?.id).toBe('property.certified_floor_area');
  });

  it('give an intensity per m² of floor area that denominator', () => {
    const c = classifyMention(row('Carbon intensity (kgCO2e/m² GLA)', 'kgCO2e/m2 GLA', '41.6'), ['hkex-c2']);
    expect(c.metric?.id).toBe('ghg.intensity');
    expect(c.dims.denominator).toBe('m2 GLA');
  });
});
