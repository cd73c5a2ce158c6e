// FactIndex.at when a series is printed in its own unit and again converted from another unit.
import { describe, expect, it } from 'vitest';
import { printed } from '../testing/printed-fact.js';
import { FactIndex } from './fact-index.js';

// A made-up water table: one row in m³, the next in thousand imperial gallons (1 imp gal = 4.54609 L).
const inM3 = (value: string, line = 60) =>
  printed({ metric: 'water.withdrawal', value, unit: 'm3', year: 2032, line, label: 'Mains water drawn' });
const inGallons = (value: string, line = 61) =>
  printed({
    metric: 'water.withdrawal',
    value,
    unit: 'm3',
    printedUnit: 'thousand imp gal',
    year: 2032,
    line,
    label: 'Mains water drawn',
  });
const series = { entity: 'Test Co', metric: 'water.withdrawal', year: 2032, basis: 'actual' as const };
const valueAt = (...facts: ReturnType<typeof inM3>[]) =>
  new FactIndex(facts, () => 'Water withdrawal').at(series, 'water.withdrawal', {})?.value.toFixed();

describe('FactIndex: a series printed in its unit and converted from another', () => {
  it('keeps the row in the metric’s unit when the converted row disagrees', () => {
    // 5,210.0 thousand imp gal = 23,685.1 m³; the m³ row prints ten times that.
    expect(valueAt(inM3('236851'), inGallons('5210.0'))).toBe('236851');
  });

  it('takes the agreed value when both rows agree', () => {
    expect(valueAt(inM3('23685'), inGallons('5210.0'))).toBe('23685');
  });

  it('has no value when two rows in the metric’s unit disagree', () => {
    expect(valueAt(inM3('236851'), inM3('23685', 140), inGallons('5210.0'))).toBeUndefined();
  });

  it('has no value when the row in the metric’s unit prints no unit of its own', () => {
    const bare = printed({
      metric: 'water.withdrawal',
      value: '236851',
      unit: 'm3',
      printedUnit: '',
      year: 2032,
      line: 60,
      label: 'Mains water drawn',
    });
    expect(valueAt(bare, inGallons('5210.0'))).toBeUndefined();
  });
});
