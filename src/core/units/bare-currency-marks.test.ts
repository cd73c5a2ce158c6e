import { describe, expect, it } from 'vitest';
import { parseUnit, tryParseUnit } from './parse-unit.js';

describe('a currency sign or word several currencies share', () => {
  it('reads a bare "¥" as the yen unless told it is the renminbi', () => {
    expect(parseUnit('¥ million')).toMatchObject({ symbol: 'JPY million', dimension: 'money:JPY' });
    expect(parseUnit('¥100 million').toBase.toFixed()).toBe('100000000');
    expect(parseUnit('¥ thousand', { yen: 'RMB' }).symbol).toBe('RMB thousand');
    expect(parseUnit('kg/¥ million').dimension).toBe('mass/money:JPY');
  });

  it('reads the yen and the renminbi by name whatever the options say', () => {
    expect(parseUnit('billion yen', { yen: 'RMB' }).symbol).toBe('JPY billion');
    expect(parseUnit('CN¥ million').symbol).toBe('RMB million');
    expect(parseUnit('JP¥ thousand', { yen: 'RMB' }).symbol).toBe('JPY thousand');
  });

  it('reads "dirhams" as the UAE dirham unless told it is the Moroccan one', () => {
    expect(parseUnit('millions de dirhams').symbol).toBe('AED million');
    expect(parseUnit('milliers de dirhams', { dirham: 'MAD' }).symbol).toBe('MAD thousand');
    expect(parseUnit('millions de dirhams marocains').symbol).toBe('MAD million');
    expect(parseUnit('UAE dirhams', { dirham: 'MAD' }).symbol).toBe('AED');
  });

  it('reads the Moroccan dirham code, scaled or not', () => {
    expect(parseUnit('MAD')).toMatchObject({ dimension: 'money:MAD' });
    expect(parseUnit('KMAD').symbol).toBe('MAD thousand');
    expect(parseUnit('MMAD').toBase.toFixed()).toBe('1000000');
    expect(tryParseUnit('made tea')?.dimension).not.toBe('money:MAD');
  });
});
