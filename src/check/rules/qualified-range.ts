import { overlaps, type Figure, type Interval } from '../precision/index.js';

/** Whether two printings can stand for one value, given "over", "under" and "about". */
export function consistent(
  a: Interval,
  qa: Figure['qualifier'],
  b: Interval,
  qb: Figure['qualifier'],
): boolean {
  if (qa === 'exact' && qb === 'exact') return overlaps(a, b);
  const ra = allowed(a, qa);
  const rb = allowed(b, qb);
  return (
    (ra.lo === undefined || rb.hi === undefined || ra.lo.lte(rb.hi)) &&
    (rb.lo === undefined || ra.hi === undefined || rb.lo.lte(ra.hi))
  );
}

/** The values a qualified printing allows (undefined: unbounded); "about" allows 10% either side. */
function allowed(
  r: Interval,
  q: Figure['qualifier'],
): { lo: Interval['lo'] | undefined; hi: Interval['hi'] | undefined } {
  switch (q) {
    case 'exact':
      return r;
    case 'atLeast':
      return { lo: r.lo, hi: undefined };
    case 'atMost':
      return { lo: undefined, hi: r.hi };
    case 'about':
      return { lo: r.lo.minus(r.lo.abs().times(0.1)), hi: r.hi.plus(r.hi.abs().times(0.1)) };
  }
}
