import { describe, expect, it } from 'vitest';
import { parseUnit } from './parse-unit.js';

describe('Polish unit words', () => {
  it('reads tys. as thousand before a currency or a unit', () => {
    expect(parseUnit('tys. zł')).toMatchObject({ symbol: 'PLN thousand', dimension: 'money:PLN' });
    expect(parseUnit('tys. m³').toBase.toFixed()).toBe('1000');
    expect(parseUnit('mld zł').toBase.toFixed()).toBe('1000000000');
  });

  it('reads Mg (megagram) as the tonne and mg as the milligram', () => {
    expect(parseUnit('Mg')).toMatchObject({ symbol: 't', dimension: 'mass' });
    expect(parseUnit('m³/Mg')).toMatchObject({ symbol: 'm3/t' });
    expect(parseUnit('mg')).toMatchObject({ symbol: 'mg' });
  });

  it('reads dni (days) as days, as a lost-days row prints them', () => {
    expect(parseUnit('dni')).toMatchObject({ symbol: 'days', dimension: 'time' });
    expect(parseUnit('dzień')).toMatchObject({ symbol: 'days' });
  });
});
