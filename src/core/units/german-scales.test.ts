import { describe, expect, it } from 'vitest';
import { parseUnit, tryParseUnit } from './parse-unit.js';

describe('German scale abbreviations in units', () => {
  it('reads Tsd., Mio. and Mrd. as thousand, million and billion', () => {
    expect(parseUnit('Mio. €')).toMatchObject({ symbol: 'EUR million', dimension: 'money:EUR' });
    expect(parseUnit('Mrd. CHF')).toMatchObject({ symbol: 'CHF billion', dimension: 'money:CHF' });
    expect(parseUnit('Tsd. m³').toBase.toFixed()).toBe('1000');
    expect(parseUnit('Mio EUR').toBase.toFixed()).toBe('1000000');
  });

  it('reads them in the denominator of an intensity', () => {
    expect(parseUnit('kg CO2e/Mio. €')).toMatchObject({ dimension: 'ghg/money:EUR' });
    expect(parseUnit('GJ/Mrd. EUR')).toMatchObject({ dimension: 'energy/money:EUR' });
  });

  it('leaves words that only start with the letters alone', () => {
    for (const word of ['Miocene', 'Mrds', 'Tsdx'])
      expect(tryParseUnit(word)?.symbol ?? '').not.toMatch(/illion|thousand/);
  });
});
