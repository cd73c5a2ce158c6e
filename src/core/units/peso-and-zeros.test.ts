import { describe, expect, it } from 'vitest';
import { parseUnit, tryParseUnit } from './parse-unit.js';

describe('pesos and a scale printed as zeros', () => {
  it('reads "pesos" as money, Mexican unless told which pesos', () => {
    expect(parseUnit('millones de pesos')).toMatchObject({ symbol: 'MXN million', dimension: 'money:MXN' });
    expect(parseUnit('miles de pesos').symbol).toBe('MXN thousand');
    expect(parseUnit('millones de pesos', { peso: 'CLP' }).symbol).toBe('CLP million');
  });

  it('reads the pesos a unit names as those pesos', () => {
    expect(parseUnit('millones de pesos colombianos').symbol).toBe('COP million');
    expect(parseUnit('miles de pesos chilenos', { peso: 'MXN' }).symbol).toBe('CLP thousand');
  });

  it('reads zeros after a currency as its thousands ("Rs 000", "£000")', () => {
    expect(parseUnit('Rs 000').symbol).toBe('INR thousand');
    expect(parseUnit('£000').symbol).toBe('GBP thousand');
    expect(tryParseUnit('000')).toBeUndefined();
  });
});
