import { describe, expect, it } from 'vitest';
import { mentionsOf } from './testing/read-mentions.js';

// Grid factors printed with earlier years in brackets between the figure and its unit, the power company
// or grid named before the figure. Invented figures.
describe('a factor with its earlier years bracketed before its unit', () => {
  it('reads the figure and the bracketed years in the unit after the bracket, not as money', () => {
    const text = 'Electricity: NGC 0.41 (2030: 0.44; 2029: 0.45) kg CO2e/kWh; the site is leased.';
    expect(mentionsOf(text, 2031).map((m) => [m.value, m.unit, m.year])).toEqual([
      ['0.41', 'kg CO2e/kWh', 2031],
      ['0.44', 'kg CO2e/kWh', 2030],
      ['0.45', 'kg CO2e/kWh', 2029],
    ]);
  });

  it('reads a bracket giving two years one figure as the figure of each', () => {
    const text = 'Inland state grid 0.6120 (2030 and 2029: 0.6305) tCO2/MWh applies to the plant.';
    expect(mentionsOf(text, 2031).map((m) => [m.value, m.unit, m.year])).toEqual([
      ['0.6120', 'tCO2/MWh', 2031],
      ['0.6305', 'tCO2/MWh', 2030],
      ['0.6305', 'tCO2/MWh', 2029],
    ]);
  });
});
