import { dec } from '../../core/index.js';
import {
  decimalString,
  makeFinding,
  placesOf,
  severityFor,
  showFigure,
  showNumber,
  showRange,
  type CheckFinding,
} from '../finding/index.js';
import { divideIntervals, midpoint, overlaps, scaleInterval, type Figure } from '../precision/index.js';
import type { Rule } from './rule.js';
import { gridBlocks, gridRows, type GridRow } from './table-grid.js';

const HUNDRED = dec(100);
/** Pairs in a block that must fit before a miss is judged: the layout is then read right. */
const MIN_FITTING = 3;

/** One count and the share printed right after it, of the row's first cell. */
interface Pair {
  readonly row: GridRow;
  readonly whole: Figure;
  readonly count: Figure;
  readonly share: Figure;
}

const isShare = (f: Figure): boolean => f.unit.symbol === '%';

/**
 * The count–share pairs of a row `Total | No. | % | No. | %` (SEBI's BRSR prints its employee,
 * training and board tables so: `Total (A) | No. (B) | % (B/A) | No. (C) | % (C/A)`): every share is
 * its count over the row's first cell. Undefined when the row is not of that shape or mixes years.
 */
function pairsOf(row: GridRow): Pair[] | undefined {
  const [whole, ...rest] = row.cells;
  if (!whole || isShare(whole) || rest.length < 2 || rest.length % 2 !== 0) return undefined;
  if (row.cells.some((c) => c.fact.period.year !== whole.fact.period.year)) return undefined;
  const pairs: Pair[] = [];
  for (let i = 0; i < rest.length; i += 2) {
    const count = rest[i];
    const share = rest[i + 1];
    if (!count || !share || isShare(count) || !isShare(share)) return undefined;
    pairs.push({ row, whole, count, share });
  }
  return pairs;
}

/** The share a pair's count makes of its row's first cell, in per cent. */
function computed(p: Pair) {
  const ratio = divideIntervals(p.count.range, p.whole.range);
  return ratio && scaleInterval(ratio, HUNDRED);
}

/**
 * A table's shares against the counts printed beside them, read from the grid: when a table's rows
 * print `Total | count | share | count | share` and the shares are their counts over the total in at
 * least three places, a share that is not is an error. Needs no metric, so it holds for rows
 * extraction could not name ("Permanent (D)", "Other than permanent (E)").
 */
export const shareTableCountsRule: Rule = {
  id: 'share.table-counts',
  title: "A table's share columns are their count columns over the row's total",
  fallback: true,
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const block of gridBlocks(gridRows(ctx.facts.figures, () => true))) {
      const pairs = block.map(pairsOf);
      if (pairs.some((p) => p === undefined)) continue;
      const judged = (pairs as Pair[][]).flat().filter((p) => !p.whole.value.isZero());
      const misses = judged.filter((p) => {
        const share = computed(p);
        return share !== undefined && !overlaps(share, p.share.range);
      });
      if (judged.length - misses.length < MIN_FITTING || misses.length * 3 > judged.length) continue;
      out.push(...misses.map(finding));
    }
    return out;
  },
};

function finding(p: Pair): CheckFinding {
  const share = computed(p);
  const places = placesOf(p.share);
  const expected = share ? midpoint(share) : dec(0);
  const count = showNumber(p.count.value, placesOf(p.count));
  const whole = showNumber(p.whole.value, placesOf(p.whole));
  return makeFinding(shareTableCountsRule.id, {
    severity: severityFor('error', [p.share, p.count, p.whole]),
    message:
      `"${p.row.label.trim()}" (line ${p.row.line}) prints ${showFigure(p.share)} beside ${count}, but ` +
      `${count} of the row's ${whole} is ${share ? showRange(share, places) : '?'}%; the table's other ` +
      `shares are their counts over the row's first figure.`,
    figures: [p.share, p.count, p.whole],
    expected: decimalString(expected, places),
    actual: decimalString(p.share.value, places),
  });
}
