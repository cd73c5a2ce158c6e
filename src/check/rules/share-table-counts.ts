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
import { midpoint } from '../precision/index.js';
import type { Rule } from './rule.js';
import { computedShare, isShare, partSharePairs, shareMisfits, type SharePair } from './share-pairs.js';
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
  const share = computedShare(p);
  const places = placesOf(p.share);
  const expected = share ? midpoint(share) : dec(0);
  const count = showNumber(p.part.value, placesOf(p.part));
  const whole = showNumber(p.whole.value, placesOf(p.whole));
  return makeFinding(shareTableCountsRule.id, {
    severity: severityFor('error', [p.share, p.part, p.whole]),
    message:
      `"${p.row.label.trim()}" (line ${p.row.line}) prints ${showFigure(p.share)} beside ${count}, but ` +
      `${count} of the row's ${whole} is ${share ? showRange(share, places) : '?'}%; the table's other ` +
      `shares are their counts over the row's first figure.`,
    figures: [p.share, p.part, p.whole],
    expected: decimalString(expected, places),
    actual: decimalString(p.share.value, places),
  });
}
