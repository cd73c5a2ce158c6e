import { describe, expect, it } from 'vitest';
import { figuresOf } from './testing/read-mentions.js';

describe('a unit stated in another unit', () => {
  it('reads "1 MWh = 3.6 GJ" as a conversion, not as an amount of one MWh', () => {
    const figures = figuresOf(
      'Power is converted at 1 MWh = 3.6 GJ; the sites bought 48,200 MWh of electricity.',
    );
    expect(figures.map((f) => f.value)).toEqual(['48200']);
  });

  it('reads a unit with digits in it the same way ("1 e3m3 = 35.5 Mcf")', () => {
    const figures = figuresOf('Gas is shown at 1 e3m3 = 35.5 Mcf; the field flared 9,120 e3m3 of gas.');
    expect(figures.map((f) => f.value)).toEqual(['9120']);
  });
});
