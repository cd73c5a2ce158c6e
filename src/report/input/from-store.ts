import { EsgError, type Fact } from '../../core/index.js';
import type { Actor, Store } from '../../store/index.js';
import { YEARS_SHOWN, type ReportOrganisation } from '../model/index.js';

/** What the report needs from the store: the organisation with its boundary, and the facts of three years. */
export interface StoredReportData {
  readonly organisation: ReportOrganisation;
  readonly facts: readonly Fact[];
  /** The reporting year's period, whose narratives, explanations and survey the report uses. */
  readonly periodId: string;
}

/** The largest page the store serves. */
const PAGE = 1000;

async function factsOfPeriod(
  store: Store,
  orgId: string,
  periodId: string,
  sites: ReadonlyMap<string, string>,
  actor: Actor,
): Promise<Fact[]> {
  const out: Fact[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listFacts(
      orgId,
      { periodId, limit: PAGE, ...(cursor ? { cursor } : {}) },
      actor,
    );
    for (const stored of page.items) {
      const site = stored.siteId === null ? undefined : sites.get(stored.siteId);
      // A site's figure carries the site as a breakdown so it never lands in the organisation's total row.
      out.push(
        site !== undefined && stored.fact.dims.site === undefined
          ? { ...stored.fact, dims: { ...stored.fact.dims, site } }
          : stored.fact,
      );
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return out;
}

/**
 * Loads an organisation's report data from the store: its name, entities and sites with their boundary
 * decisions, and the current facts of the reporting year and the two before it. NOT_FOUND when the
 * organisation has no period for the reporting year.
 */
export async function loadReportData(
  store: Store,
  orgId: string,
  year: number,
  actor: Actor,
): Promise<StoredReportData> {
  const org = await store.getOrganisation(orgId, actor);
  const periods = (await store.listPeriods(orgId, actor)).filter(
    (p) => p.period.year > year - YEARS_SHOWN && p.period.year <= year,
  );
  const current = periods.find((p) => p.period.year === year);
  if (!current) throw new EsgError('NOT_FOUND', `${org.name} has no reporting period for ${year}`);
  const entities = await store.listEntities(orgId, actor);
  const sites = await store.listSites(orgId, actor);
  const inside = entities.filter((e) => e.boundary.kind === 'in').map((e) => e.name);
  const siteNames = new Map(sites.map((s) => [s.id, s.name]));
  const facts = (
    await Promise.all(periods.map((p) => factsOfPeriod(store, orgId, p.id, siteNames, actor)))
  ).flat();
  return {
    organisation: {
      id: org.id,
      name: org.name,
      ...(inside.length > 0 ? { boundary: `Entities in the reporting boundary: ${inside.join(', ')}.` } : {}),
      sites: sites.map((s) => ({
        name: s.name,
        included: s.boundary.kind === 'in',
        ...(s.boundary.reason === undefined ? {} : { reason: s.boundary.reason }),
      })),
    },
    facts,
    periodId: current.id,
  };
}
