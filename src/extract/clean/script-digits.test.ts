import { describe, expect, it } from 'vitest';
import { withAsciiDigits } from './script-digits.js';

describe('digits of Indic and Southeast Asian scripts', () => {
  it('reads Devanagari, Khmer, Bengali, Myanmar and Thai digits as ASCII, each in its place', () => {
    expect(withAsciiDigits('बिजुली खपत   १२,७४०.५   MWh')).toBe('बिजुली खपत   12,740.5   MWh');
    expect(withAsciiDigits('ទឹក   ៣៤,៩០៧   m³   ២០២៤')).toBe('ទឹក   34,907   m³   2024');
    expect(withAsciiDigits('কর্মী ৮৬৩ জন')).toBe('কর্মী 863 জন');
    expect(withAsciiDigits('၁၂၃ tCO2e   ๔๕๖')).toBe('123 tCO2e   456');
  });

  it('leaves Ethiopic numerals, which are not positional digits, and ASCII figures alone', () => {
    expect(withAsciiDigits('፲፪ ሰራተኞች 1,204')).toBe('፲፪ ሰራተኞች 1,204');
  });
});
