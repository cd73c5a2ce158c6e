import { describe, expect, it } from 'vitest';
import { parseUnit } from './parse-unit.js';

// Units as Greek reports print them. Invented wordings.
describe('Greek unit words', () => {
  it('reads the tonne in its cases, accented or in capitals', () => {
    expect(parseUnit('τόνοι')).toMatchObject({ symbol: 't' });
    expect(parseUnit('τόνους')).toMatchObject({ symbol: 't' });
    expect(parseUnit('τόνοι CO2e')).toMatchObject({ symbol: 'tCO2e' });
  });

  it('reads "ανά" as per', () => {
    expect(parseUnit('kg CO2e ανά τόνο')).toMatchObject({ symbol: 'kgCO2e/t' });
    expect(parseUnit('m³/τόνο')).toMatchObject({ symbol: 'm3/t' });
  });

  it('reads cubic and square metres, hours, days and people', () => {
    expect(parseUnit('κ.μ.')).toMatchObject({ symbol: 'm3' });
    expect(parseUnit('τ.μ.')).toMatchObject({ symbol: 'm2' });
    expect(parseUnit('ώρες')).toMatchObject({ symbol: 'hours' });
    expect(parseUnit('ΩΡΕΣ')).toMatchObject({ symbol: 'hours' });
    expect(parseUnit('ημέρες')).toMatchObject({ symbol: 'days' });
    expect(parseUnit('άτομα')).toMatchObject({ symbol: 'persons' });
  });

  it('reads thousand and million euro', () => {
    expect(parseUnit('χιλ. €')).toMatchObject({ symbol: 'EUR thousand', dimension: 'money:EUR' });
    expect(parseUnit('εκατ. €').toBase.toFixed()).toBe('1000000');
    expect(parseUnit('χιλιάδες ευρώ')).toMatchObject({ symbol: 'EUR thousand' });
  });
});
