import { dec, type Dims } from '../../core/index.js';
import {
  decimalString,
  makeFinding,
  showFigure,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import {
  multiplyIntervals,
  midpoint,
  overlaps,
  scaleInterval,
  type Figure,
  type Interval,
} from '../precision/index.js';
import { baseRange } from './convert-figure.js';
import type { RuleContext } from './rule.js';

// "United Kingdom: 0.20705 tCO2e/MWh", "United States of America: 0.386": a list of factors, each after
// the place it is for and a colon, as CDP responses and methodology notes print the grid of each country.
const PLACE_BEFORE = /(\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:of|and|the|\p{Lu}[\p{L}.'’-]*)){0,7})[ \t]*:[ \t]*$/u;
// A market-based list (supplier or residual-mix factors by country) is no grid's.
const MARKET = /\bmarket[- ]based\b|\bresidual\b|\bsupplier|\bcontract/i;
// The dims a table names a country or a site by.
const PLACE_DIMS = ['region', 'site'] as const;

/** A factor listed for a place and the table's row for that place. */
interface Listed {
  readonly factor: Figure;
  readonly dims: Dims;
  readonly scope2: Figure;
  readonly electricity: Figure;
  /** The electricity times the factor, in base units. */
  readonly expected: Interval;
  readonly fits: boolean;
}

/**
 * Factors listed by place ("United Kingdom: 0.20705 tCO2e/MWh" over "Germany: 0.380 tCO2e/MWh"), each set
 * against the Scope 2 and the electricity a table prints for that place (a region or site row, "United
 * Kingdom of Great Britain and Northern Ireland" for "United Kingdom"). The list need not say "grid": when
 * another place's Scope 2 is its electricity times its listed factor, the list is the location-based
 * factors, and a place whose Scope 2 is not is a warning.
 */
export function listedFactorFindings(ctx: RuleContext, ruleId: string): CheckFinding[] {
  const listed = listedFactors(ctx);
  return listed
    .filter((l) => !l.fits && listed.some((o) => o.fits && sameYear(o, l) && placeKey(o) !== placeKey(l)))
    .map((l) => finding(ruleId, l));
}

function placeKey(l: Listed): string {
  return JSON.stringify(Object.entries(l.dims).sort());
}

function sameYear(a: Listed, b: Listed): boolean {
  return (
    a.factor.fact.period.year === b.factor.fact.period.year && a.factor.fact.entity === b.factor.fact.entity
  );
}

function listedFactors(ctx: RuleContext): Listed[] {
  const out: Listed[] = [];
  const factors = ctx.facts
    .metrics()
    .flatMap((metric) => ctx.facts.metric(metric))
    .filter((f) => f.unit.dimension === 'ghg/energy' && f.fact.basis === 'actual');
  for (const factor of factors) {
    const place = placeBefore(factor);
    if (place === undefined) continue;
    const rows = placeRows(ctx, factor).filter((d) => PLACE_DIMS.some((k) => namesPlace(d[k], place)));
    const [dims] = rows;
    if (!dims || rows.length !== 1) continue;
    const pair = setAgainstRow(ctx, factor, dims);
    if (pair) out.push(pair);
  }
  return out;
}

/** The place printed right before a factor and a colon, unless its sentence names a market instrument. */
export function placeBefore(f: Figure): string | undefined {
  const p = f.fact.provenance;
  if (p.kind !== 'document' || MARKET.test(p.quote)) return undefined;
  const quote = p.quote.replace(/(\d),(?=\d{3})/g, '$1');
  const value = p.reported.value.trim().replace(/,/g, '');
  const at = new RegExp(`(?<![\\d.])${value.replace(/\./g, '\\.')}(?![\\d])`).exec(quote);
  return at ? PLACE_BEFORE.exec(quote.slice(0, at.index))?.[1] : undefined;
}

/**
 * Whether a table's place names the listed one: the same words, or the country's long form after them
 * ("United Kingdom of Great Britain and Northern Ireland", "Korea, Republic of", "Bolivia (Plurinational
 * State of)").
 */
function namesPlace(row: string | undefined, place: string): boolean {
  if (row === undefined) return false;
  const a = row.trim().toLowerCase();
  const b = place.trim().toLowerCase();
  return a === b || a.startsWith(`${b} of `) || a.startsWith(`${b}, `) || a.startsWith(`${b} (`);
}

/** The dims of each place a table prints Scope 2 for in the factor's year: one region or site each. */
function placeRows(ctx: RuleContext, factor: Figure): Dims[] {
  const seen = new Map<string, Dims>();
  for (const f of ctx.facts.metric('ghg.scope2')) {
    if (f.fact.period.year !== factor.fact.period.year || f.fact.entity !== factor.fact.entity) continue;
    const { scope2_method: method, ...rest } = f.fact.dims;
    const keys = Object.keys(rest);
    const [key] = keys;
    if (keys.length !== 1 || !PLACE_DIMS.some((k) => k === key) || method === 'market') continue;
    seen.set(`${key}=${rest[key as string] ?? ''}`, rest);
  }
  return [...seen.values()];
}

/** The place's location-based Scope 2 and electricity bought, and whether the factor gives the one from the other. */
function setAgainstRow(ctx: RuleContext, factor: Figure, dims: Dims): Listed | undefined {
  const series = {
    entity: factor.fact.entity,
    metric: 'ghg.scope2',
    year: factor.fact.period.year,
    basis: 'actual' as const,
  };
  const scope2 =
    ctx.facts.at(series, 'ghg.scope2', dims) ??
    ctx.facts.at(series, 'ghg.scope2', { ...dims, scope2_method: 'location' });
  // CDP's country table prints "Purchased and consumed electricity, heat, steam or cooling" in one column.
  const electricity =
    ctx.facts.at(series, 'energy.electricity', dims) ?? ctx.facts.at(series, 'energy.indirect', dims);
  if (!scope2 || !electricity || scope2.unit.dimension !== 'ghg' || electricity.unit.dimension !== 'energy')
    return undefined;
  const expected = multiplyIntervals(
    baseRange(electricity),
    scaleInterval(factor.range, dec(factor.unit.toBase)),
  );
  return { factor, dims, scope2, electricity, expected, fits: overlaps(expected, baseRange(scope2)) };
}

function finding(ruleId: string, l: Listed): CheckFinding {
  const { factor, scope2, electricity } = l;
  const want = scaleInterval(l.expected, dec(1).div(dec(scope2.unit.toBase)));
  const place = Object.values(l.dims)[0] ?? '';
  return makeFinding(ruleId, {
    severity: 'warning',
    message:
      `Scope 2 of ${place} ${showFigure(scope2)} in ${factor.fact.period.year} (${whereOf(scope2)}) is not its ` +
      `electricity ${showFigure(electricity)} (${whereOf(electricity)}) times the factor listed for it, ` +
      `${showFigure(factor)} (${whereOf(factor)}): that gives ${showRange(want, 1)} ${scope2.unit.symbol}, ` +
      `while the other places listed match their factors.`,
    figures: [scope2, electricity, factor],
    expected: decimalString(midpoint(want), 1),
    actual: decimalString(scope2.value, 1),
  });
}
