import { describe, expect, it } from 'vitest';
import { sumQuantities } from '../quantity/index.js';
import { convert, formatQuantity, parseQuantity, parseUnit } from './index.js';

function converted(text: string, target: string): string {
  return formatQuantity(convert(parseQuantity(text), target));
}

describe('convert', () => {
  it('converts printed quantities exactly', () => {
    expect(converted('533.30 tons of CO2 equivalent', 'kgCO2e')).toBe('533300 kgCO2e');
    expect(converted('272,109.36 tons of standard coal', 'GJ')).toBe('7974872.279136 GJ');
    expect(converted('775.61 MWh', 'kWh')).toBe('775610 kWh');
    expect(converted('1 kgce', 'MJ')).toBe('29.3076 MJ');
    expect(converted('1 tce', 'GJ')).toBe('29.3076 GJ');
    expect(converted('3.6 GJ', 'MWh')).toBe('1 MWh');
    expect(converted('0.5 MtCO2e', 'tCO2e')).toBe('500000 tCO2e');
    expect(converted('2 acres', 'm2')).toBe('8093.7128448 m2');
  });

  it("applies a printed scale once: 5 under '000 kWh is 5000 kWh", () => {
    const q = parseQuantity("5 '000 kWh");
    expect(q.value.toFixed()).toBe('5');
    expect(formatQuantity(convert(q, 'kWh'))).toBe('5000 kWh');
    expect(formatQuantity(convert({ value: q.value, unit: parseUnit("kWh in '000s") }, 'MWh'))).toBe('5 MWh');
    expect(converted('51,431.25 RMB 10,000', 'RMB million')).toBe('514.3125 RMB million');
  });

  it('adds report figures exactly', () => {
    const t = parseUnit('tCO2e');
    const sum = sumQuantities([parseQuantity('387,053.55 tCO2e'), parseQuantity('478,913.80 tonnes CO2e')]);
    expect(sum.unit).toBe(t);
    expect(sum.value.toFixed()).toBe('865967.35');
  });

  it('converts intensities by both parts', () => {
    expect(converted('2 tCO2e/RMB 10,000 revenue', 'kgCO2e/RMB million')).toBe('200000 kgCO2e/RMB million');
    expect(
      converted('0.6 recordable injuries per 200,000 hours worked', 'recordable injuries/million hours'),
    ).toBe('3 recordable injuries/million hours');
  });

  it('refuses to convert across dimensions or currencies', () => {
    expect(() => convert(parseQuantity('5 MWh'), 'tCO2e')).toThrow(
      /^cannot convert MWh \(energy\) to tCO2e \(ghg\)/,
    );
    expect(() => convert(parseQuantity('5 MWh'), 'tCO2e')).toThrow(
      expect.objectContaining({ code: 'UNIT_MISMATCH' }),
    );
    expect(() => convert(parseQuantity('RMB 5'), 'HKD')).toThrow(/no exchange rates/);
    expect(() => convert(parseQuantity('5 tCO2e/m2'), 'tCO2e')).toThrow(
      expect.objectContaining({ code: 'UNIT_MISMATCH' }),
    );
  });
});

describe('parseQuantity and formatQuantity', () => {
  it('keeps the printed value and puts scale and currency in the unit', () => {
    const q = parseQuantity('RMB 1.2 million');
    expect([q.value.toFixed(), q.unit.symbol]).toEqual(['1.2', 'RMB million']);
    expect(parseQuantity('HK$3.5m').unit.symbol).toBe('HKD million');
    expect(parseQuantity('5 405 persons').value.toFixed()).toBe('5405');
    expect(formatQuantity(parseQuantity('56.7%'))).toBe('56.7%');
    expect(formatQuantity(parseQuantity('(12.50) tCO2e'))).toBe('-12.5 tCO2e');
    expect(formatQuantity(parseQuantity('1,335'))).toBe('1335');
  });

  it('refuses a quantity without a value', () => {
    expect(() => parseQuantity('N/A tCO2e')).toThrow(expect.objectContaining({ code: 'NUMBER_INVALID' }));
    expect(() => parseQuantity('tCO2e')).toThrow(expect.objectContaining({ code: 'NUMBER_INVALID' }));
  });

  it('rounds only when asked', () => {
    const q = convert(parseQuantity('1 kWh'), 'GJ');
    expect(formatQuantity(q)).toBe('0.0036 GJ');
    expect(formatQuantity(convert(parseQuantity('1 GJ'), 'kWh'), { significantDigits: 6 })).toBe(
      '277.778 kWh',
    );
  });
});
