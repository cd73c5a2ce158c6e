import { EsgError } from '../../core/index.js';
import type { StoreContext } from '../context.js';
import type { FactFilter, FactVersion, Page, StoredFact } from '../model/index.js';
import { encodeCursor, pageLimit } from '../page.js';
import { factPageIds, pageKey } from './fact-page.js';
import { sourceDocumentId } from './source-document.js';
import { periodFromColumns, storedFactFromRow, versionFromRow } from './fact-row.js';

/** The facts of one organisation joined with their current version and period. */
export function joinedFacts(ctx: StoreContext, orgId: string) {
  return ctx.db
    .selectFrom('facts as f')
    .innerJoin('fact_versions as v', (join) =>
      join.onRef('v.fact_id', '=', 'f.id').onRef('v.version', '=', 'f.current_version'),
    )
    .innerJoin('periods as p', 'p.id', 'f.period_id')
    .where('f.org_id', '=', orgId);
}

/** Facts of one organisation joined with their current version and period (the one read path). */
export function currentFacts(ctx: StoreContext, orgId: string) {
  return joinedFacts(ctx, orgId)
    .select(['f.id', 'f.org_id', 'f.period_id', 'f.site_id', 'f.entity', 'f.metric', 'f.dims', 'f.basis'])
    .select([
      'f.status',
      'f.current_version',
      'v.value',
      'v.unit_symbol',
      'v.unit_dimension',
      'v.unit_to_base',
    ])
    .select(['v.unit_counted', 'v.label', 'v.provenance_kind', 'v.provenance', 'v.actor', 'v.reason'])
    .select(['v.created_at', 'p.year', 'p.start_date', 'p.end_date'])
    .select(sourceDocumentId().as('document_id'));
}

/**
 * One page of an organisation's facts matching the filter, in id order. The page's ids are chosen
 * first, from the facts table alone and one index (see fact-page.ts), and only those rows
 * (`key IN (page)`, see pageKey) are then joined to their version and period. Written as one query,
 * PostgreSQL's planner walked the primary key instead, filtering 50,000 rows to find 100 (ids are
 * time-ordered, so a period's facts are not spread evenly along the key as its LIMIT costing
 * assumes); written as a join with the page, SQLite scanned all of the organisation's facts.
 */
export async function listFacts(
  ctx: StoreContext,
  orgId: string,
  filter: FactFilter = {},
): Promise<Page<StoredFact>> {
  const limit = pageLimit(filter.limit);
  const page = factPageIds(ctx, orgId, filter, limit);
  const rows = await currentFacts(ctx, orgId).where(pageKey(ctx, 'f'), 'in', page).orderBy('f.id').execute();
  const items = rows.slice(0, limit).map(storedFactFromRow);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
}

/** One of the organisation's facts; NOT_FOUND when there is none with this id in it. */
export async function getFact(ctx: StoreContext, orgId: string, factId: string): Promise<StoredFact> {
  const row = await currentFacts(ctx, orgId).where('f.id', '=', factId).executeTakeFirst();
  if (!row) throw new EsgError('NOT_FOUND', `fact ${factId} not found`);
  return storedFactFromRow(row);
}

/** Every version of one of the organisation's facts, oldest first. */
export async function factHistory(ctx: StoreContext, orgId: string, factId: string): Promise<FactVersion[]> {
  const fact = await ctx.db
    .selectFrom('facts as f')
    .innerJoin('periods as p', 'p.id', 'f.period_id')
    .select(['f.entity', 'f.metric', 'f.dims', 'f.basis', 'p.year', 'p.start_date', 'p.end_date'])
    .where('f.org_id', '=', orgId)
    .where('f.id', '=', factId)
    .executeTakeFirst();
  if (!fact) throw new EsgError('NOT_FOUND', `fact ${factId} not found`);
  const versions = await ctx.db
    .selectFrom('fact_versions')
    .selectAll()
    .where('fact_id', '=', factId)
    .orderBy('version')
    .execute();
  return versions.map((v) => versionFromRow(fact, periodFromColumns(fact), v));
}
