import { dec } from '../../core/index.js';
import {
  makeFinding,
  severityFor,
  decimalString,
  placesOf,
  showFigure,
  showNumber,
  nameOf,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import { seriesOf } from '../fact-index/index.js';
import {
  addIntervals,
  gapBetween,
  midpoint,
  overlaps,
  type Figure,
  type Interval,
} from '../precision/index.js';
import { distinctParts, rangeIn, rangesIn } from './convert-figure.js';
import { isAdditive } from './metric-kind.js';
import { ownTableTotals } from './breakdown-own-total.js';
import { rowsAboveMakeTotal, tableRowsFill } from './breakdown-table-rows.js';
import { totalReprintsPart, withoutReprintedParts } from './breakdown-reprints.js';
import { gross } from './sum-parts.js';
import { isSubItemLabel } from './table-grid.js';
import type { Rule, RuleContext } from './rule.js';

/**
 * Dim keys whose values are alternatives or qualifiers, not parts of a whole: Scope 2 is reported
 * location- and market-based side by side (GHG Protocol Scope 2 Guidance, 2015), and a denominator or
 * a stated scope only says what a figure is measured against. EU Taxonomy statuses nest (aligned
 * turnover is part of eligible turnover, Delegated Regulation (EU) 2021/2178 Art. 1(2), (5)).
 */
const NOT_A_PARTITION = new Set([
  'scope2_method',
  'taxonomy',
  'denominator',
  'scope',
  'of',
  'direction',
  'since',
  'method',
  'basis',
]);

/**
 * Breakdowns of a flow where a part may exceed the year's total for a reason: waste treated in the
 * year can include stock generated earlier.
 */
const MAY_INCLUDE_STOCK = new Set(['treatment']);

/**
 * Breakdowns that cover the whole by their nature (two values, both printed), so a shortfall cannot be
 * an unlisted category. Longer lists (age bands, regions) only warn on a shortfall: a row lost in
 * extraction looks the same as a category the report left out.
 */
const COMPLETE_BY = new Set(['gender', 'employment_type']);
const CATCH_ALL = /\b(?:other|others|rest|remaining|else)\b/i;

/** Totals against the sum of their breakdown (gender, age, region, category, site, fuel …). */
export const sumBreakdownRule: Rule = {
  id: 'sum.breakdown',
  title: 'A total equals the sum of its breakdown by gender, age, region, category or site',
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const metric of ctx.facts.metrics()) {
      for (const total of ctx.facts.representatives(metric)) {
        if (!isAdditive(ctx.kindOf(total))) continue;
        for (const { by, parts } of ctx.facts.breakdownsOf(seriesOf(total.fact), total.fact.dims)) {
          if (NOT_A_PARTITION.has(by)) continue;
          for (const axis of axesOf(by, distinctParts(parts, by))) {
            const finding = checkBreakdown(ctx, total, by, axis);
            if (finding) out.push(finding);
          }
        }
      }
      // A whole printed with values that disagree is checked through its breakdown's own total row.
      for (const { total, breakdown } of ownTableTotals(ctx, metric)) {
        if (!isAdditive(ctx.kindOf(total)) || NOT_A_PARTITION.has(breakdown.by)) continue;
        const finding = checkBreakdown(
          ctx,
          total,
          breakdown.by,
          distinctParts(breakdown.parts, breakdown.by),
        );
        // Another printing of the whole disagrees: which one slipped is not known, so only a warning.
        if (finding) out.push({ ...finding, severity: 'warning' });
      }
    }
    return out;
  },
};

function checkBreakdown(
  ctx: RuleContext,
  total: Figure,
  by: string,
  printed: readonly Figure[],
): CheckFinding | undefined {
  // A part printed again under other words (a key-figures line) is one part, and a "total" that is a
  // part printed again is no whole of the others.
  const parts = withoutReprintedParts(ctx.facts.figures, total, printed);
  if (totalReprintsPart(ctx.facts.figures, total, parts)) return undefined;
  if (parts.some((p) => unnamedAcrossSentences(total, p))) return undefined;
  const ranges = rangesIn(parts, total.unit);
  const totalRange = rangeIn(total, total.unit);
  if (!ranges || !totalRange || parts.length === 0) return undefined;
  const sum = addIntervals(ranges);
  if (overlaps(sum, totalRange)) return undefined;
  const exceeds = sum.lo.gt(totalRange.hi);
  // One listed part proves nothing about the rest; a shortfall can be an unlisted category. Parts that
  // are all nil (BRSR's "To surface water | Nil" rows) say only where the water did not go: the volume
  // sits in a row not read as a part (a destination's "- With treatment" sub-row), not in a slip.
  if (!exceeds && (parts.length < 2 || parts.every((p) => p.value.isZero()))) return undefined;
  if (!exceeds && (parts.every(isOfWhichRow) || strayRowsFill(ctx, total, by, parts, sum))) return undefined;
  if (!exceeds && tableRowsFill(ctx, total, parts, sum)) return undefined;
  if (!exceeds && selectedRows(by, parts, sum, totalRange)) return undefined;
  if (exceeds && narrowerSentence(total, parts, sum, totalRange)) return undefined;
  // Parts far above a table's total, printed below it while the rows above it make it up, are rows of
  // another quantity after the total ("Produced water" under "Total fresh water withdrawn").
  if (exceeds && gross(sum, totalRange) && rowsAboveMakeTotal(ctx, total, parts)) return undefined;
  const complete = COMPLETE_BY.has(by) && parts.length >= 2;
  // Two partitions under one key (permanent/temporary and full-/part-time, both "employment type")
  // each add up to the total: nothing is wrong.
  if (exceeds && twoPartitions(parts, total, totalRange)) return undefined;
  const figures = [total, ...parts];
  const places = placesOf(total);
  const sumPoint = parts.reduce((acc, p) => acc.plus(midpoint(rangeIn(p, total.unit) ?? p.range)), dec(0));
  const gap = showNumber(gapBetween(sum, totalRange), places);
  const [only] = parts;
  const message =
    (parts.length === 1 && only
      ? `${nameOf(only)} ${showFigure(only)} (${whereOf(only)}) is more than the total ${showFigure(total)} ` +
        `(${whereOf(total)}) it is part of, by ${gap} beyond rounding.`
      : `The breakdown by ${by.replace(/_/g, ' ')} adds up to ${showNumber(sumPoint, places)} ${total.unit.symbol} ` +
        `(${parts.map((p) => showFigure(p)).join(' + ')}), ${exceeds ? 'more' : 'less'} than the total ` +
        `${showFigure(total)} (${whereOf(total)}), off by ${gap} beyond rounding.`) +
    (exceeds || complete || parts.some((p) => CATCH_ALL.test(p.fact.dims[by] ?? ''))
      ? ''
      : ' The breakdown may leave out a category.') +
    (MAY_INCLUDE_STOCK.has(by) ? ' Unless stock from earlier years was treated, both cannot be right.' : '');
  return makeFinding(sumBreakdownRule.id, {
    severity:
      (exceeds || complete) && parts.length >= 2 && !MAY_INCLUDE_STOCK.has(by) && !gross(sum, totalRange)
        ? severityFor('error', figures)
        : 'warning',
    message,
    figures,
    expected: decimalString(sumPoint, places),
    actual: decimalString(total.value, placesOf(total)),
  });
}

/**
 * Breakdowns whose rows often single out some groups rather than part the whole: a headcount table's
 * "Managers" and "Apprentices" rows sit among rows by site and contract, and are no list of all staff.
 */
const SINGLED_OUT_BY = new Set(['employee_category']);

/**
 * True when table rows of such a breakdown make up less than half of the whole: some groups singled
 * out, not a partition that lost a row (a lost row leaves a smaller gap).
 */
function selectedRows(by: string, parts: readonly Figure[], sum: Interval, totalRange: Interval): boolean {
  const fromTable = parts.every((f) => {
    const q = f.fact.provenance;
    return q.kind === 'document' && q.extraction === 'table';
  });
  return fromTable && SINGLED_OUT_BY.has(by) && gross(sum, totalRange);
}

// Working time (full-time, part-time) parts the staff apart from their contract (permanent, temporary).
const WORKING_TIME = /^(?:full|part)-time$/;

/**
 * The partitions an employment-type breakdown holds: by contract and by working time, each a whole of
 * its own, so "Permanent | Temporary | Part-time" rows are two breakdowns, not three parts of one.
 */
function axesOf(by: string, parts: readonly Figure[]): (readonly Figure[])[] {
  if (by !== 'employment_type') return [parts];
  const hours = parts.filter((p) => WORKING_TIME.test(p.fact.dims[by] ?? ''));
  const contract = parts.filter((p) => !WORKING_TIME.test(p.fact.dims[by] ?? ''));
  return hours.length === 0 || contract.length === 0 ? [parts] : [contract, hours];
}

/** "Thereof renewable", "of which solar": rows that single out some of the whole, not a partition of it. */
function isOfWhichRow(f: Figure): boolean {
  const label = f.fact.label ?? '';
  return isSubItemLabel(label) || /^\s*(?:thereof|davon)\b/i.test(label);
}

/** How many times a table's one part may exceed a sentence's whole before the sentence is about less. */
const NARROWER_FACTOR = 5;

/**
 * "A school programme collected 1,284 tonnes of glass" against a table's 24,986 t recovered: a
 * sentence's figure far below the one table row read as its part measures something narrower (a
 * programme, a site) that the sentence's words did not tell apart. A slip of scale in a sentence is
 * duplicate.scale's to find.
 */
function narrowerSentence(
  total: Figure,
  parts: readonly Figure[],
  sum: Interval,
  totalRange: Interval,
): boolean {
  const p = total.fact.provenance;
  const fromSentence = p.kind === 'document' && p.extraction === 'text';
  const fromTable = parts.every((f) => {
    const q = f.fact.provenance;
    return q.kind === 'document' && q.extraction === 'table';
  });
  return fromSentence && fromTable && parts.length === 1 && sum.lo.gt(totalRange.hi.times(NARROWER_FACTOR));
}

const UNCLASSIFIED = 'unclassified';

/**
 * True when a figure of no metric and a part of it were read from two sentences: with no metric, only
 * the words say what each counts, and a count of female managers in one sentence is no part of the
 * female directors of another ("女性管理人员214人" against "女性董事2名"). In one sentence or one table
 * the figures share a subject.
 */
function unnamedAcrossSentences(total: Figure, part: Figure): boolean {
  const a = total.fact.provenance;
  const b = part.fact.provenance;
  return (
    total.fact.metric === UNCLASSIFIED &&
    a.kind === 'document' &&
    b.kind === 'document' &&
    a.extraction === 'text' &&
    b.extraction === 'text' &&
    a.quote !== b.quote
  );
}

/** True when some of the parts add up to the total and the others do too. */
function twoPartitions(parts: readonly Figure[], total: Figure, totalRange: Interval): boolean {
  const ranges = rangesIn(parts, total.unit);
  if (!ranges || ranges.length > 12) return false;
  const n = ranges.length;
  for (let mask = 1; mask < (1 << n) - 1; mask++) {
    const inside = ranges.filter((_, i) => (mask & (1 << i)) !== 0);
    const outside = ranges.filter((_, i) => (mask & (1 << i)) === 0);
    if (overlaps(addIntervals(inside), totalRange) && overlaps(addIntervals(outside), totalRange))
      return true;
  }
  return false;
}

function lineOf(f: Figure): number | undefined {
  const p = f.fact.provenance;
  return p.kind === 'document' ? p.location.line : undefined;
}

/** The most stray rows whose every combination is tried against a shortfall. */
const MAX_STRAYS = 8;

/**
 * True when rows printed among the parts that carry the breakdown's dim but were read as another
 * metric ("Category 4 – upstream transportation" left unclassified among Scope 3 categories) make the
 * shortfall up: the report adds up, only a row's reading is in doubt. Some of them may do it alone: ESRS
 * E1-5 prints purchased electricity from fossil and from renewable sources, and the nuclear row between
 * them (nuclear energy is bought as electricity) is the rest of it, while a hydro row beside it is not.
 */
function strayRowsFill(
  ctx: RuleContext,
  total: Figure,
  by: string,
  parts: readonly Figure[],
  sum: Interval,
): boolean {
  const lines = [total, ...parts].map(lineOf);
  if (lines.some((l) => l === undefined)) return false;
  const first = Math.min(...lines.map((l) => l ?? 0));
  const last = Math.max(...lines.map((l) => l ?? 0));
  const taken = new Set(parts.map((p) => p.fact.dims[by]));
  const strays: Interval[] = [];
  for (const f of ctx.facts.figures) {
    const line = lineOf(f);
    const value = f.fact.dims[by];
    if (line === undefined || line <= first || line >= last || value === undefined || taken.has(value))
      continue;
    if (f.fact.metric === total.fact.metric || f.fact.period.year !== total.fact.period.year) continue;
    const range = rangeIn(f, total.unit);
    if (!range) continue;
    taken.add(value);
    strays.push(range);
  }
  const whole = rangeIn(total, total.unit) ?? total.range;
  const tried = strays.slice(0, MAX_STRAYS);
  for (let mask = 1; mask < 1 << tried.length; mask++) {
    const some = tried.filter((_, i) => (mask & (1 << i)) !== 0);
    if (overlaps(addIntervals([sum, ...some]), whole)) return true;
  }
  return false;
}
