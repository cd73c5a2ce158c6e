import type { Figure } from '../precision/index.js';
import type { RuleContext } from './rule.js';

// After a factor's number and unit, what it is for: "0.66 kg CO2-e/kWh for New South Wales", "0.71 for
// Queensland", "0.45 tCO2e/MWh in Ontario". Words only: "for 2024" dates a factor, it names no place.
const FOR_PLACE =
  /^(?:\s+[^\s\d,;()][^\s,;()]*|\s+\S*\d\S*){0,3}?\s+(?:for|in)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,4}?)(?=\s*(?:[,;.()]|\s(?:and|or)\b|$))/u;

/** The place a stated factor is for, as its sentence names it right after the factor, if any. */
export function placeOf(f: Figure): string | undefined {
  const p = f.fact.provenance;
  if (p.kind !== 'document') return undefined;
  const quote = p.quote.replace(/(\d),(?=\d{3})/g, '$1');
  const value = p.reported.value.trim().replace(/,/g, '');
  const at = new RegExp(`(?<![\\d.])${value.replace(/\./g, '\\.')}(?![\\d])`).exec(quote);
  if (!at) return undefined;
  return FOR_PLACE.exec(quote.slice(at.index + value.length))?.[1];
}

/**
 * Whether a site column or row names a place: the same words, or the place abbreviated as states and
 * provinces are: its initials ("NSW" for New South Wales, "WA" for Western Australian …) or the first
 * letters of a one-word name ("TAS" for Tasmania).
 */
export function namesPlace(site: string, place: string): boolean {
  const a = site.trim().toLowerCase();
  const words = place.trim().split(/\s+/);
  if (a === place.trim().toLowerCase()) return true;
  if (!/^[A-Z]{2,4}$/.test(site.trim())) return false;
  if (words.length === 1 && a.length >= 3 && place.toLowerCase().startsWith(a)) return true;
  for (let k = 2; k <= words.length; k++) {
    const initials = words
      .slice(0, k)
      .map((w) => w.charAt(0))
      .join('')
      .toLowerCase();
    if (initials === a) return true;
  }
  return false;
}

/** A grid factor stated for one place, and the site (as the tables name it) that place is. */
export interface RegionalFactor {
  readonly factor: Figure;
  readonly site: string;
}

/**
 * Grid factors stated for a place that a table prints as a site with its own Scope 2 ("for FY25 0.66
 * kgCO2e/kWh for New South Wales" beside a row "NSW"): the site's Scope 2 is its electricity times that
 * factor, not the group's. A factor whose place names no such site, or two factors of a year for one
 * site, give nothing.
 */
export function regionalFactors(ctx: RuleContext, factors: readonly Figure[]): RegionalFactor[] {
  const out = pairedWithSites(ctx, factors);
  const key = (r: RegionalFactor) => `${r.factor.fact.period.year}|${r.site}`;
  return out.filter((r) => out.filter((o) => key(o) === key(r)).length === 1);
}

/**
 * Whether a factor is one of a year's factors by place ("0.12 for Tasmania" beside "0.79 for South
 * Australia", which a site is named by): then no factor stated for a place is the whole group's.
 */
export function isStatedForAPlace(f: Figure, regional: readonly RegionalFactor[]): boolean {
  return placeOf(f) !== undefined && regional.some((r) => r.factor.fact.period.year === f.fact.period.year);
}

function pairedWithSites(ctx: RuleContext, factors: readonly Figure[]): RegionalFactor[] {
  const out: RegionalFactor[] = [];
  for (const factor of factors) {
    const place = placeOf(factor);
    if (place === undefined) continue;
    const sites = sitesWithScope2(ctx, factor).filter((s) => namesPlace(s, place));
    const [site] = sites;
    if (site !== undefined && sites.length === 1) out.push({ factor, site });
  }
  return out;
}

function sitesWithScope2(ctx: RuleContext, factor: Figure): string[] {
  const sites = ctx.facts
    .metric('ghg.scope2')
    .filter((f) => f.fact.period.year === factor.fact.period.year && f.fact.entity === factor.fact.entity)
    .map((f) => f.fact.dims.site)
    .filter((s): s is string => s !== undefined);
  return [...new Set(sites)];
}
