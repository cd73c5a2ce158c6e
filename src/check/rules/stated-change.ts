import {
  dec,
  STATED_CHANGE_DIMS,
  STATED_CHANGE_METRIC,
  type Dims,
  type StatedChangeDims,
} from '../../core/index.js';
import {
  makeFinding,
  decimalString,
  showFigure,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import {
  divideIntervals,
  overlaps,
  scaleInterval,
  subtractInterval,
  type Figure,
  type Interval,
} from '../precision/index.js';
import { dimsKey, withoutKey, type SeriesKey } from '../fact-index/index.js';
import { baseRange, rangeIn } from './convert-figure.js';
import { namedRow, rowPairs } from './stated-change-row.js';
import { UNNAMED_SUBJECT, unnamedSubjectRow } from './stated-change-unnamed.js';
import type { Rule, RuleContext } from './rule.js';
import { tableLineOf } from './table-grid.js';

/** Stated changes (facts following {@link StatedChangeDims}) against the figures they describe. */
export const statedChangeRule: Rule = {
  id: 'change.stated',
  title: 'A stated change ("decreased by 31%") agrees with the figures',
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const statement of ctx.facts.metric(STATED_CHANGE_METRIC)) {
      const finding = check(ctx, statement);
      if (finding) out.push(finding);
    }
    return out;
  },
};

function check(ctx: RuleContext, statement: Figure): CheckFinding | undefined {
  const { of, since } = statement.fact.dims as Partial<StatedChangeDims>;
  if (of === undefined) return undefined;
  const year = statement.fact.period.year;
  if (of === UNNAMED_SUBJECT) {
    // A subject no catalogue metric names: only the row its words and its printed figure name.
    const row = unnamedSubjectRow(ctx, statement, since === undefined ? year - 1 : Number(since));
    return row && judge(ctx, statement, row.now, row.before);
  }
  const series = { entity: statement.fact.entity, metric: of, basis: 'actual' as const, year };
  const dims = seriesDims(ctx, series, figureDims(statement.fact.dims), statement.fact.label ?? '');
  const baseYear = since === undefined ? year - 1 : Number(since);
  const atSeries = ctx.facts.at({ ...series, year }, of, dims);
  const beforeSeries = ctx.facts.at({ ...series, year: baseYear }, of, dims);
  const row =
    ownRow(ctx, statement, of, baseYear) ??
    (atSeries && beforeSeries ? undefined : namedRow(ctx, statement, dims, baseYear));
  const now = row?.now ?? atSeries;
  const before = row?.before ?? beforeSeries;
  if (now && before) return judge(ctx, statement, now, before);
  // Printings that disagree leave no series; when every table row printing the metric for both years
  // contradicts the statement, whichever row it is about, the statement is wrong.
  const verdicts = rowPairs(ctx, statement, dims, baseYear).map((p) =>
    judge(ctx, statement, p.now, p.before),
  );
  return verdicts.every((v) => v !== undefined) ? verdicts[0] : undefined;
}

/** The finding when the change from `before` to `now` is not the stated one; undefined when it is. */
function judge(ctx: RuleContext, statement: Figure, now: Figure, before: Figure): CheckFinding | undefined {
  const { of, direction, magnitude } = statement.fact.dims as Partial<StatedChangeDims>;
  const year = now.fact.period.year;
  const prev = rangeIn(before, now.unit);
  if (!prev) return undefined;
  const relative = divideIntervals(subtractInterval(now.range, prev), prev);
  if (!relative) return undefined;
  const actual = scaleInterval(relative, dec(100));
  // For a percentage, "rose by 5%" may mean five points.
  const points =
    ctx.kindOf(now) === 'ratio'
      ? scaleInterval(subtractInterval(baseRange(now), baseRange(before)), dec(100))
      : undefined;
  const sign = direction === 'decrease' ? -1 : 1;
  const stated = scaleInterval(baseRange(statement), dec(100 * sign));
  const matches = (r: Interval): boolean =>
    magnitude === 'unstated'
      ? sign < 0
        ? r.lo.lt(0)
        : r.hi.gt(0)
      : overlaps(r, stated) || overlaps(r, widen(stated, statement));
  if (matches(actual) || (points && matches(points))) return undefined;
  const said =
    magnitude === 'unstated'
      ? `says it ${direction === 'decrease' ? 'decreased' : 'increased'}`
      : `states a change of ${showRange(stated, 1)}%`;
  return makeFinding(statedChangeRule.id, {
    severity: 'warning',
    message:
      `The report ${said} in ${now.fact.label?.trim() || (of ?? '')} (${whereOf(statement)}), but the figures go from ` +
      `${showFigure(before)} in ${before.fact.period.year} (${whereOf(before)}) to ${showFigure(now)} in ${year} (${whereOf(now)}): ` +
      `${showRange(actual, 1)}%.`,
    figures: [statement, now, before],
    ...(magnitude === 'unstated' ? {} : { expected: decimalString(stated.lo.plus(stated.hi).div(2), 1) }),
    actual: decimalString(actual.lo.plus(actual.hi).div(2), 1),
  });
}

/**
 * A table's change column compares the figures of its own row: the row's figures of the two years,
 * whatever other rows print the metric too (electricity in kWh and again converted to TOE).
 */
function ownRow(
  ctx: RuleContext,
  statement: Figure,
  of: string,
  since: number,
): { now: Figure; before: Figure } | undefined {
  const line = tableLineOf(statement);
  if (line === undefined) return undefined;
  const onLine = ctx.facts.metric(of).filter((f) => tableLineOf(f) === line);
  const now = onLine.filter((f) => f.fact.period.year === statement.fact.period.year);
  const before = onLine.filter((f) => f.fact.period.year === since);
  return now.length === 1 && before.length === 1 && now[0] && before[0]
    ? { now: now[0], before: before[0] }
    : undefined;
}

/** "About 30%" allows a tenth either way; an exact statement only its printed rounding. */
function widen(stated: Interval, statement: Figure): Interval {
  if (statement.qualifier === 'exact') return stated;
  const slack = stated.hi.abs().times('0.1');
  return { lo: stated.lo.minus(slack), hi: stated.hi.plus(slack) };
}

function figureDims(dims: Dims): Dims {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(dims))
    if (!(STATED_CHANGE_DIMS as readonly string[]).includes(k)) out[k] = v;
  return out;
}

/**
 * The dims of the figures a statement is about. A sentence words what an intensity is per in its own
 * way ("per RMB 10,000 of output value" against a table's "RMB 10,000"), or not at all ("energy
 * intensity fell by 3%"): when no figure has the statement's dims, the one denominator the metric is
 * printed over in that year is it; with several, the one whose row label the statement's subject prints
 * whole ("单位出栏生猪综合能耗同比下降" over a row 单位出栏生猪综合能耗 per head, beside one per revenue);
 * otherwise which one changed is unknown and nothing matches.
 */
function seriesDims(ctx: RuleContext, series: SeriesKey, dims: Dims, subject: string): Dims {
  if (ctx.facts.at(series, series.metric, dims)) return dims;
  const rest = dimsKey(withoutKey(dims, 'denominator'));
  const over = new Set<string>();
  const named = new Set<string>();
  const said = compact(subject);
  for (const f of ctx.facts.metric(series.metric)) {
    const d = f.fact.dims.denominator;
    if (d === undefined || f.fact.period.year !== series.year || f.fact.entity !== series.entity) continue;
    if (f.fact.basis !== series.basis || dimsKey(withoutKey(f.fact.dims, 'denominator')) !== rest) continue;
    over.add(d);
    const label = compact(f.fact.label ?? '');
    if (label.length >= 4 && said.includes(label)) named.add(d);
  }
  const [only] = over.size === 1 ? over : named;
  return (over.size === 1 || named.size === 1) && only !== undefined ? { ...dims, denominator: only } : dims;
}

function compact(text: string): string {
  return text.replace(/\s+/gu, '').toLowerCase();
}
