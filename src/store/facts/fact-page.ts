import { sql, type Expression, type RawBuilder } from 'kysely';
import type { StoreContext } from '../context.js';
import type { FactFilter } from '../model/index.js';
import { decodeCursor } from '../page.js';

// Which filter drives a page of facts, most selective first: an organisation reports on hundreds of
// metrics, at tens of sites, in four statuses. The driving filter is matched through its index
// (org_id, [period_id,] metric | site_id | status, id) — see the facts migration and 0003; within a
// period a site given with the metric is matched through (org_id, period_id, metric, site_id, id)
// too. The others are checked on the rows that index yields. The choice is made here, not left to
// the planner, because SQLite's statistics cannot be trusted for it: ANALYZE with analysis_limit
// samples the start of each index, where facts of one period and status cluster (it picked the
// status index for a metric + site + status filter: 744 ms a page at 1,000,000 facts), and a full
// ANALYZE of a million facts takes seconds.
const DRIVERS = ['metric', 'site_id', 'status'] as const;
type Driver = (typeof DRIVERS)[number];

/** The filter columns matched through the index; the others are checked row by row. */
function indexedColumns(wanted: Record<Driver, string | undefined>, period: boolean): Driver[] {
  const driver = DRIVERS.find((column) => wanted[column] !== undefined);
  if (driver === undefined) return [];
  if (driver === 'metric' && period && wanted.site_id !== undefined) return ['metric', 'site_id'];
  return [driver];
}

/**
 * What a page's rows are found by: on SQLite the rowid, which every index entry carries, so each
 * row of the page is read straight from the table instead of through the id index first (about a
 * sixth of the page query's time at 1,000,000 facts); on PostgreSQL the id.
 */
export function pageKey(ctx: StoreContext, table: string): RawBuilder<string> {
  return ctx.dialect === 'sqlite'
    ? sql<string>`${sql.table(table)}.rowid`
    : sql<string>`${sql.ref(`${table}.id`)}`;
}

// `column || ''` equals the column for text, but no index can serve it, so the planner cannot
// start from that column's index instead of the driver's.
function unindexed(column: Driver): Expression<string> {
  return sql<string>`(${sql.ref(column)} || '')`;
}

/**
 * An organisation's facts matching the filter (and after its cursor), as a query on `facts` alone
 * whose driving filter is matched through its index: ordered by id, a page is one index range scan.
 */
export function matchingFacts(ctx: StoreContext, orgId: string, filter: FactFilter) {
  const wanted: Record<Driver, string | undefined> = {
    metric: filter.metric,
    site_id: filter.siteId,
    status: filter.status,
  };
  const indexed = indexedColumns(wanted, filter.periodId !== undefined);
  let facts = ctx.db.selectFrom('facts').where('org_id', '=', orgId);
  if (filter.periodId !== undefined) facts = facts.where('period_id', '=', filter.periodId);
  for (const column of DRIVERS) {
    const value = wanted[column];
    if (value === undefined) continue;
    facts = indexed.includes(column)
      ? facts.where(column, '=', value)
      : facts.where(unindexed(column), '=', value);
  }
  if (filter.cursor !== undefined) {
    const [after = ''] = decodeCursor(filter.cursor, 1);
    facts = facts.where('id', '>', after);
  }
  return facts;
}

/**
 * The keys of one page of an organisation's facts matching the filter, in id order, plus one more
 * to tell whether a next page exists — as a subquery for `key IN (…)` (see {@link pageKey}).
 */
export function factPageIds(ctx: StoreContext, orgId: string, filter: FactFilter, limit: number) {
  return matchingFacts(ctx, orgId, filter)
    .select(pageKey(ctx, 'facts').as('k'))
    .orderBy('id')
    .limit(limit + 1);
}
