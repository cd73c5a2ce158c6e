import { describe, expect, it } from 'vitest';
import { parseUnit } from './parse-unit.js';

// The signs of currencies that print one of their own (ISO 4217 names the currency; the sign is what a
// Mongolian, Ukrainian, Azerbaijani, Ghanaian, Cambodian or Paraguayan report prints in its tables).
describe('a currency sign with its scale word', () => {
  it('reads the tögrög sign before or after its scale as the code would be read', () => {
    expect(parseUnit('₮ million')).toMatchObject({ symbol: 'MNT million', dimension: 'money:MNT' });
    expect(parseUnit('₮ million').toBase.toFixed()).toBe('1000000');
    expect(parseUnit('₮ billion').toBase.toFixed()).toBe('1000000000');
    expect(parseUnit('thousand ₮').symbol).toBe('MNT thousand');
    expect(parseUnit("₮'000").symbol).toBe('MNT thousand');
    expect(parseUnit('tCO2e/₮ million').dimension).toBe('ghg/money:MNT');
  });

  it('reads the code with its scale word the same way', () => {
    expect(parseUnit('MNT billion')).toMatchObject({ symbol: 'MNT billion', dimension: 'money:MNT' });
    expect(parseUnit('MNT billion').toBase.toFixed()).toBe('1000000000');
    expect(parseUnit('USD thousand')).toMatchObject({ symbol: 'USD thousand', dimension: 'money:USD' });
    expect(parseUnit('USD thousand').toBase.toFixed()).toBe('1000');
  });

  it('reads the other signs of currencies the registry lists', () => {
    expect(parseUnit('₴ million').symbol).toBe('UAH million');
    expect(parseUnit('₼ thousand').symbol).toBe('AZN thousand');
    expect(parseUnit('₵ million').symbol).toBe('GHS million');
    expect(parseUnit('៛ billion').symbol).toBe('KHR billion');
    expect(parseUnit('₲ million').symbol).toBe('PYG million');
  });

  it('reads the Caribbean dollars by their signs (TT$, J$)', () => {
    expect(parseUnit("TT$'000").symbol).toBe('TTD thousand');
    expect(parseUnit('TT$M').symbol).toBe('TTD million');
    expect(parseUnit('J$ million').symbol).toBe('JMD million');
  });

  it('reads the Gulf currencies by the letters their reports print (BD, RO, QR, KD)', () => {
    expect(parseUnit("BD '000").symbol).toBe('BHD thousand');
    expect(parseUnit('BD million').symbol).toBe('BHD million');
    expect(parseUnit("RO '000").symbol).toBe('OMR thousand');
    expect(parseUnit('QR million').symbol).toBe('QAR million');
    expect(parseUnit("KD '000").symbol).toBe('KWD thousand');
  });
});
