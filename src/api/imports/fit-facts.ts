import type { Fact } from '../../core/index.js';
import type { FactWrite, ReportingPeriod, Site } from '../../store/index.js';

/** Why facts of a file were left out of an import. */
export interface Skipped {
  /** Facts for another year than the period's (a report's prior-year comparatives, say). */
  otherYears: number;
  /** Facts for sites the contributor importing is not assigned to (or organisation-wide ones). */
  outsideSites: number;
  /** A second fact with the identity of an earlier one in the same file. */
  repeats: number;
  /** Figures read without a unit (a plain number): the store keeps only quantities with a unit. */
  unitless: number;
}

/** Whom the facts belong to and who may write which sites (undefined: any site). */
export interface FitContext {
  readonly entity: string;
  readonly period: ReportingPeriod;
  readonly sites: readonly Site[];
  readonly writableSites: ReadonlySet<string> | undefined;
}

/**
 * Fits a file's facts to the organisation and period: the organisation's name as entity (so a
 * report's figures and calculated ones are the same facts), the stored period's dates, and the
 * site whose name dim `site` carries. Leaves out, and counts, facts of other years, figures read
 * without a unit, facts of sites the importer may not write, and repeats.
 */
export function fitFacts(facts: readonly Fact[], ctx: FitContext): { writes: FactWrite[]; skipped: Skipped } {
  const siteByName = new Map(ctx.sites.map((s) => [s.name.trim().toLowerCase(), s.id]));
  const skipped: Skipped = { otherYears: 0, outsideSites: 0, repeats: 0, unitless: 0 };
  const seen = new Set<string>();
  const writes: FactWrite[] = [];
  for (const fact of facts) {
    if (fact.period.year !== ctx.period.period.year) {
      skipped.otherYears++;
      continue;
    }
    if (fact.quantity.unit.symbol.trim() === '') {
      skipped.unitless++;
      continue;
    }
    const siteName = fact.dims.site;
    const siteId = siteName === undefined ? undefined : siteByName.get(siteName.trim().toLowerCase());
    if (ctx.writableSites && (siteId === undefined || !ctx.writableSites.has(siteId))) {
      skipped.outsideSites++;
      continue;
    }
    const fitted: Fact = { ...fact, entity: ctx.entity, period: ctx.period.period };
    const key = JSON.stringify([siteId ?? null, fact.metric, Object.entries(fact.dims).sort(), fact.basis]);
    if (seen.has(key)) {
      skipped.repeats++;
      continue;
    }
    seen.add(key);
    writes.push(siteId === undefined ? fitted : { ...fitted, siteId });
  }
  return { writes, skipped };
}
