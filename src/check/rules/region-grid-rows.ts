import type { Figure } from '../precision/index.js';
import { isGridBoughtRow, isGridNamedRow } from './grid-words.js';
import type { RuleContext } from './rule.js';

/** A region's Scope 2 row and the row of the grid electricity it bought, as one table prints them. */
export interface RegionRows {
  readonly scope2: Figure;
  readonly electricity: Figure;
}

/**
 * The rows of the one region whose name the clause stating a grid factor gives before the factor
 * ("Purchased electricity on the Mainland uses the regional grid factor (… 0.4404 tCO2e/MWh)" over rows
 * "Purchased electricity – Mainland [MWh]" and "Scope 2 – Mainland grid [tCO2e]"): that region's Scope 2
 * is its bought electricity times the factor. A clause naming two regions, or none, gives nothing: the
 * other regions may buy from other grids.
 */
export function regionRowsOf(ctx: RuleContext, factor: Figure, year: number): RegionRows | undefined {
  const clause = clauseBefore(factor);
  if (clause === undefined) return undefined;
  // Only rows split by region alone: a row also split by site or fuel is part of a region's figure.
  const inYear = (metric: string) =>
    actualFiguresInYear(ctx, metric, factor, year).filter(
      (f) => Object.keys(f.fact.dims).join() === 'region',
    );
  const scope2 = byRegion(inYear('ghg.scope2'));
  const bought = byRegion(inYear('energy.electricity').filter((f) => isGridBoughtRow(f.fact.label ?? '')));
  // Every region either row names counts: "Scope 2 – Isles utility" beside "Purchased electricity – Isles".
  const named = [...new Set([...scope2.keys(), ...bought.keys()])].filter((r) => namesRegion(clause, r));
  const [region] = named;
  if (region === undefined || named.length !== 1) return undefined;
  const s = scope2.get(region);
  const e = bought.get(region);
  return s && e ? { scope2: s, electricity: e } : undefined;
}

/** The region's one figure, by the region's name; a region printed with values that disagree is left out. */
function byRegion(figures: readonly Figure[]): Map<string, Figure> {
  const all = new Map<string, Figure[]>();
  for (const f of figures) {
    const name = regionName(f.fact.dims.region ?? '');
    if (name.length >= 3) all.set(name, [...(all.get(name) ?? []), f]);
  }
  const out = new Map<string, Figure>();
  for (const [name, list] of all) {
    const [first] = list;
    if (first && list.every((f) => f.value.eq(first.value) && f.unit.symbol === first.unit.symbol))
      out.set(name, first);
  }
  return out;
}

/**
 * A region as a row names it, less a unit in brackets ("Mainland [MWh]") and the grid's own word
 * ("Mainland grid"): the Scope 2 row and the electricity row of one region then name it alike.
 */
function regionName(region: string): string {
  return region
    .replace(/[[(][^\])]*[\])]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && !isGridNamedRow(w))
    .join(' ')
    .toLowerCase();
}

function namesRegion(clause: string, region: string): boolean {
  const escaped = region.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'iu').test(clause);
}

/** The words of the factor's clause up to the factor: from the last ";" or sentence end before it. */
export function clauseBefore(f: Figure): string | undefined {
  const p = f.fact.provenance;
  if (p.kind !== 'document') return undefined;
  const at = p.quote.indexOf(p.reported.value.trim());
  if (at < 0) return undefined;
  const before = p.quote.slice(0, at);
  const start = Math.max(before.lastIndexOf(';'), before.search(/[.!?]\s+[^.!?]*$/));
  return before.slice(start + 1);
}

/**
 * A metric's actual figures of the year for the factor's entity: the rows a grid factor stated for that
 * year can be checked against (a target or baseline row is not bought electricity).
 */
export function actualFiguresInYear(
  ctx: RuleContext,
  metric: string,
  factor: Figure,
  year: number,
): Figure[] {
  return ctx.facts
    .metric(metric)
    .filter(
      (f) => f.fact.period.year === year && f.fact.entity === factor.fact.entity && f.fact.basis === 'actual',
    );
}
