import { describe, expect, it } from 'vitest';
import { dec, Decimal } from './decimal.js';
import { convertQuantity, quantity, sumQuantities } from './quantity.js';
import type { Unit } from './unit.js';

const tCO2e: Unit = { symbol: 'tCO2e', dimension: 'ghg', toBase: dec(1000) };
const kgCO2e: Unit = { symbol: 'kgCO2e', dimension: 'ghg', toBase: dec(1) };
const MWh: Unit = { symbol: 'MWh', dimension: 'energy', toBase: dec(1000) };

describe('quantity', () => {
  it('adds report figures exactly', () => {
    const sum = sumQuantities([quantity('387053.55', tCO2e), quantity('478913.80', tCO2e)]);
    expect(sum.value.toFixed()).toBe('865967.35');
    expect(0.1 + 0.2).not.toBe(0.3); // the float trap the decimal avoids
    expect(dec('0.1').plus('0.2').equals(new Decimal('0.3'))).toBe(true);
  });

  it('converts within a dimension and refuses across dimensions', () => {
    expect(convertQuantity(quantity('533.30', tCO2e), kgCO2e).value.toFixed()).toBe('533300');
    expect(() => convertQuantity(quantity(5, MWh), tCO2e)).toThrow(/different things/);
    expect(() => sumQuantities([quantity(1, MWh), quantity(1, tCO2e)])).toThrow(
      /cannot combine tCO2e \(ghg\) with MWh/,
    );
  });

  it('rejects non-finite values', () => {
    expect(() => dec(Number.NaN)).toThrow(RangeError);
  });
});
