import { sql, type Expression } from 'kysely';
import type { StoreContext } from '../context.js';
import type { FactFilter } from '../model/index.js';
import { decodeCursor } from '../page.js';

// Which filter drives a page of facts, most selective first: an organisation reports on hundreds of
// metrics, at tens of sites, in four statuses. The driving filter is matched through its index
// (org_id, [period_id,] metric | site_id | status, id) — see the facts migration; the others are
// checked on the rows that index yields. The choice is made here, not left to the planner, because
// SQLite's statistics cannot be trusted for it: ANALYZE with analysis_limit samples the start of
// each index, where facts of one period and status cluster (it picked the status index for a
// metric + site + status filter: 744 ms a page at 1,000,000 facts), and a full ANALYZE of a million
// facts takes seconds.
const DRIVERS = ['metric', 'site_id', 'status'] as const;
type Driver = (typeof DRIVERS)[number];

// `column || ''` equals the column for text, but no index can serve it, so the planner cannot
// start from that column's index instead of the driver's.
function unindexed(column: Driver): Expression<string> {
  return sql<string>`(${sql.ref(column)} || '')`;
}

/**
 * The ids of one page of an organisation's facts matching the filter, in id order, plus one more to
 * tell whether a next page exists — as a subquery for `id IN (…)`.
 */
export function factPageIds(ctx: StoreContext, orgId: string, filter: FactFilter, limit: number) {
  const wanted: Record<Driver, string | undefined> = {
    metric: filter.metric,
    site_id: filter.siteId,
    status: filter.status,
  };
  const driver = DRIVERS.find((column) => wanted[column] !== undefined);
  let ids = ctx.db.selectFrom('facts').select('id').where('org_id', '=', orgId);
  if (filter.periodId !== undefined) ids = ids.where('period_id', '=', filter.periodId);
  for (const column of DRIVERS) {
    const value = wanted[column];
    if (value === undefined) continue;
    ids = column === driver ? ids.where(column, '=', value) : ids.where(unindexed(column), '=', value);
  }
  if (filter.cursor !== undefined) {
    const [after = ''] = decodeCursor(filter.cursor, 1);
    ids = ids.where('id', '>', after);
  }
  return ids.orderBy('id').limit(limit + 1);
}
