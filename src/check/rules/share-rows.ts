import { dec, type Dims } from '../../core/index.js';
import { dimsKey, isTotalLabel, seriesOf, type FactIndex, type SeriesKey } from '../fact-index/index.js';
import { divideIntervals, overlaps, scaleInterval, type Figure } from '../precision/index.js';
import { baseRange, rangeIn } from './convert-figure.js';

/**
 * The rows a share is computed from, read across a table's years: a share's whole printed twice with
 * values that disagree (a grid row and the total row both read as electricity), and whether one
 * source's row is the whole of what the share counts.
 */

// Rows of one table sit within this many lines of their total.
const TABLE_ROWS = 12;

function lineOf(f: Figure): number | undefined {
  const p = f.fact.provenance;
  return p.kind === 'document' ? p.location.line : undefined;
}

function fromTable(f: Figure): boolean {
  const p = f.fact.provenance;
  return p.kind !== 'document' || p.extraction === 'table';
}

/**
 * The whole a share is over when the series prints its metric with values that disagree: the one table
 * row labelled as a total ("Total electricity consumption" under "Grid electricity", both read as
 * electricity), as a share is of the total, when every other printing is a row above it. Undefined
 * otherwise.
 */
export function totalRowOf(
  facts: FactIndex,
  series: SeriesKey,
  metric: string,
  dims: Dims,
): Figure | undefined {
  const printings = facts.find({ ...series, metric }, dims);
  const totals = printings.filter(
    (f) => fromTable(f) && f.qualifier === 'exact' && isTotalLabel(f.fact.label ?? ''),
  );
  const [total] = totals;
  const at = total && lineOf(total);
  if (totals.length !== 1 || at === undefined) return undefined;
  // The other printings are its table's rows above it (an average headcount below it is no part).
  const above = (f: Figure): boolean => {
    const line = lineOf(f);
    return f === total || (fromTable(f) && line !== undefined && line < at && line >= at - TABLE_ROWS);
  };
  return printings.every(above) ? total : undefined;
}

/**
 * Whether the share's row computes, in every other year the table prints, from the same rows as this
 * year's numerator and denominator (one source's row, "Solar electricity", over "Total electricity"):
 * then that row is the whole of what the share counts, not one source among several printed elsewhere,
 * and a share above it in one year is an error, not other sources left out.
 */
export function sameRowsComputeOtherYears(facts: FactIndex, share: Figure, rows: readonly Figure[]): boolean {
  const row = lineOf(share);
  const [numerator, denominator, ...rest] = rows;
  if (row === undefined || !numerator || !denominator || rest.length > 0) return false;
  const year = share.fact.period.year;
  const key = dimsKey(share.fact.dims);
  const others = facts
    .metric(share.fact.metric)
    .filter(
      (f) =>
        f.fact.period.year !== year &&
        lineOf(f) === row &&
        f.fact.basis === share.fact.basis &&
        f.fact.entity === share.fact.entity &&
        dimsKey(f.fact.dims) === key,
    );
  if (others.length === 0) return false;
  return others.every((other) => {
    const n = onLine(facts, numerator, other);
    const d = onLine(facts, denominator, other);
    const whole = n && d ? rangeIn(d, n.unit) : undefined;
    const ratio = n && whole ? divideIntervals(n.range, whole) : undefined;
    return (
      ratio !== undefined &&
      overlaps(scaleInterval(ratio, dec(100)), scaleInterval(baseRange(other), dec(100)))
    );
  });
}

/** The figure printed on the same line as `like` in the year of `other`, else that year's figure of its metric. */
function onLine(facts: FactIndex, like: Figure, other: Figure): Figure | undefined {
  const series = { ...seriesOf(like.fact), year: other.fact.period.year };
  const same = facts.find(series, like.fact.dims).find((f) => lineOf(f) === lineOf(like));
  return same ?? facts.at(series, like.fact.metric, like.fact.dims);
}

/**
 * The printings of a metric's series that disagree, so that the series has no one figure to check
 * (a share printed as 17.4% in its table and as 14.8% in a targets table): each pair of table rows.
 */
export function printingsAtOdds(facts: FactIndex, metric: string): (readonly Figure[])[] {
  const out: (readonly Figure[])[] = [];
  for (const group of facts.groupsOf(metric)) {
    const [f] = group;
    if (!f) continue;
    const series = seriesOf(f.fact);
    // Two table rows, no more: a share printed three or more ways is split by some dim the reader missed.
    const lines = new Set(group.map(lineOf));
    const rows =
      group.length === 2 && lines.size === 2 && group.every((g) => fromTable(g) && g.qualifier === 'exact');
    if (rows && !facts.at(series, metric, f.fact.dims)) out.push(group);
  }
  return out;
}

/**
 * Whether a share is printed in the same row as the counts that reproduce it ("Managers | 31 | 9 | 40 |
 * 22.5 %"): the table computed it from its own figures, so another printing of the share that those
 * figures do not give is the slip.
 */
export function computedInItsRow(share: Figure, rows: readonly Figure[]): boolean {
  const row = lineOf(share);
  return row !== undefined && fromTable(share) && rows.length >= 2 && rows.every((r) => lineOf(r) === row);
}

/**
 * Whether a table row prints the share alone in its year (a key-figures row, one share a year): a row
 * that prints counts beside it ("Board | 10 | 4 | 40.0") is a group of its own that extraction may have
 * read without its group, and is no slip of another row's share.
 */
export function aloneInItsRow(facts: FactIndex, share: Figure): boolean {
  const year = share.fact.period.year;
  return fromTable(share) && facts.sameQuote(share).every((f) => f === share || f.fact.period.year !== year);
}
