import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// Rows of made-up tables whose caption gives the quantity's unit and whose label names a denominator.
function row(caption: string, label: string, unit: string, value = '6.48'): Mention {
  return {
    kind: 'table',
    line: 41,
    label,
    context: [caption],
    background: 1,
    value,
    unit,
    year: 2025,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

describe('a row naming its denominator under a caption unit', () => {
  it('is an intensity over that denominator, not an amount in the caption’s unit', () => {
    const fi = classifyMention(
      row('Päästöt (t CO2-ekv.)', 'Intensiteetti, Scope 1 ja 2 / liikevaihto', 't CO2-ekv.'),
      [],
    );
    expect([fi.metric?.id, fi.dims.denominator, fi.quantity?.unit.symbol]).toEqual([
      'ghg.intensity',
      'liikevaihto',
      'tCO2e',
    ]);
    const en = classifyMention(row('GHG emissions (tCO2e)', 'Emissions intensity / revenue', 'tCO2e'), []);
    expect([en.metric?.id, en.dims.denominator]).toEqual(['ghg.intensity', 'revenue']);
  });

  it('is per person when it names an employee, in any language', () => {
    const de = classifyMention(row('Energie (MWh)', 'Energieverbrauch pro Mitarbeiter', 'MWh'), []);
    expect([de.metric?.id, de.dims.denominator]).toEqual(['energy.intensity', 'person']);
    const en = classifyMention(row('Energy (MWh)', 'Energy / employee', 'MWh'), []);
    expect([en.metric?.id, en.dims.denominator]).toEqual(['energy.intensity', 'person']);
    const sv = classifyMention(row('Vatten (m³)', 'Vattenförbrukning per anställd', 'm³'), []);
    expect(sv.dims.denominator).toBe('person');
  });

  it('takes the caption’s subject when the label names only an intensity', () => {
    const c = classifyMention(row('Greenhouse gas emissions', 'Intensity / revenue', 'tCO2e'), []);
    expect([c.metric?.id, c.dims.denominator]).toEqual(['ghg.intensity', 'revenue']);
  });

  it('is never the caption’s absolute amount when its quantity has no intensity', () => {
    const waste = classifyMention(row('Waste (t)', 'Waste / person', 't'), []);
    expect(waste.metric?.kind).not.toBe('absolute');
    expect(waste.quantity?.unit.symbol).toBe('t/person');
  });

  it('keeps an average per person as an average', () => {
    const c = classifyMention(row('Training', 'Training hours / employee', 'hours', '19.4'), []);
    expect(c.metric?.id).toBe('training.hours_average');
  });
});
