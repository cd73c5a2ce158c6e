import { dec } from '../../core/index.js';
import {
  decimalString,
  makeFinding,
  placesOf,
  severityFor,
  showFigure,
  showNumber,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import { divideIntervals, midpoint, overlaps, scaleInterval, type Figure } from '../precision/index.js';
import type { Rule } from './rule.js';
import { gridBlocks, gridRows, isTotalLabel, type GridRow } from './table-grid.js';

const HUNDRED = dec(100);
/** Shares in a block that must fit before a miss is judged: the layout is then read right. */
const MIN_FITTING = 3;

/** One amount and the share printed right after it, with the same column's figures on the total row. */
interface Pair {
  readonly row: GridRow;
  readonly amount: Figure;
  readonly share: Figure;
  readonly total: Figure;
}

const isShare = (f: Figure): boolean => f.unit.symbol === '%';

/** A row's `amount | % | amount | % …` cells as pairs; undefined when the row is not of that shape. */
function cellPairs(row: GridRow): [Figure, Figure][] | undefined {
  const cells = row.cells;
  if (cells.length < 2 || cells.length % 2 !== 0) return undefined;
  const pairs: [Figure, Figure][] = [];
  for (let i = 0; i < cells.length; i += 2) {
    const amount = cells[i];
    const share = cells[i + 1];
    if (!amount || !share || isShare(amount) || !isShare(share)) return undefined;
    pairs.push([amount, share]);
  }
  return pairs;
}

/** The share a pair's amount makes of its column's total, in per cent. */
function computed(p: Pair) {
  const ratio = divideIntervals(p.amount.range, p.total.range);
  return ratio && scaleInterval(ratio, HUNDRED);
}

/**
 * A table's share columns against the amounts beside them, read from the grid: when each amount
 * column is followed by a % column whose total row prints 100% (EU Taxonomy KPIs as `SEK m | %` for
 * turnover, CapEx and OpEx; a breakdown's `t | %`), every share is its amount over the column's total.
 * When at least three shares are, one that is not is an error. Needs no metric.
 */
export const shareTableColumnRule: Rule = {
  id: 'share.table-column',
  title: "A table's share column is its amount column over the column's total",
  fallback: true,
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const block of gridBlocks(gridRows(ctx.facts.figures, () => true))) {
      const judged = pairsOf(block);
      if (!judged) continue;
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

/** The block's pairs against its one total row, whose shares are all 100%; undefined when it has none. */
function pairsOf(block: readonly GridRow[]): Pair[] | undefined {
  const rows = block.map((row) => ({ row, pairs: cellPairs(row) }));
  if (rows.some((r) => r.pairs === undefined)) return undefined;
  const totals = rows.filter((r) => isTotalLabel(r.row.label));
  const [total] = totals;
  if (totals.length !== 1 || !total?.pairs) return undefined;
  const whole = total.pairs.map(([amount]) => amount);
  if (!total.pairs.every(([, share]) => overlaps(share.range, { lo: HUNDRED, hi: HUNDRED })))
    return undefined;
  return rows
    .filter((r) => r !== total)
    .flatMap((r) =>
      (r.pairs ?? []).flatMap(([amount, share], i) => {
        const t = whole[i];
        return t && !t.value.isZero() ? [{ row: r.row, amount, share, total: t }] : [];
      }),
    );
}

function finding(p: Pair): CheckFinding {
  const share = computed(p);
  const places = placesOf(p.share);
  const expected = share ? midpoint(share) : dec(0);
  const amount = showNumber(p.amount.value, placesOf(p.amount));
  const total = showNumber(p.total.value, placesOf(p.total));
  return makeFinding(shareTableColumnRule.id, {
    severity: severityFor('error', [p.share, p.amount, p.total]),
    message:
      `"${p.row.label.trim()}" (line ${p.row.line}) prints ${showFigure(p.share)} beside ${amount}, but ` +
      `${amount} of the column's total ${total} (${whereOf(p.total)}) ` +
      `is ${share ? showRange(share, places) : '?'}%; the table's other shares are their amounts over that total.`,
    figures: [p.share, p.amount, p.total],
    expected: decimalString(expected, places),
    actual: decimalString(p.share.value, places),
  });
}
