import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../../core/index.js';
import {
  addIntervals,
  around,
  divideIntervals,
  gapBetween,
  intersect,
  multiplyIntervals,
  overlaps,
  quotientMayMeet,
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

describe('quotientMayMeet', () => {
  it('rules out only quotients that surely miss, and passes touching ranges to the exact test', () => {
    expect(quotientMayMeet(r('100', '100'), r('4', '4'), r('25', '25'))).toBe(true);
    expect(quotientMayMeet(r('100', '100'), r('4', '4'), r('26', '27'))).toBe(false);
    // 1 ÷ 3 is no binary float; the exact decimal bound 0.333… still meets a range ending there.
    expect(quotientMayMeet(r('1', '1'), r('3', '3'), r('0.3333333333333333333', '0.4'))).toBe(true);
    // Signs other than positive over positive are left to the exact test.
    expect(quotientMayMeet(r('-5', '-4'), r('1', '2'), r('100', '200'))).toBe(true);
  });

  it('never says false where the exact decimal test finds a meeting', () => {
    const bound = fc.tuple(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 6 }));
    const interval = fc.tuple(bound, fc.integer({ min: 0, max: 1000 })).map(([[m, p], w]) => {
      const lo = dec(m).div(dec(10).pow(p));
      return { lo, hi: lo.plus(dec(w).div(dec(10).pow(p + 1))) };
    });
    fc.assert(
      fc.property(interval, interval, interval, (a, b, q) => {
        if (b.lo.lte(0)) return;
        const exact = divideIntervals(a, b);
        // The printed ratio taken as the exact quotient's own bound: the closest call there is.
        const printed = exact ? { lo: exact.hi, hi: exact.hi.plus(q.hi.minus(q.lo)) } : q;
        if (exact && overlaps(exact, printed)) expect(quotientMayMeet(a, b, printed)).toBe(true);
        if (exact && overlaps(exact, q)) expect(quotientMayMeet(a, b, q)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
