import { dec, type Decimal } from '../../core/index.js';

/**
 * A closed range of values a printed figure may stand for. Checks compare ranges, not points, so a
 * figure rounded to its printed digits never fails a rule on rounding alone.
 */
export interface Interval {
  readonly lo: Decimal;
  readonly hi: Decimal;
}

/** The range `value ± halfWidth`. */
export function around(value: Decimal, halfWidth: Decimal): Interval {
  const h = halfWidth.abs();
  return { lo: value.minus(h), hi: value.plus(h) };
}

/** The single point `value`. */
export function exactly(value: Decimal): Interval {
  return { lo: value, hi: value };
}

/** Sum of ranges: the half-widths add up (the precision rule of the check engine). */
export function addIntervals(items: readonly Interval[]): Interval {
  let lo = dec(0);
  let hi = dec(0);
  for (const i of items) {
    lo = lo.plus(i.lo);
    hi = hi.plus(i.hi);
  }
  return { lo, hi };
}

/** `a − b` over ranges. */
export function subtractInterval(a: Interval, b: Interval): Interval {
  return { lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo) };
}

/** `a × b` over ranges (any signs). */
export function multiplyIntervals(a: Interval, b: Interval): Interval {
  if (a.lo.gte(0) && b.lo.gte(0)) return { lo: a.lo.times(b.lo), hi: a.hi.times(b.hi) };
  const products = [a.lo.times(b.lo), a.lo.times(b.hi), a.hi.times(b.lo), a.hi.times(b.hi)];
  return spanOf(products);
}

/** `a ÷ b` over ranges, or undefined when `b` may be zero (the quotient is then unbounded). */
export function divideIntervals(a: Interval, b: Interval): Interval | undefined {
  if (b.lo.lte(0) && b.hi.gte(0)) return undefined;
  // The usual case, both positive, needs two divisions instead of four (they are the costly part).
  if (a.lo.gte(0) && b.lo.gt(0)) return { lo: a.lo.div(b.hi), hi: a.hi.div(b.lo) };
  const quotients = [a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)];
  return spanOf(quotients);
}

/** Relative slack far wider than binary floating point's rounding of the decimal bounds. */
const FLOAT_SLACK = 1e-9;

/** Bounds as binary floats, converted once per interval. */
const FLOATS = new WeakMap<Interval, readonly [number, number]>();

function floatsOf(a: Interval): readonly [number, number] {
  let bounds = FLOATS.get(a);
  if (bounds === undefined) {
    bounds = [a.lo.toNumber(), a.hi.toNumber()];
    FLOATS.set(a, bounds);
  }
  return bounds;
}

/**
 * False only when `a ÷ b` surely misses `r`, judged in binary floating point with ample slack: a cheap
 * test to run before the exact decimal division when pairing many rows with many others. True whenever
 * the floats cannot tell (signs other than positive over positive, or ranges that nearly meet).
 */
export function quotientMayMeet(a: Interval, b: Interval, r: Interval): boolean {
  const [alo, ahi] = floatsOf(a);
  const [blo, bhi] = floatsOf(b);
  const [rlo, rhi] = floatsOf(r);
  if (!(alo >= 0 && blo > 0)) return true;
  const qlo = alo / bhi;
  const qhi = ahi / blo;
  const slack = FLOAT_SLACK * Math.max(Math.abs(qhi), Math.abs(rlo), Math.abs(rhi));
  return !(qhi + slack < rlo || qlo - slack > rhi);
}

/** `a × k` for an exact factor `k`. */
export function scaleInterval(a: Interval, k: Decimal): Interval {
  const lo = a.lo.times(k);
  const hi = a.hi.times(k);
  return k.isNegative() ? { lo: hi, hi: lo } : { lo, hi };
}

/** The common part of two ranges, or undefined when they do not meet. */
export function intersect(a: Interval, b: Interval): Interval | undefined {
  const lo = a.lo.gt(b.lo) ? a.lo : b.lo;
  const hi = a.hi.lt(b.hi) ? a.hi : b.hi;
  return lo.lte(hi) ? { lo, hi } : undefined;
}

/** True when the ranges share at least one value. */
export function overlaps(a: Interval, b: Interval): boolean {
  return intersect(a, b) !== undefined;
}

/** The middle of a range. */
export function midpoint(a: Interval): Decimal {
  return a.lo.plus(a.hi).div(2);
}

/** How far apart two disjoint ranges are (0 when they overlap). */
export function gapBetween(a: Interval, b: Interval): Decimal {
  if (a.hi.lt(b.lo)) return b.lo.minus(a.hi);
  if (b.hi.lt(a.lo)) return a.lo.minus(b.hi);
  return dec(0);
}

function spanOf(values: readonly Decimal[]): Interval {
  const [first, ...rest] = values;
  if (!first) throw new RangeError('spanOf needs at least one value');
  let lo = first;
  let hi = first;
  for (const v of rest) {
    if (v.lt(lo)) lo = v;
    if (v.gt(hi)) hi = v;
  }
  return { lo, hi };
}
