import { dec } from '../../core/index.js';
import {
  decimalString,
  makeFinding,
  placesOf,
  severityFor,
  showNumber,
  showRange,
  type CheckFinding,
} from '../finding/index.js';
import { divideIntervals, midpoint, overlaps, scaleInterval, type Figure } from '../precision/index.js';
import type { GridRow } from './table-grid.js';

/** One hundred per cent. */
export const HUNDRED = dec(100);
/** Pairs in a block that must fit before a miss is judged: the layout is then read right. */
const MIN_FITTING = 3;

/** A part printed with its share right after it, and the whole the share is of. */
export interface SharePair {
  readonly row: GridRow;
  readonly part: Figure;
  readonly share: Figure;
  readonly whole: Figure;
}

export const isShare = (f: Figure): boolean => f.unit.symbol === '%';

/** Cells `part | % | part | % …` as [part, share] pairs; undefined when they are not of that shape. */
export function partSharePairs(cells: readonly Figure[]): [Figure, Figure][] | undefined {
  if (cells.length < 2 || cells.length % 2 !== 0) return undefined;
  const pairs: [Figure, Figure][] = [];
  for (let i = 0; i < cells.length; i += 2) {
    const part = cells[i];
    const share = cells[i + 1];
    if (!part || !share || isShare(part) || !isShare(share)) return undefined;
    pairs.push([part, share]);
  }
  return pairs;
}

/** The share a pair's part makes of its whole, in per cent. */
export function computedShare(p: SharePair) {
  const ratio = divideIntervals(p.part.range, p.whole.range);
  return ratio && scaleInterval(ratio, HUNDRED);
}

/**
 * The pairs of one table whose printed share is not their part over their whole, when at least
 * MIN_FITTING pairs fit and the misses are at most a third of them; none otherwise (the table was then
 * likely read in another shape than it has).
 */
export function shareMisfits(judged: readonly SharePair[]): SharePair[] {
  const misses = judged.filter(isMisfit);
  return judged.length - misses.length < MIN_FITTING || misses.length * 3 > judged.length ? [] : misses;
}

/** The printed part and whole of a misfit pair, and the share they give, as a rule's message words them. */
export interface MisfitWords {
  readonly part: string;
  readonly whole: string;
  readonly computed: string;
}

/**
 * The finding for a pair whose printed share misses part ÷ whole; `says` words the rule's message. An
 * error unless `wanted` asks for less (a miss judged on fewer fitting pairs).
 */
export function misfitFinding(
  rule: string,
  p: SharePair,
  says: (w: MisfitWords) => string,
  wanted: 'error' | 'warning' = 'error',
): CheckFinding {
  const share = computedShare(p);
  const places = placesOf(p.share);
  const expected = share ? midpoint(share) : dec(0);
  return makeFinding(rule, {
    severity: severityFor(wanted, [p.share, p.part, p.whole]),
    message: says({
      part: showNumber(p.part.value, placesOf(p.part)),
      whole: showNumber(p.whole.value, placesOf(p.whole)),
      computed: share ? showRange(share, places) : '?',
    }),
    figures: [p.share, p.part, p.whole],
    expected: decimalString(expected, places),
    actual: decimalString(p.share.value, places),
  });
}

/** True when a pair's printed share is not its part over its whole within the printed digits. */
export function isMisfit(p: SharePair): boolean {
  const share = computedShare(p);
  return share !== undefined && !overlaps(share, p.share.range);
}
