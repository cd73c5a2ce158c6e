import { Decimal, dec } from '../../core/index.js';
import { multiplyIntervals, scaleInterval, type Figure, type Interval } from '../precision/index.js';
import { baseRange } from './convert-figure.js';
import { actualFiguresInYear, clauseBefore } from './region-grid-rows.js';
import type { RuleContext } from './rule.js';
import { isFuelFactor, isOtherCarrierFactor } from './scope2-carriers.js';

/** A Scope 2 row of a group of sites and each named site's electricity of the same year. */
export interface SiteGroupRows {
  readonly scope2: Figure;
  readonly sites: readonly { readonly site: string; readonly electricity: Figure }[];
}

// A name the factor's clause gives what it is for: a power company's code or a place ("CLP", "Mainland").
const NAME_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]{2,}(?![\p{L}\p{N}])/gu;

/**
 * The one Scope 2 row that a grid factor's clause names and that lists the sites it covers ("Electricity:
 * CLP 0.42 kg CO2e/kWh" over a row "Hong Kong (CLP): RV1 and HB2" beside site columns "RV1 Riverton |
 * HB2 Halden Bay | MX3 Marston"): its electricity is the listed sites' together. The row must share a
 * name with the clause that no other Scope 2 row of the year prints, and name every site by its name or
 * its code (the name's first word).
 */
export function siteGroupRowsOf(ctx: RuleContext, factor: Figure, year: number): SiteGroupRows | undefined {
  const clause = clauseBefore(factor);
  if (clause === undefined) return undefined;
  const inYear = (metric: string) => actualFiguresInYear(ctx, metric, factor, year);
  const rows = inYear('ghg.scope2').filter((f) => f.fact.dims.region !== undefined);
  const names = [...clause.matchAll(NAME_WORD)].map((m) => m[0]);
  const named = rows.filter((r) => names.some((n) => printsWord(r.fact.label ?? '', n)));
  const [scope2] = named;
  if (scope2 === undefined || named.length !== 1) return undefined;
  if (!names.some((n) => rows.filter((r) => printsWord(r.fact.label ?? '', n)).length === 1))
    return undefined;
  const bySite = new Map<string, Figure[]>();
  for (const f of inYear('energy.electricity')) {
    const site = f.fact.dims.site;
    if (site !== undefined && Object.keys(f.fact.dims).length === 1)
      bySite.set(site, [...(bySite.get(site) ?? []), f]);
  }
  const label = scope2.fact.label ?? '';
  const sites = [...bySite]
    .filter(([site]) => printsWord(label, site) || printsWord(label, site.split(/\s+/)[0] ?? ''))
    .map(([site, list]) => ({ site, electricity: list[0], list }));
  if (sites.length === 0 || sites.some((s) => s.list.length !== 1 || s.electricity === undefined))
    return undefined;
  return {
    scope2,
    sites: sites.map((s) => ({ site: s.site, electricity: s.electricity as Figure })),
  };
}

/** The sites' electricity times the factor, each site's at `factorOf(site)` (kgCO2e). */
export function siteGroupExpected(rows: SiteGroupRows, factorOf: (site: string) => Figure): Interval {
  let lo = dec(0);
  let hi = dec(0);
  for (const { site, electricity } of rows.sites) {
    const f = factorOf(site);
    const one = multiplyIntervals(baseRange(electricity), scaleInterval(f.range, dec(f.unit.toBase)));
    lo = lo.plus(one.lo);
    hi = hi.plus(one.hi);
  }
  return { lo: Decimal.min(lo, hi), hi: Decimal.max(lo, hi) };
}

/**
 * Whether a factor's clause names a Scope 2 row of a group of sites in any year: the factor is then that
 * grid's, stated for part of the company, never the whole company's (a year may print the other grid's
 * row alone, as a site opened later).
 */
export function isStatedForSiteGroup(ctx: RuleContext, factor: Figure): boolean {
  const years = new Set(ctx.facts.metric('ghg.scope2').map((f) => f.fact.period.year));
  return [...years].some((y) => siteGroupRowsOf(ctx, factor, y) !== undefined);
}

/**
 * The factors per unit of electricity a Scope 2 row of a group of sites may be checked against: any the
 * report states (a clause "Electricity: CLP 0.42 kg CO2e/kWh" need not say "grid"), less those of the
 * market-based method, of another carrier or of a fuel.
 */
export function siteGroupFactors(ctx: RuleContext): Figure[] {
  return ctx.facts
    .metrics()
    .flatMap((metric) => ctx.facts.metric(metric))
    .filter(
      (f) =>
        f.unit.dimension === 'ghg/energy' &&
        f.fact.basis === 'actual' &&
        f.fact.dims.scope2_method !== 'market' &&
        f.fact.provenance.kind === 'document' &&
        !MARKET.test(f.fact.provenance.quote) &&
        !isOtherCarrierFactor(f) &&
        !isFuelFactor(f),
    );
}

// A sentence of market-based factors: supplier, residual-mix or certificate factors are no grid's.
const MARKET = /\bmarket[- ]based\b|\bresidual\b|\bsupplier|\bcontract|\bcertificate/i;

function printsWord(text: string, word: string): boolean {
  if (word.length < 2 || !/\p{L}/u.test(word)) return false;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}
