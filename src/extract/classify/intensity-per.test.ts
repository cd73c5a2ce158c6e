import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// Rows of made-up tables that name only the measure and its denominator ("Intensity per bed"): the
// caption over the table says what is measured.
function row(caption: string, label: string, unit: string): Mention {
  return {
    kind: 'table',
    line: 58,
    label,
    context: [caption],
    background: 1,
    value: '4.07',
    unit,
    year: 2025,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

describe('an "Intensity per …" row', () => {
  it('is the intensity of the subject the caption names, per its denominator', () => {
    const c = classifyMention(
      row('Table 9: Carbon emissions', 'Intensity per hospital bed', 'tCO2e/bed'),
      [],
    );
    expect(c.metric?.id).toBe('ghg.intensity');
    expect(c.dims.denominator).toBe('bed');
  });

  it('is read under an energy caption as the energy intensity, not as the denominator', () => {
    const c = classifyMention(row('Energy use', 'Intensity per S$ million sales', 'MWh/S$ million'), []);
    expect(c.metric?.id).toBe('energy.intensity');
  });
});

describe('an "X per Y" row printed without a unit', () => {
  it('is X’s intensity per Y, keeping the method its label names', () => {
    const c = classifyMention(
      row('Carbon intensity', 'Scope 1 and 2 emissions (market-based) per net sales', ''),
      [],
    );
    expect(c.metric?.id).toBe('ghg.intensity');
    expect(c.dims).toMatchObject({ denominator: 'net sales', scope2_method: 'market' });
  });

  it('stays an average when X is no quantity an intensity divides', () => {
    const c = classifyMention(row('Training', 'Training hours per employee', ''), []);
    expect(c.metric?.id).toBe('training.hours_average');
  });
});
