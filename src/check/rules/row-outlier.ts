import { dec, type Decimal } from '../../core/index.js';
import {
  decimalString,
  makeFinding,
  placesOf,
  showFigure,
  showNumber,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import { midpoint, type Figure } from '../precision/index.js';
import type { Rule } from './rule.js';
import { gridBlocks, gridRows, type GridRow } from './table-grid.js';

// A row this far from its own prior year while its table's other rows hold steady is a slip of a digit
// or a unit (a decimal point moved: 31.86 t for 3.186 t), though short of the tenfold trend.jump wants.
const JUMP = dec(5);
// The other rows hold steady when each moves by less than this factor either way.
const STEADY = dec(1.5);
// At least this many steady rows make a table whose figures move together.
const MIN_STEADY = 3;
// Physical quantities only: counts (incidents, fines) jump for real.
const DIMENSIONS = new Set(['mass', 'energy', 'volume', 'ghg']);

/**
 * A table of physical amounts printed for two years (`Indicator | Unit | 2025 | 2024`: pollutants,
 * waste streams) whose rows each move by less than half again, but for one row that moves more than
 * fivefold: that row is a warning. A fallback: a finding another rule makes about it comes first.
 */
export const rowOutlierRule: Rule = {
  id: 'trend.table-outlier',
  title: 'A table row does not jump fivefold while the rows around it hold steady',
  fallback: true,
  run(ctx) {
    const rows = gridRows(
      ctx.facts.figures,
      (f) => DIMENSIONS.has(f.unit.dimension) && f.qualifier === 'exact' && f.fact.basis === 'actual',
    );
    return gridBlocks(rows).flatMap(outliersOf);
  },
};

interface Move {
  readonly row: GridRow;
  readonly before: Figure;
  readonly now: Figure;
  /** How many times the earlier year the later one is. */
  readonly factor: Decimal;
}

function outliersOf(block: readonly GridRow[]): CheckFinding[] {
  const moves = block.map(moveOf);
  if (moves.some((m) => m === undefined)) return [];
  const known = moves.filter((m) => m !== undefined);
  const jumps = known.filter((m) => m.factor.gt(JUMP) || m.factor.lt(dec(1).div(JUMP)));
  const steady = known.filter((m) => m.factor.lt(STEADY) && m.factor.gt(dec(1).div(STEADY)));
  if (jumps.length !== 1 || steady.length < MIN_STEADY || steady.length < known.length - 1) return [];
  return jumps.map((m) => finding(m, steady.length));
}

/** A row of one figure in each of two years, as the later year over the earlier; else undefined. */
function moveOf(row: GridRow): Move | undefined {
  if (row.cells.length !== 2) return undefined;
  const [a, b] = [...row.cells].sort((x, y) => x.fact.period.year - y.fact.period.year);
  if (!a || !b || a.fact.period.year === b.fact.period.year) return undefined;
  if (a.unit.symbol !== b.unit.symbol || a.range.lo.lte(0) || b.range.lo.lte(0)) return undefined;
  return { row, before: a, now: b, factor: midpoint(b.range).div(midpoint(a.range)) };
}

function finding(m: Move, steady: number): CheckFinding {
  const { before, now, factor } = m;
  const moved = factor.gt(1) ? `${showNumber(factor, 1)}×` : `${showNumber(factor.times(100), 1)}% of`;
  return makeFinding(rowOutlierRule.id, {
    severity: 'warning',
    message:
      `"${m.row.label}" is ${showFigure(now)} in ${now.fact.period.year} (${whereOf(now)}), ${moved} ` +
      `${showFigure(before)} in ${before.fact.period.year}, while the ${steady} other rows of its table ` +
      `moved by less than half again; a slip of a digit or a unit? Check the figure, or say why it moved.`,
    figures: [now, before],
    expected: decimalString(before.value, placesOf(before)),
    actual: decimalString(now.value, placesOf(now)),
  });
}
