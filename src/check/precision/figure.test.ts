import { describe, expect, it } from 'vitest';
import { printed } from '../testing/printed-fact.js';
import { figureOf, halfUnitOf } from './figure.js';

describe('printed precision', () => {
  it('is half a unit of the last printed digit', () => {
    expect(halfUnitOf('533.30').toFixed()).toBe('0.005');
    expect(halfUnitOf('457').toFixed()).toBe('0.5');
    expect(halfUnitOf('10800').toFixed()).toBe('50');
    expect(halfUnitOf('100').toFixed()).toBe('0.5');
    expect(halfUnitOf('9', { wholeCount: true }).toFixed()).toBe('0');
    expect(halfUnitOf('5000', { trailingZerosRounded: false }).toFixed()).toBe('0.5');
  });

  it('carries the printed scale into the fact unit (RMB 10,000; kWh printed for MWh)', () => {
    const rd = figureOf(
      printed({
        metric: 'innovation.rd_investment',
        value: '51431.25',
        unit: 'RMB',
        scale: '10000',
        year: 2023,
        line: 1890,
      }),
    );
    expect([rd.range.lo.toFixed(), rd.range.hi.toFixed()]).toEqual(['514312450', '514312550']);
    const kwh = figureOf(
      printed({
        metric: 'energy.indirect',
        value: '19527164.00',
        unit: 'MWh',
        printedUnit: 'kWh',
        year: 2023,
        line: 1783,
      }),
    );
    expect([kwh.range.lo.toFixed(), kwh.range.hi.toFixed()]).toEqual(['19527.163995', '19527.164005']);
  });

  it('rounds a plain whole number of a measured metric but keeps a headcount exact', () => {
    const range = (metric: string) => {
      const f = figureOf(printed({ metric, value: '4120887', unit: '', year: 2025, line: 3 }));
      return [f.range.lo.toFixed(), f.range.hi.toFixed()];
    };
    // The unit was printed in a caption extraction did not read: a measure, rounded to its last digit.
    expect(range('energy.total')).toEqual(['4120886.5', '4120887.5']);
    expect(range('workforce.total')).toEqual(['4120887', '4120887']);
  });

  it('reads qualifiers from the quote', () => {
    const q = (quote: string, value: string) =>
      figureOf(
        printed({ metric: 'x.y', value, unit: 'count', year: 2022, line: 1, quote, extraction: 'text' }),
      ).qualifier;
    expect(q('more than 330 joint projects', '330')).toBe('atLeast');
    expect(q('300+ projects', '300')).toBe('atLeast');
    expect(q('close to 95 tonnes of CO2e', '95')).toBe('about');
    expect(q('below 5 incidents', '5')).toBe('atMost');
    expect(q('a total of 1,454 attendances', '1454')).toBe('exact');
    expect(q('over RMB 3,000 each', '3000')).toBe('atLeast');
  });
});
