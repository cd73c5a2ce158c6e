import { describe, expect, it } from 'vitest';
import { convert } from './convert.js';
import { parseUnit, tryParseUnit } from './parse-unit.js';
import { dec } from '../quantity/index.js';

describe('currencies of markets beyond East Asia, Europe and North America', () => {
  it('reads each market’s own marker with its scale', () => {
    expect(parseUnit('R$ thousand')).toMatchObject({ symbol: 'BRL thousand', dimension: 'money:BRL' });
    expect(parseUnit('VND billion').symbol).toBe('VND billion');
    expect(parseUnit('NZ$m').symbol).toBe('NZD million');
    expect(parseUnit("KShs '000").symbol).toBe('KES thousand');
    expect(parseUnit('KES million').dimension).toBe('money:KES');
    expect(parseUnit("AED '000").symbol).toBe('AED thousand');
    expect(parseUnit('SAR million').symbol).toBe('SAR million');
    expect(parseUnit('PKR million').symbol).toBe('PKR million');
    expect(parseUnit('TL').symbol).toBe('TRY');
    expect(parseUnit('Tk in crore')).toMatchObject({ symbol: 'BDT 10 million', dimension: 'money:BDT' });
    expect(parseUnit('Taka').symbol).toBe('BDT');
    expect(parseUnit('KZT million').symbol).toBe('KZT million');
    expect(parseUnit('mln tenge')).toMatchObject({ symbol: 'KZT million', dimension: 'money:KZT' });
  });

  it('reads the ISO 4217 code of a smaller market with its scale', () => {
    expect(parseUnit('ZMW million')).toMatchObject({ symbol: 'ZMW million', dimension: 'money:ZMW' });
    expect(parseUnit("TZS '000").symbol).toBe('TZS thousand');
    expect(parseUnit('XOF billion').dimension).toBe('money:XOF');
    expect(parseUnit('RON thousand').symbol).toBe('RON thousand');
  });

  it('reads scale words of Portuguese, Spanish, Turkish, Vietnamese and Swedish money columns', () => {
    expect(parseUnit('R$ mil').toBase.toFixed()).toBe('1000');
    expect(parseUnit('milyon TL').symbol).toBe('TRY million');
    expect(parseUnit('bin TL').toBase.toFixed()).toBe('1000');
    expect(parseUnit('R$ milhões').toBase.toFixed()).toBe('1000000');
    expect(parseUnit('MSEK').symbol).toBe('SEK million');
  });

  it('reads a scale word joined to its unit by "of" or "de" ("milliers de m³", "thousands of tonnes")', () => {
    expect(parseUnit('milliers de m3').symbol).toBe('thousand m3');
    expect(parseUnit('milhares de m3').toBase.toFixed()).toBe('1000');
    expect(parseUnit('thousands of tonnes').toBase.toFixed()).toBe('1000000');
    expect(parseUnit("milliards d'euros").toBase.toFixed()).toBe('1000000000');
  });

  it('does not take a bare scale word for money or for a unit', () => {
    expect(tryParseUnit('bins', { countNouns: false })).toBeUndefined();
    expect(tryParseUnit('mil', { countNouns: false })).toBeUndefined();
  });
});

describe('oil-equivalent energy and gas volumes at reference conditions', () => {
  it('converts tonnes of oil equivalent at 41.868 GJ (IEA)', () => {
    for (const printed of ['TOE', 'toe', 'tep', 'tonnes of oil equivalent'])
      expect(parseUnit(printed).symbol).toBe('toe');
    expect(convert({ value: dec(1), unit: parseUnit('toe') }, 'GJ').value.toFixed()).toBe('41.868');
    expect(convert({ value: dec(1), unit: parseUnit('ktoe') }, 'toe').value.toFixed()).toBe('1000');
    expect(parseUnit('kgOE/m² product').symbol).toBe('kgoe/m2');
  });

  it('keeps Sm³ and Nm³ apart from plain cubic metres but in the same dimension', () => {
    expect(parseUnit('Sm³')).toMatchObject({ symbol: 'Sm3', dimension: 'volume' });
    expect(parseUnit('Nm3')).toMatchObject({ symbol: 'Nm3', dimension: 'volume' });
    expect(convert({ value: dec(1), unit: parseUnit('MMscf') }, 'm3').value.toFixed()).toBe('28316.846592');
    expect(convert({ value: dec(10), unit: parseUnit('hl') }, 'm3').value.toFixed()).toBe('1');
  });

  it('reads the Canadian e3m3 and e6m3 as thousand and million cubic metres', () => {
    expect(parseUnit('e3m3')).toMatchObject({ symbol: 'thousand m3', dimension: 'volume' });
    expect(parseUnit('E3M3').toBase.toFixed()).toBe('1000');
    expect(parseUnit('e6m3').toBase.toFixed()).toBe('1000000');
  });

  it('reads therms as 100,000 Btu', () => {
    expect(convert({ value: dec(1), unit: parseUnit('therms') }, 'Btu').value.toFixed()).toBe('100000');
  });
});

describe('heat contents in kilocalories', () => {
  it('reads kcal and Gcal at the International Table calorie (4.1868 J)', () => {
    expect(parseUnit('kcal/m³')).toMatchObject({ symbol: 'kcal/m3', dimension: 'energy/volume' });
    expect(parseUnit('kcal/kWh').dimension).toBe('energy/energy');
    expect(convert({ value: dec(7500), unit: parseUnit('kcal') }, 'kJ').value.toFixed()).toBe('31401');
    expect(convert({ value: dec(2), unit: parseUnit('Gcal') }, 'GJ').value.toFixed()).toBe('8.3736');
  });
});
