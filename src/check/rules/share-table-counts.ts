import { showFigure, type CheckFinding } from '../finding/index.js';
import type { Rule } from './rule.js';
import { misfitFinding, isShare, partSharePairs, shareMisfits, type SharePair } from './share-pairs.js';
import { gridBlocks, gridRows, type GridRow } from './table-grid.js';

/**
 * The count–share pairs of a row `Total | No. | % | No. | %` (SEBI's BRSR prints its employee,
 * training and board tables so: `Total (A) | No. (B) | % (B/A) | No. (C) | % (C/A)`): every share is
 * its count over the row's first cell. Undefined when the row is not of that shape or mixes years.
 */
function pairsOf(row: GridRow): SharePair[] | undefined {
  const [whole, ...rest] = row.cells;
  if (!whole || isShare(whole)) return undefined;
  if (row.cells.some((c) => c.fact.period.year !== whole.fact.period.year)) return undefined;
  return partSharePairs(rest)?.map(([part, share]) => ({ row, part, share, whole }));
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
      const judged = (pairs as SharePair[][]).flat().filter((p) => !p.whole.value.isZero());
      out.push(...shareMisfits(judged).map(finding));
    }
    return out;
  },
};

function finding(p: SharePair): CheckFinding {
  return misfitFinding(
    shareTableCountsRule.id,
    p,
    (w) =>
      `"${p.row.label.trim()}" (line ${p.row.line}) prints ${showFigure(p.share)} beside ${w.part}, but ` +
      `${w.part} of the row's ${w.whole} is ${w.computed}%; the table's other ` +
      `shares are their counts over the row's first figure.`,
  );
}
