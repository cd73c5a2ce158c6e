import { showFigure, whereOf, type CheckFinding } from '../finding/index.js';
import { overlaps, type Figure } from '../precision/index.js';
import type { Rule } from './rule.js';
import {
  misfitFinding,
  HUNDRED,
  isMisfit,
  partSharePairs,
  shareMisfits,
  type SharePair,
} from './share-pairs.js';
import { gridBlocks, gridRows, isTotalLabel, rangeSum, valueSum, type GridRow } from './table-grid.js';

/**
 * A table's share columns against the amounts beside them, read from the grid: when each amount
 * column is followed by a % column whose total row prints 100% (EU Taxonomy KPIs as `SEK m | %` for
 * turnover, CapEx and OpEx; a breakdown's `t | %`), every share is its amount over the column's total.
 * When at least three shares are, one that is not is an error. Needs no metric. A breakdown too short for
 * three (two genders, two contract types) is judged when its amounts add up to the total and its printed
 * shares do not add up to 100%: then the one share that is not its amount over the total is the misprint.
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
      const misfits = shareMisfits(judged);
      out.push(...(misfits.length > 0 ? misfits : addingUpMisfits(judged)).map(finding));
    }
    return out;
  },
};

/** The block's pairs against its one total row, whose shares are all 100%; undefined when it has none. */
function pairsOf(block: readonly GridRow[]): SharePair[] | undefined {
  const rows = block.map((row) => ({ row, pairs: partSharePairs(row.cells) }));
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
      (r.pairs ?? []).flatMap(([part, share], i) => {
        const columnTotal = whole[i];
        return columnTotal && !columnTotal.value.isZero()
          ? [{ row: r.row, part, share, whole: columnTotal }]
          : [];
      }),
    );
}

/** Per column, the one misfit of a breakdown whose amounts add up to the total but whose shares miss 100%. */
function addingUpMisfits(judged: readonly SharePair[]): SharePair[] {
  const columns = new Map<Figure, SharePair[]>();
  for (const p of judged) columns.set(p.whole, [...(columns.get(p.whole) ?? []), p]);
  return [...columns.entries()].flatMap(([whole, pairs]) => {
    const misses = pairs.filter(isMisfit);
    if (pairs.length < 2 || misses.length !== 1) return [];
    const [first] = pairs;
    const shares =
      first &&
      rangeSum(
        pairs.map((p) => p.share),
        first.share.unit,
      );
    const addsUp = valueSum(
      pairs.map((p) => p.part),
      whole.unit,
    ).equals(whole.value);
    return addsUp && shares && !overlaps(shares, { lo: HUNDRED, hi: HUNDRED }) ? misses : [];
  });
}

function finding(p: SharePair): CheckFinding {
  return misfitFinding(
    shareTableColumnRule.id,
    p,
    (w) =>
      `"${p.row.label.trim()}" (line ${p.row.line}) prints ${showFigure(p.share)} beside ${w.part}, but ` +
      `${w.part} of the column's total ${w.whole} (${whereOf(p.whole)}) ` +
      `is ${w.computed}%; the table's other shares are their amounts over that total.`,
  );
}
