import { describe, expect, it } from 'vitest';
import { dec } from '../quantity/index.js';
import { convert, parseNumber, parseQuantity, parseUnit, unitOf } from './index.js';

/**
 * Units as reports we have not seen print them → the canonical symbol, and what 1 of it is in a
 * plain unit of its dimension (so the factor, not only the name, is checked).
 */
const UNITS: readonly (readonly [printed: string, symbol: string, oneIs: string, inUnit: string])[] = [
  ['m3', 'm3', '1', 'm3'],
  ['m^3', 'm3', '1', 'm3'],
  ['cu m', 'm3', '1', 'm3'],
  ['cubic metres', 'm3', '1', 'm3'],
  ['ML', 'ML', '1000', 'm3'],
  ['megalitres', 'ML', '1000', 'm3'],
  ['Ml', 'ML', '1000', 'm3'],
  ['kL', 'kL', '1', 'm3'],
  ["'000 m³", 'thousand m3', '1000', 'm3'],
  ['thousand m³', 'thousand m3', '1000', 'm3'],
  ['ten thousand m³', '10,000 m3', '10000', 'm3'],
  ['10⁴ m³', '10,000 m3', '10000', 'm3'], // 万立方米, a power of ten as the scale
  ['10^4 tce', '10,000 tce', '10000', 'tce'],
  ['GWh', 'GWh', '1000000', 'kWh'],
  ['TJ', 'TJ', '1000', 'GJ'],
  ['PJ', 'PJ', '1000000', 'GJ'],
  ['kt', 'kt', '1000', 't'],
  ['Mt', 'Mt', '1000000', 't'],
  ['ktCO2e', 'ktCO2e', '1000', 'tCO2e'],
  ['tCO₂e', 'tCO2e', '1000', 'kgCO2e'],
  ['tCO2-eq', 'tCO2e', '1', 'tCO2e'],
  ['t CO2 e', 'tCO2e', '0.001', 'ktCO2e'],
  ['kgCO2e/kWh', 'kgCO2e/kWh', '1', 'tCO2e/MWh'],
  ['tons of standard coal', 'tce', '29.3076', 'GJ'],
  ['tce', 'tce', '1000', 'kgce'],
  ['tonnes of coal equivalent', 'tce', '1', 'tce'],
  ['10,000 tce', '10,000 tce', '10000', 'tce'],
  ['RMB 10,000', 'RMB 10,000', '10000', 'RMB'],
  ['ten thousand yuan', 'RMB 10,000', '10000', 'RMB'],
  ["RMB'0000", 'RMB 10,000', '10000', 'RMB'],
  ["HK$'000", 'HKD thousand', '1000', 'HKD'],
  ['NT$ thousand', 'TWD thousand', '1000', 'TWD'],
  ['S$ million', 'SGD million', '1000000', 'SGD'],
  ['€ million', 'EUR million', '1000000', 'EUR'],
  ['EUR m', 'EUR million', '1000000', 'EUR'],
  ['USD bn', 'USD billion', '1000000000', 'USD'],
  ['RM million', 'MYR million', '1000000', 'MYR'],
  ['MYR', 'MYR', '1', 'MYR'],
  ['man-hours', 'hours', '60', 'minutes'],
  ['persons', 'persons', '1', 'persons'],
  ['headcount', 'persons', '1', 'persons'],
  ['%', '%', '1', '%'],
  ['per cent', '%', '10', '‰'],
  ['percent', '%', '1', '%'],
  ['pct', '%', '1', '%'],
  ['pp', 'pp', '1', '%'], // a percentage point is one hundredth, like a per cent
  ['percentage points', 'pp', '1', 'pp'],
  ['p.p.', 'pp', '1', 'pp'],
];

describe('units as unseen reports print them', () => {
  it.each(UNITS)('%j is %j, and 1 of it is %s %s', (printed, symbol, oneIs, inUnit) => {
    const unit = parseUnit(printed);
    expect(unit.symbol).toBe(symbol);
    expect(convert({ value: dec(1), unit }, unitOf(inUnit)).value.toFixed()).toBe(dec(oneIs).toFixed());
  });

  it('keeps a count of person-times apart from persons', () => {
    expect(parseUnit('person-times')).toMatchObject({ symbol: 'person-times', dimension: 'count' });
  });
});

/** Printed numbers → value as printed, scale kept apart, currency. */
const NUMBERS: readonly (readonly [printed: string, value: string, scale: string, currency: string])[] = [
  ['RM1,148.6 million', '1148.6', '1000000', 'MYR'],
  ['S$2.3m', '2.3', '1000000', 'SGD'],
  ['€1.2bn', '1.2', '1000000000', 'EUR'],
  ['US$15.6 million', '15.6', '1000000', 'USD'],
  ['HK$ 3.2 billion', '3.2', '1000000000', 'HKD'],
  ['1.7 million', '1.7', '1000000', ''],
  ['3.4 bn', '3.4', '1000000000', ''],
  ['45 thousand', '45', '1000', ''],
  ['1,204³', '1204', '1', ''], // a superscript after a figure is its footnote, not a digit
  ['12.5¹', '12.5', '1', ''],
  ['2,806⁴⁵', '2806', '1', ''],
];

describe('numbers as unseen reports print them', () => {
  it.each(NUMBERS)('%j is %s × %s', (printed, value, scale, currency) => {
    const n = parseNumber(printed);
    expect(n.kind).toBe('value');
    if (n.kind !== 'value') return;
    expect([n.value.toFixed(), n.scale.toFixed(), n.currency ?? '']).toEqual([value, scale, currency]);
  });

  it('reads a footnoted quantity without its mark and a power of ten as its scale', () => {
    const q = parseQuantity('7.25² tCO₂e');
    expect([q.value.toFixed(), q.unit.symbol]).toEqual(['7.25', 'tCO2e']);
    const scaled = parseQuantity('36.1 10⁴ m³');
    expect(convert(scaled, unitOf('m3')).value.toFixed()).toBe('361000');
    // A power of ten standing alone is a scale, not 10 with a footnote.
    expect(parseUnit('10⁶ kWh').toBase.toFixed()).toBe(unitOf('GWh').toBase.toFixed());
  });
});
