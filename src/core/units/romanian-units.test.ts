import { describe, expect, it } from 'vitest';
import { parseUnit, tryParseUnit } from './parse-unit.js';

describe('Romanian unit words', () => {
  it('reads mii, mil. and mld. before lei as RON thousand, million and billion', () => {
    expect(parseUnit('mii lei')).toMatchObject({ symbol: 'RON thousand', dimension: 'money:RON' });
    expect(parseUnit('mil. lei').toBase.toFixed()).toBe('1000000');
    expect(parseUnit('milioane lei').toBase.toFixed()).toBe('1000000');
    expect(parseUnit('mld. lei').toBase.toFixed()).toBe('1000000000');
    expect(parseUnit('lei')).toMatchObject({ dimension: 'money:RON' });
  });

  it('reads a money denominator with its qualifier', () => {
    expect(parseUnit('GJ/mil. lei venituri')).toMatchObject({ dimension: 'energy/money:RON' });
    expect(parseUnit('kg CO2e/mii lei')).toMatchObject({ dimension: 'ghg/money:RON' });
  });

  it('reads tone as the tonne and scales it', () => {
    expect(parseUnit('tone')).toMatchObject({ symbol: 't', dimension: 'mass' });
    expect(parseUnit('tone CO2e')).toMatchObject({ symbol: 'tCO2e', dimension: 'ghg' });
    expect(parseUnit('mii tone').toBase.toFixed()).toBe('1000000');
    expect(parseUnit('mii m³').toBase.toFixed()).toBe('1000');
  });

  it('reads people and days', () => {
    expect(parseUnit('persoane')).toMatchObject({ symbol: 'persons' });
    expect(parseUnit('salariați')).toMatchObject({ symbol: 'persons' });
    expect(parseUnit('zile')).toMatchObject({ symbol: 'days' });
  });

  it('reads the Slovak and Czech "mil." before a currency sign as million', () => {
    expect(parseUnit('mil. €')).toMatchObject({ symbol: 'EUR million', dimension: 'money:EUR' });
    expect(parseUnit('kg CO2e/mil. €')).toMatchObject({ dimension: 'ghg/money:EUR' });
    expect(parseUnit('mil €').toBase.toFixed()).toBe('1000');
  });

  it('keeps the Portuguese thousand "mil" without its dot', () => {
    expect(parseUnit('R$ mil').toBase.toFixed()).toBe('1000');
    expect(tryParseUnit('mile')?.dimension).toBe('length');
  });
});
