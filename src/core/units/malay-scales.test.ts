import { describe, expect, it } from 'vitest';
import { parseUnit, tryParseUnit } from './parse-unit.js';

describe('Indonesian and Malay scale and unit words', () => {
  it('reads ribu, juta, miliar and bilion as thousand, million and billion after a currency', () => {
    expect(parseUnit('RM juta')).toMatchObject({ symbol: 'MYR million', dimension: 'money:MYR' });
    expect(parseUnit('RM bilion').toBase.toFixed()).toBe('1000000000');
    expect(parseUnit('Rp miliar')).toMatchObject({ symbol: 'IDR billion' });
    expect(parseUnit('Rp milyar').toBase.toFixed()).toBe('1000000000');
    expect(parseUnit('Rp ribu').toBase.toFixed()).toBe('1000');
  });

  it('reads a scale word before a physical unit', () => {
    expect(parseUnit('ribu kWh').toBase.toFixed()).toBe(parseUnit("'000 kWh").toBase.toFixed());
  });

  it('reads orang, jam, hari and tahun as persons, hours, days and years', () => {
    expect(parseUnit('orang').symbol).toBe('persons');
    expect(parseUnit('jam').symbol).toBe('hours');
    expect(parseUnit('hari').symbol).toBe('days');
    expect(parseUnit('tahun').symbol).toBe('years');
  });

  it('leaves words that only start with the letters alone', () => {
    for (const word of ['jutaan', 'ribuan'])
      expect(tryParseUnit(word)?.symbol ?? '').not.toMatch(/illion|thousand/);
  });
});
