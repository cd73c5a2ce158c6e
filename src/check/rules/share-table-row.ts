import { showFigure, type CheckFinding } from '../finding/index.js';
import { overlaps } from '../precision/index.js';
import type { Rule } from './rule.js';
import {
  computedShare,
  misfitFinding,
  isShare,
  partSharePairs,
  shareMisfits,
  type SharePair,
} from './share-pairs.js';
import { gridBlocks, gridRows, type GridRow } from './table-grid.js';

/** Two columns of a row, by position: the share's part and its whole. */
interface Columns {
  readonly part: number;
  readonly whole: number;
}

/**
 * A table's share column against two other columns of its rows, read from the grid: a `Male | Female |
 * Total | Female %` table prints each row's share as one of its cells over another (a group over the
 * row's total). When one pair of columns gives the share in at least three rows and another pair in
 * fewer, a row whose share that pair does not give is an error. Needs no metric nor header, so it holds
 * for rows named by a site, and for a row whose wrapped label left its counts unnamed.
 */
export const shareTableRowRule: Rule = {
  id: 'share.table-row',
  title: "A table's share column is one of its columns over another in each row",
  fallback: true,
  run(ctx) {
    const out: CheckFinding[] = [];
    const rows = gridRows(ctx.facts.figures, () => true)
      .filter(oneYear)
      .map(byShape);
    for (const block of gridBlocks(rows)) {
      // `Total | No. | % | No. | %` rows are share.table-counts' to judge.
      if (block.every(isCountsRow)) continue;
      const [first] = block;
      const chosen = (first?.cells ?? []).flatMap((cell, at) => (isShare(cell) ? bestPairs(block, at) : []));
      for (const column of chosen) {
        const misfits = shareMisfits(column.pairs);
        out.push(...misfits.map((p) => finding(p)));
        if (misfits.length === 0 && confirmedWhole(column, chosen))
          out.push(...fewFitMisfits(column).map((p) => finding(p, 'warning')));
      }
    }
    return out;
  },
};

/** A share column's pairs against the two columns that give the most of its shares, and how many fit. */
interface ChosenPairs {
  readonly columns: Columns;
  readonly pairs: readonly SharePair[];
  readonly fits: number;
}

/**
 * True when another share column of the block divides by the same whole column in three or more rows
 * and misses in none ("Sum | Covered | Covered % | Met | Met %", each share over the sum):
 * the table's whole is then known, and a share column with fewer rows may be judged against it.
 */
function confirmedWhole(column: ChosenPairs, chosen: readonly ChosenPairs[]): boolean {
  return chosen.some(
    (other) =>
      other !== column &&
      other.columns.whole === column.columns.whole &&
      other.fits >= FEW_FITTING + 1 &&
      other.fits === other.pairs.length,
  );
}

/** Rows that fit a share column beside its confirmed whole before its one miss is worth a warning. */
const FEW_FITTING = 2;

/** The one miss of a column whose other rows, at least FEW_FITTING, all fit; none otherwise. */
function fewFitMisfits(column: ChosenPairs): SharePair[] {
  const misses = column.pairs.filter((p) => !fits(p));
  return misses.length === 1 && column.fits >= FEW_FITTING ? misses : [];
}

function fits(p: SharePair): boolean {
  const share = computedShare(p);
  return share !== undefined && overlaps(share, p.share.range);
}

/** A row whose cells are all of one year and basis: a row comparing years prints no share of itself. */
const oneYear = (row: GridRow): boolean =>
  new Set(row.cells.map((c) => `${c.fact.period.year}/${c.fact.basis}`)).size === 1;

/** Rows keyed by where their shares stand, whatever their units and years: a table's rows share it. */
const byShape = (row: GridRow): GridRow => ({
  ...row,
  signature: row.cells.map((c) => (isShare(c) ? '%' : '#')).join(''),
});

function isCountsRow(row: GridRow): boolean {
  const [whole, ...rest] = row.cells;
  return whole !== undefined && !isShare(whole) && partSharePairs(rest) !== undefined;
}

/**
 * The block's shares in column `at` against the pair of other columns that gives the most of them;
 * none when two pairs give as many (the table does not say which it divides).
 */
function bestPairs(block: readonly GridRow[], at: number): ChosenPairs[] {
  const scored = candidates(block, at).map((columns) => {
    const pairs = block.flatMap((row) => pairOf(row, at, columns));
    return { columns, pairs, fits: pairs.filter(fits).length };
  });
  scored.sort((a, b) => b.fits - a.fits);
  const [best, next] = scored;
  return best && best.fits > (next?.fits ?? 0) ? [best] : [];
}

/** Every ordered pair of amount columns other than the share's. */
function candidates(block: readonly GridRow[], at: number): Columns[] {
  const width = block[0]?.cells.length ?? 0;
  const out: Columns[] = [];
  for (let part = 0; part < width; part++) {
    for (let whole = 0; whole < width; whole++) {
      if (part !== whole && part !== at && whole !== at) out.push({ part, whole });
    }
  }
  return out;
}

/** The row's share with its part and whole cells, when both are amounts in one unit and the whole is not zero. */
function pairOf(row: GridRow, at: number, columns: Columns): SharePair[] {
  const share = row.cells[at];
  const part = row.cells[columns.part];
  const whole = row.cells[columns.whole];
  if (!share || !part || !whole || isShare(part) || isShare(whole)) return [];
  if (part.unit.symbol !== whole.unit.symbol || whole.value.isZero()) return [];
  return [{ row, part, share, whole }];
}

function finding(p: SharePair, wanted: 'error' | 'warning' = 'error'): CheckFinding {
  return misfitFinding(
    shareTableRowRule.id,
    p,
    (w) =>
      `"${p.row.label.trim()}" (line ${p.row.line}) prints ${showFigure(p.share)}, but ${w.part} of the ` +
      `row's ${w.whole} is ${w.computed}%; the table's other rows print ` +
      `that share of the same two columns.`,
    wanted,
  );
}
