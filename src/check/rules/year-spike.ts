import { Decimal, dec } from '../../core/index.js';
import type { Figure } from '../precision/index.js';
import { rangeIn } from './convert-figure.js';

// A figure this far from every other year of a steady series is a slip of a digit or a unit: a
// decimal slip moves a figure tenfold, and a real change of a year or two can bring that down to
// fivefold, which the tenfold rule alone lets pass.
const SPIKE = dec(5);
// The other years agree when the largest is within this factor of the smallest.
const STEADY = dec(1.5);
// At least this many other years make a steady history.
const MIN_OTHERS = 2;
// A year further than this from every year of the history (a 2030 horizon after 2023-2025, a base year
// long before them) may really differ from it: the history says what a year among its own should be.
const MAX_YEARS_AWAY = 2;

/** A year that stands out from a steady series, and the other years it stands out from. */
export interface Spike {
  readonly spike: Figure;
  readonly others: readonly Figure[];
}

/**
 * The years of a series (one figure a year) that stand more than fivefold above or below every other
 * year while those agree with each other within 1.5×: the 1,486,200 litres among 150,420 and 152,880.
 */
export function spikesOf(years: ReadonlyMap<number, Figure>): Spike[] {
  const out: Spike[] = [];
  for (const [year, spike] of years) {
    if (spike.range.lo.lte(0)) continue;
    // A year printed only in another kind of unit (diesel in GJ beside other years in litres) takes no
    // side: the years in the spike's own kind of unit make the history.
    const others = [...years]
      .filter(([y, f]) => y !== year && rangeIn(f, spike.unit) !== undefined)
      .map(([, f]) => f);
    if (others.length < MIN_OTHERS) continue;
    if (others.every((f) => Math.abs(f.fact.period.year - year) > MAX_YEARS_AWAY)) continue;
    const ranges = others.map((f) => rangeIn(f, spike.unit)).filter((r) => r !== undefined);
    if (ranges.some((r) => r.lo.lte(0))) continue;
    const lowest = Decimal.min(...ranges.map((r) => r.hi));
    const highest = Decimal.max(...ranges.map((r) => r.lo));
    if (highest.gt(lowest.times(STEADY))) continue;
    const above = ranges.every((r) => spike.range.lo.gt(r.hi.times(SPIKE)));
    const below = ranges.every((r) => r.lo.gt(spike.range.hi.times(SPIKE)));
    if (above || below) out.push({ spike, others });
  }
  return out;
}
