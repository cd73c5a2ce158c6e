import { describe, expect, it } from 'vitest';
import { parseUnit, tryParseUnit } from './parse-unit.js';

describe('Hungarian scaled forints in units', () => {
  it('reads MFt, ezer Ft and Mrd Ft as HUF million, thousand and billion', () => {
    expect(parseUnit('MFt')).toMatchObject({ symbol: 'HUF million', dimension: 'money:HUF' });
    expect(parseUnit('ezer Ft').toBase.toFixed()).toBe('1000');
    expect(parseUnit('Mrd Ft').toBase.toFixed()).toBe('1000000000');
    expect(parseUnit('millió Ft').toBase.toFixed()).toBe('1000000');
  });

  it('reads them in the denominator of an intensity', () => {
    expect(parseUnit('t CO2e/MFt')).toMatchObject({ dimension: 'ghg/money:HUF' });
  });

  it('leaves the foot and words ending in the letters alone', () => {
    expect(tryParseUnit('ft')?.dimension ?? '').not.toMatch(/money/);
    expect(tryParseUnit('AMFt')?.dimension ?? '').not.toMatch(/money/);
  });
});
