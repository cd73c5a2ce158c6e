import { describe, expect, it } from 'vitest';
import { convert, dec, parseUnit } from '../../core/index.js';
import { printed } from '../testing/printed-fact.js';
import { ruleContext } from './context.js';
import { rowConversionRule } from './row-conversion.js';

// A made-up water row printed in thousand imperial gallons and in m³ (1 imp gal = 4.54609 L exactly).
const row = (gallons: string, m3: string) => [
  printed({
    metric: 'water.withdrawal',
    value: gallons,
    unit: 'm3',
    printedUnit: 'thousand imp gal',
    year: 2031,
    line: 12,
    label: 'Harbour plant',
  }),
  printed({
    metric: 'water.withdrawal',
    value: m3,
    unit: 'm3',
    year: 2031,
    line: 12,
    label: 'Harbour plant',
  }),
];

describe('conversion.row', () => {
  it('reads imperial and US gallons as volumes', () => {
    expect(
      convert({ value: dec(1000), unit: parseUnit('imperial gallons') }, parseUnit('L')).value.toString(),
    ).toBe('4546.09');
    expect(
      convert({ value: dec(1), unit: parseUnit('gallons (imperial)') }, parseUnit('m3')).value.toString(),
    ).toBe('0.00454609');
    expect(convert({ value: dec(1), unit: parseUnit('US gallons') }, parseUnit('L')).value.toString()).toBe(
      '3.785411784',
    );
  });

  it('says nothing when the row converts', () => {
    // 3,120.0 thousand imp gal = 14,183.8 m³.
    expect(rowConversionRule.run(ruleContext(row('3120.0', '14184'), () => undefined))).toEqual([]);
  });

  it('warns when the m³ was converted with US gallons', () => {
    // 3,120.0 thousand US gal = 11,810 m³.
    const found = rowConversionRule.run(ruleContext(row('3120.0', '11810'), () => undefined));
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '14183.8', '11810']]);
  });

  it('pairs nothing when the row prints the quantity in three units (several columns read as one metric)', () => {
    const cell = (value: string, unit: string, printedUnit: string) =>
      printed({
        metric: 'energy.heat',
        value,
        unit,
        printedUnit,
        year: 2031,
        line: 30,
        label: 'East boiler house',
      });
    const found = rowConversionRule.run(
      ruleContext(
        [cell('1482600', 'MWh', 'GJ'), cell('1905.4', 'MWh', 'TJ'), cell('41270', 'MWh', 'MWh')],
        () => undefined,
      ),
    );
    expect(found).toEqual([]);
  });

  it('pairs no counts: two headcount columns whose headings read as units are no conversion', () => {
    const cell = (value: string, printedUnit: string) =>
      printed({
        metric: 'workforce.total',
        value,
        unit: 'persons',
        printedUnit,
        year: 2031,
        line: 44,
        label: 'Fixed-term',
      });
    expect(
      rowConversionRule.run(ruleContext([cell('731', 'persons'), cell('655', 'a')], () => undefined)),
    ).toEqual([]);
  });

  it('pairs no standard-coal equivalent with the amount it was taken from (a chosen coefficient, no unit factor)', () => {
    // 5,120 × 10,000 kWh of grid power at 1.229 tce per 10,000 kWh is 6,292.5 tce: 0.05% off 29.3076 GJ a tce.
    const cell = (value: string, printedUnit: string) =>
      printed({
        metric: 'energy.electricity',
        value,
        unit: 'MWh',
        printedUnit,
        year: 2031,
        line: 41,
        label: 'Grid power',
      });
    const row = [cell('5120', '10,000 kWh'), cell('6292.5', 'tce')];
    expect(rowConversionRule.run(ruleContext(row, () => undefined))).toEqual([]);
  });
});
