import { Decimal, dec, unitOf, type Dims } from '../../core/index.js';
import { withoutKey } from '../fact-index/index.js';
import {
  decimalString,
  makeFinding,
  showFigure,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import { multiplyIntervals, midpoint, overlaps, scaleInterval, type Figure } from '../precision/index.js';
import { factorRanges } from '../relations/index.js';
import { baseRange, isCoalEquivalent, rangeIn } from './convert-figure.js';
import { isGridBoughtRow, isGridFactorSentence, isGridNamedRow, isTotalRow } from './grid-words.js';
import { listedFactorFindings } from './listed-grid-factors.js';
import { regionRowsOf } from './region-grid-rows.js';
import { siteGroupFindings } from './site-group-findings.js';
import { isStatedForSiteGroup, siteGroupFactors } from './site-group-grid-rows.js';
import { isStatedForAPlace, regionalFactors } from './regional-grid-factor.js';
import type { Rule, RuleContext } from './rule.js';
import { electricityScope2, isFuelFactor, isOtherCarrierFactor } from './scope2-carriers.js';
import type { SeriesKey } from '../fact-index/index.js';

/** Metrics that Scope 2 counts besides electricity (GHG Protocol Scope 2 Guidance, ch. 1). */
const OTHER_PURCHASED = ['energy.heat', 'energy.cooling', 'energy.steam'] as const;

/**
 * Location-based Scope 2 from electricity is the purchased electricity times the grid factor the report
 * states for that year (GHG Protocol Scope 2 Guidance, ch. 6). Read only when the report states one grid
 * factor for the year and buys no heat, steam or cooling (which Scope 2 would also count). A mismatch is a
 * warning: it names the year whose stated factor the figure does follow, when one does (last year's factor
 * applied again).
 */
export const statedGridFactorRule: Rule = {
  id: 'factor.grid-stated',
  title: 'Scope 2 equals the electricity times the grid factor the report states for the year',
  run(ctx) {
    const stated = statedGridFactors(ctx);
    const regional = regionalFactors(ctx, stated);
    const byYear = gridFactors(
      stated.filter(
        (f) => !isStatedForAPlace(f, regional) && !isStatedByPart(f, stated) && !isStatedForSiteGroup(ctx, f),
      ),
      otherElectricityFactors(ctx).filter(
        (f) => !isStatedForAPlace(f, regional) && regionsOf(ctx, f.fact.period.year) > 1,
      ),
    );
    const out: CheckFinding[] = [];
    for (const [year, factor] of byYear) {
      // The whole company, then each site a table prints apart (one grid, one factor for all of them).
      for (const dims of [{}, ...sitesOf(ctx, factor, year)]) {
        const finding = check(ctx, factor, year, byYear, dims);
        if (finding) out.push(finding);
      }
      // Scope 2 with heat or steam bought besides is checked only within what they may add; a row
      // printing the electricity's Scope 2 apart is checked against the factor alone.
      const part = out.length === 0 ? electricityPart(ctx, factor, year) : undefined;
      const finding = part ? check(ctx, factor, year, byYear, {}, part) : undefined;
      if (finding) out.push(finding);
      // The one region the factor's clause names ("Purchased electricity on the Mainland uses …").
      const region = regionRowsOf(ctx, factor, year);
      const regional = region
        ? check(ctx, factor, year, byYear, region.scope2.fact.dims, region.scope2, region.electricity)
        : undefined;
      if (regional) out.push(regional);
    }
    // A factor stated for one state or province applies to the site the tables name by it.
    for (const { factor, site } of regional) {
      const years = new Map(
        regional.filter((r) => r.site === site).map((r) => [r.factor.fact.period.year, r.factor] as const),
      );
      const finding = check(ctx, factor, factor.fact.period.year, years, { site });
      if (finding) out.push(finding);
    }
    // Factors listed by place ("Germany: 0.380 tCO2e/MWh") against the rows of those places.
    const reported = new Set(out.map((f) => f.facts[0]));
    out.push(...listedFactorFindings(ctx, statedGridFactorRule.id).filter((f) => !reported.has(f.facts[0])));
    // A Scope 2 row of a group of sites ("Hong Kong (CLP): RV1 and HB2") against the factor its grid's
    // clause states, whatever other grids the sentence lists.
    const checked = new Set(out.map((f) => f.facts[0]));
    const rows = ctx.facts.metric('ghg.scope2').filter((f) => checked.has(f.fact));
    out.push(...siteGroupFindings(ctx, siteGroupFactors(ctx), new Set(rows), statedGridFactorRule.id));
    return out;
  },
};

/**
 * Every grid factor (tCO2e or kgCO2e per kWh or MWh) the report states for a year it reports. A
 * sentence extraction read a market-based factor from, in whatever language the report words the
 * method ("markedsbasert", "marktbasiert"), states residual-mix or supplier factors: of its factors only
 * those extraction gave the location-based method ("grid (location-based) 0.187 t CO2e/MWh; residual
 * mix (market-based) 0.412") are taken for the grid's, the others being unsure.
 */
function statedGridFactors(ctx: RuleContext): Figure[] {
  const factors = ctx.facts
    .metrics()
    .flatMap((metric) => ctx.facts.metric(metric))
    .filter((f) => f.unit.dimension === 'ghg/energy' && f.fact.basis === 'actual');
  const market = new Set(factors.filter((f) => f.fact.dims.scope2_method === 'market').map(quoteOf));
  // A factor a sentence names by another carrier ("…; district heat 0.340 tCO2/MWh") or by a fuel
  // ("natural gas 0.201 t CO2/MWh, …; grid factor 0.748") is that carrier's or fuel's.
  return factors.filter((f) => {
    const p = f.fact.provenance;
    if (p.kind !== 'document' || !isGridFactorSentence(p.quote)) return false;
    if (isOtherCarrierFactor(f) || isFuelFactor(f)) return false;
    const method = f.fact.dims.scope2_method;
    return method === 'location' || (method === undefined && !market.has(p.quote));
  });
}

/** How many regions the year's Scope 2 rows print apart ("Coastal (NGC)", "Inland (state grid)"). */
function regionsOf(ctx: RuleContext, year: number): number {
  const rows = ctx.facts.metric('ghg.scope2').filter((f) => f.fact.period.year === year);
  return new Set(rows.map((f) => f.fact.dims.region).filter((r) => r !== undefined)).size;
}

/**
 * Every factor of electricity the report states, in a sentence naming a grid or not ("Power: NGC
 * 0.41 kg CO2e/kWh"), less the market-based method's: a sentence extraction read that method from, in
 * any language, gives none.
 */
function otherElectricityFactors(ctx: RuleContext): Figure[] {
  const factors = siteGroupFactors(ctx);
  const market = new Set(
    ctx.facts
      .metrics()
      .flatMap((metric) => ctx.facts.metric(metric))
      .filter((f) => f.unit.dimension === 'ghg/energy' && f.fact.dims.scope2_method === 'market')
      .map(quoteOf),
  );
  return factors.filter((f) => !market.has(quoteOf(f)));
}

/**
 * Whether the factor's sentence states two different grid factors for one year ("the plants use 0.58
 * tCO2/MWh; the offices 0.41 kgCO2e/kWh for 2024 and 0.40 for 2025"): the sentence gives factors by
 * part of the company, one grid each, so none of its factors, for any year, is the whole company's.
 * A factor naming no year is dated to the report year, so such a sentence may give only one factor
 * for each earlier year.
 */
function isStatedByPart(f: Figure, stated: readonly Figure[]): boolean {
  const quote = quoteOf(f);
  const same = stated.filter((o) => quoteOf(o) === quote);
  const perBase = (x: Figure) => x.value.times(dec(x.unit.toBase));
  return same.some((a) =>
    same.some((b) => a.fact.period.year === b.fact.period.year && !perBase(a).eq(perBase(b))),
  );
}

function quoteOf(f: Figure): string {
  return f.fact.provenance.kind === 'document' ? f.fact.provenance.quote : '';
}

/**
 * The one grid factor stated for each year; years with several are left out, and so are years whose Scope
 * 2 rows print two regions apart while the report states another factor of electricity (`electricity`: worded with or without "grid"):
 * "Power: NGC 0.41 kg CO2e/kWh for the coastal sites; inland state grid 0.6120 tCO2/MWh for the
 * inland plant" gives two grids, and the company's Scope 2 is neither's factor times all its electricity.
 */
function gridFactors(stated: readonly Figure[], electricity: readonly Figure[]): Map<number, Figure> {
  const found = new Map<number, Figure[]>();
  for (const f of stated) {
    const list = found.get(f.fact.period.year) ?? [];
    list.push(f);
    found.set(f.fact.period.year, list);
  }
  const out = new Map<number, Figure>();
  for (const [year, list] of found) {
    const [first] = list;
    const same = (f: Figure) => f.value.eq(first?.value ?? 0) && f.unit.symbol === first?.unit.symbol;
    // Within rounding: "0.57 t/MWh" printed again as "570 g/kWh" is the same grid's.
    const inBase = (f: Figure) => scaleInterval(f.range, dec(f.unit.toBase));
    const otherGrid = electricity.some(
      (f) => first && f.fact.period.year === year && !overlaps(inBase(f), inBase(first)),
    );
    if (first && list.every(same) && !otherGrid) out.set(year, first);
  }
  return out;
}

/** The sites ("Foshan plant") whose Scope 2 of the year is printed apart, each as its dims. */
function sitesOf(ctx: RuleContext, factor: Figure, year: number): Dims[] {
  const sites = ctx.facts
    .metric('ghg.scope2')
    .filter((f) => f.fact.period.year === year && f.fact.entity === factor.fact.entity)
    .map((f) => f.fact.dims)
    .filter((d) => d.site !== undefined && Object.keys(withoutKey(d, 'scope2_method')).length === 1)
    .map((d) => d.site ?? '');
  return [...new Set(sites)].map((site) => ({ site }));
}

/**
 * The Scope 2 row of the electricity alone, when the year's Scope 2 also counts heat, steam or cooling
 * bought and the table prints the electricity's share apart from the total.
 */
function electricityPart(ctx: RuleContext, factor: Figure, year: number): Figure | undefined {
  const series = { entity: factor.fact.entity, metric: 'ghg.scope2', year, basis: 'actual' as const };
  const besides = otherPurchasedAtMost(ctx, series, {});
  return besides?.gt(0) ? electricityScope2(ctx, series, {}) : undefined;
}

/**
 * `part`: a Scope 2 row of the electricity alone, checked with nothing else bought added; `input`: the
 * electricity it is of, when the rows name it apart (a region's).
 */
function check(
  ctx: RuleContext,
  factor: Figure,
  year: number,
  byYear: ReadonlyMap<number, Figure>,
  dims: Dims,
  part?: Figure,
  input?: Figure,
): CheckFinding | undefined {
  const series = { entity: factor.fact.entity, metric: 'ghg.scope2', year, basis: 'actual' as const };
  const besides = part ? dec(0) : otherPurchasedAtMost(ctx, series, dims);
  if (besides === undefined) return undefined;
  const grid = gridElectricity(ctx, series, dims);
  const scope2 =
    part ??
    ctx.facts.at(series, 'ghg.scope2', dims) ??
    ctx.facts.at(series, 'ghg.scope2', { ...dims, scope2_method: 'location' }) ??
    (grid ? marketOnGridFactor(ctx, series, dims) : undefined);
  // A report may apply the grid factor to all the electricity it uses, its own solar and wind too
  // ("applies to all electricity consumed"): the total electricity row is then the factor's input.
  const inputs = (
    input
      ? [input]
      : grid
        ? [grid, totalElectricity(ctx, series, dims)]
        : [ctx.facts.at(series, 'energy.electricity', dims)]
  ).filter((f): f is Figure => f !== undefined && f.unit.dimension === 'energy');
  if (!scope2 || inputs.length === 0 || scope2.unit.dimension !== 'ghg') return undefined;
  if (Object.keys(withoutKey(scope2.fact.dims, 'scope2_method')).length !== Object.keys(dims).length)
    return undefined;
  const expected = (electricity: Figure, f: Figure) => {
    const grid = multiplyIntervals(baseRange(electricity), scaleInterval(f.range, dec(f.unit.toBase)));
    return { lo: grid.lo, hi: grid.hi.plus(besides) };
  };
  const printed = baseRange(scope2);
  if (inputs.some((e) => overlaps(expected(e, factor), printed))) return undefined;
  const followed = inputs.flatMap((e) =>
    [...byYear]
      .filter(([y, f]) => y !== year && overlaps(expected(e, f), printed))
      .map(([, f]) => ({ e, f })),
  )[0];
  const other = followed?.f;
  const electricity = followed?.e ?? inputs[0];
  if (!electricity) return undefined;
  const toShown = dec(1).div(dec(scope2.unit.toBase));
  const want = scaleInterval(expected(electricity, factor), toShown);
  return makeFinding(statedGridFactorRule.id, {
    severity: 'warning',
    message:
      `Scope 2 ${showFigure(scope2)} in ${year} (${whereOf(scope2)}) is not the electricity ${showFigure(electricity)} ` +
      `(${whereOf(electricity)}) times the grid factor the report states for ${year}, ${showFigure(factor)} ` +
      `(${whereOf(factor)}): that gives ${showRange(want, 1)} ${scope2.unit.symbol}.` +
      (other
        ? ` It matches the factor stated for ${other.fact.period.year}, ${showFigure(other)}: the wrong year's factor may have been applied.`
        : ''),
    figures: [scope2, electricity, factor],
    expected: decimalString(midpoint(want), 1),
    actual: decimalString(scope2.value, 1),
  });
}

/**
 * The most Scope 2 the heat, steam and cooling bought besides electricity can add (kgCO2e), or
 * undefined when it cannot be bounded (printed in tonnes of steam, or printings that disagree). No
 * carrier bought emits more per MWh than the most carbon-intensive grid (factor data `grid.plausibleMax`):
 * heat and steam from a coal boiler are about 0.4 tCO2e/MWh, and cooling is made with electricity.
 * A figure too small to matter ("386,200 kWh" beside a grid bill of 57 GWh) then no longer hides a factor
 * applied wrongly to the electricity.
 */
function otherPurchasedAtMost(ctx: RuleContext, series: SeriesKey, dims: Dims): Decimal | undefined {
  const perBase = dec(factorRanges().grid.plausibleMax).times(unitOf('tCO2e/MWh').toBase);
  let total = dec(0);
  for (const metric of OTHER_PURCHASED) {
    const printings = ctx.facts.find({ ...series, metric }, dims);
    if (printings.some((f) => f.unit.dimension !== 'energy')) return undefined;
    const most = printings.reduce((m, f) => Decimal.max(m, baseRange(f).hi), dec(0));
    total = total.plus(most.times(perBase));
  }
  return total;
}

/**
 * Market-based Scope 2 when it is the year's only Scope 2 and a row names the grid purchases apart
 * from renewable ones: with no supplier or residual-mix factor, the market-based method falls back to
 * the grid average factor for grid power, renewable power under certificates counting zero (GHG
 * Protocol Scope 2 Guidance, ch. 6.11, Table 6.3; Taiwan's Energy Administration publishes one
 * factor a year for this). The caller checks it only against a grid electricity row.
 */
function marketOnGridFactor(ctx: RuleContext, series: SeriesKey, dims: Dims): Figure | undefined {
  if (ctx.facts.find(series, { ...dims, scope2_method: 'location' }).length > 0) return undefined;
  return ctx.facts.at(series, 'ghg.scope2', { ...dims, scope2_method: 'market' });
}

/** The year's total electricity, when one row names it a total and its printings agree. */
function totalElectricity(ctx: RuleContext, series: SeriesKey, dims: Dims): Figure | undefined {
  const rows = ctx.facts
    .find({ ...series, metric: 'energy.electricity' }, dims)
    .filter((f) => isTotalRow(f.fact.label ?? ''));
  const [first] = rows;
  return first && rows.every((f) => f.value.eq(first.value) && f.unit.symbol === first.unit.symbol)
    ? first
    : undefined;
}

/**
 * The grid electricity of the year, when rows name it and agree: location-based Scope 2 is the grid
 * purchases times the grid factor (GHG Protocol Scope 2 Guidance, ch. 6), not total electricity with
 * the site's own solar, which a report may also print as electricity.
 */
function gridElectricity(ctx: RuleContext, series: SeriesKey, dims: Dims): Figure | undefined {
  const rows = ctx.facts
    .find({ ...series, metric: 'energy.electricity' }, dims)
    .filter((f) => isGridBoughtRow(f.fact.label ?? ''));
  // "Purchased electricity" may include green power bought apart from the grid: a row naming the grid wins.
  const named = rows.filter((f) => isGridNamedRow(f.fact.label ?? ''));
  const pool = named.length > 0 ? named : rows;
  // The row printed in its own unit leads; a row converted from another unit ("1,018,864 MMBtu" beside
  // "298,612 MWh") agrees with it within the rounding of the coefficient the report converted with.
  const first = pool.find((f) => f.printedUnit.symbol === f.unit.symbol) ?? pool[0];
  if (!first) return undefined;
  const slack = factorRanges().coefficientRounding;
  const agree = pool.every((f) => {
    const range = rangeIn(f, first.unit);
    if (range === undefined) return false;
    // Tonnes of standard coal convert at a coefficient, not a rounded unit factor: they must agree as printed.
    if (f.printedUnit.symbol === first.printedUnit.symbol || isCoalEquivalent(f.printedUnit))
      return overlaps(range, first.range);
    const widened = { lo: range.lo.times(dec(1).minus(slack)), hi: range.hi.times(dec(1).plus(slack)) };
    return overlaps(widened, first.range);
  });
  return agree ? first : undefined;
}
