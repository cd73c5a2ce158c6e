import { describe, expect, it } from 'vitest';
import { parseUnit, tryParseUnit } from './parse-unit.js';

// Reports translated from Russian or Kazakh print "тыс." (thousand) as "thous." before the unit.
describe('the "thous." scale of translated reports', () => {
  it('reads thous. as thousand before a unit', () => {
    expect(parseUnit('thous. tonnes')).toMatchObject({ symbol: 'thousand t', dimension: 'mass' });
    expect(parseUnit('thous. t CO2-eq')).toMatchObject({ symbol: 'thousand tCO2e', dimension: 'ghg' });
    expect(parseUnit('thous. m³').toBase.toFixed()).toBe('1000');
    expect(parseUnit('thous Gcal')).toMatchObject({ symbol: 'thousand Gcal', dimension: 'energy' });
  });

  it('leaves words that only start with the letters alone', () => {
    for (const word of ['Thousu', 'Thousx t'])
      expect(tryParseUnit(word)?.symbol ?? '').not.toMatch(/thousand/);
  });
});
