import type { Unit } from '../../core/index.js';
import { dimsKey } from '../fact-index/index.js';
import {
  makeFinding,
  decimalString,
  placesOf,
  showFigure,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import { overlaps, type Figure } from '../precision/index.js';
import { rangeIn } from './convert-figure.js';
import type { Rule } from './rule.js';
import { tableCellsByLine, MAX_ROW_CELLS } from './table-grid.js';

/**
 * A table row printing one quantity in two units of one dimension ("Harbour plant | 3,120.0 thousand
 * imperial gallons | 14,184 m³", "Grid power | 93,240 MWh | 335,664 GJ"): the two are one figure
 * converted, so they agree within the printed precision of both. Only the two cells of one metric,
 * year, basis and dims printed in units a factor parts are paired; cells in one unit are different
 * columns.
 */
export const rowConversionRule: Rule = {
  id: 'conversion.row',
  title: 'A row printing one figure in two units converts',
  fallback: true,
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const cells of tableCellsByLine(ctx.facts.figures).values()) {
      if (cells.length < 2 || cells.length > MAX_ROW_CELLS) continue;
      const finding = firstMismatch(cells);
      if (finding) out.push(finding);
    }
    return out;
  },
};

function firstMismatch(cells: readonly Figure[]): CheckFinding | undefined {
  for (const pair of pairsOfOneQuantity(cells)) {
    const [a, b] = pair;
    const rb = rangeIn(b, a.unit);
    const ra = rangeIn(a, b.unit);
    if (!rb || !ra || overlaps(a.range, rb)) continue;
    const converted = decimalString(ra.lo.plus(ra.hi).div(2), placesOf(b) + 1);
    return makeFinding(rowConversionRule.id, {
      severity: 'warning',
      message:
        `${a.fact.label ?? a.fact.metric} is printed on one row (${whereOf(a)}) as ${showFigure(a)}, ` +
        `${converted} ${b.unit.symbol} converted, and as ${showFigure(b)} (${showRange(rb, placesOf(b))} ` +
        `${a.unit.symbol} the other way): one of them was converted with another factor, or mistyped.`,
      figures: [a, b],
      expected: converted,
      actual: decimalString(b.value, placesOf(b)),
    });
  }
  return undefined;
}

/**
 * The cells of a row grouped by metric, year, basis and dims, kept where a group is exactly two cells
 * printed in two units of one measured dimension that differ by a factor: one figure and its
 * conversion. A third cell of the quantity (a fuel in GJ, its heat in TJ, its power in MWh on one
 * installation's row) says the row holds several quantities read as one metric; counts are never
 * converted ("Total (A) | Male (B)" headings read as units are columns, not conversions).
 */
function pairsOfOneQuantity(cells: readonly Figure[]): (readonly [Figure, Figure])[] {
  const groups = new Map<string, Figure[]>();
  for (const c of cells) {
    const f = c.fact;
    if (f.metric === 'unclassified') continue;
    const key = `${f.metric}|${f.period.year}|${f.basis}|${dimsKey(f.dims)}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: (readonly [Figure, Figure])[] = [];
  for (const group of groups.values()) {
    const [a, b] = group;
    if (group.length === 2 && a && b && convertedPair(a, b)) out.push([a, b]);
  }
  return out;
}

/** Two printed units of one measured dimension (not a count, not a ratio) that a factor parts. */
function convertedPair(a: Figure, b: Figure): boolean {
  const pa = a.printedUnit;
  const pb = b.printedUnit;
  return (
    pa.dimension === pb.dimension &&
    a.unit.dimension === b.unit.dimension &&
    pa.dimension !== 'count' &&
    !pa.dimension.includes('/') &&
    !pa.toBase.eq(pb.toBase) &&
    isCoalEquivalent(pa) === isCoalEquivalent(pb)
  );
}

/**
 * Standard coal ("tce", "10,000 tce", "kgce"): a fuel's or electricity's coal equivalent is taken with
 * the coefficient the report chooses (GB/T 2589: electricity at 0.1229 kgce/kWh by its heat, about 0.3
 * by the coal burnt to make it; each fuel by its own heat value), so it converts the row's amount by
 * no fixed factor and is never a unit conversion of it.
 */
function isCoalEquivalent(unit: Unit): boolean {
  const grams = unit.toBase.div(GRAM_OF_COAL);
  return unit.dimension === 'energy' && grams.isInteger() && /^10*$/.test(grams.toFixed());
}
// A gram of standard coal, 29.3076 kJ (GB/T 2589-2020), in joules: every coal-equivalent unit is a power of ten of it.
const GRAM_OF_COAL = '29307.6';
