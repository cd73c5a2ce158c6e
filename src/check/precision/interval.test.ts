import { describe, expect, it } from 'vitest';
import { dec } from '../../core/index.js';
import {
  addIntervals,
  around,
  divideIntervals,
  gapBetween,
  intersect,
  multiplyIntervals,
  scaleInterval,
  subtractInterval,
} from './interval.js';

const r = (lo: string, hi: string) => ({ lo: dec(lo), hi: dec(hi) });
const show = (i: { lo: { toFixed(): string }; hi: { toFixed(): string } } | undefined) =>
  i ? [i.lo.toFixed(), i.hi.toFixed()] : undefined;

describe('interval arithmetic', () => {
  it('adds half-widths, subtracts crosswise, multiplies and divides over the corners', () => {
    expect(show(addIntervals([around(dec('35.3'), dec('0.05')), around(dec('765.8'), dec('0.05'))]))).toEqual(
      ['801', '801.2'],
    );
    expect(show(subtractInterval(r('10', '12'), r('1', '2')))).toEqual(['8', '11']);
    expect(show(multiplyIntervals(r('-2', '3'), r('4', '5')))).toEqual(['-10', '15']);
    expect(show(multiplyIntervals(r('2', '3'), r('4', '5')))).toEqual(['8', '15']);
    expect(show(divideIntervals(r('533.295', '533.305'), r('0.025', '0.035')))).toEqual(['15237', '21332.2']);
    expect(show(divideIntervals(r('-6', '6'), r('-3', '-2')))).toEqual(['-3', '3']);
    expect(divideIntervals(r('1', '2'), r('-1', '1'))).toBeUndefined();
    expect(show(scaleInterval(r('1', '2'), dec(-3)))).toEqual(['-6', '-3']);
  });

  it('meets and measures gaps', () => {
    expect(show(intersect(r('15237', '21332'), r('17236', '22160')))).toEqual(['17236', '21332']);
    expect(intersect(r('1', '2'), r('3', '4'))).toBeUndefined();
    expect(gapBetween(r('1', '2'), r('3.5', '4')).toFixed()).toBe('1.5');
    expect(gapBetween(r('1', '3'), r('2', '4')).toFixed()).toBe('0');
  });
});
