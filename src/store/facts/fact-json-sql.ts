import { sql, type RawBuilder } from 'kysely';
import type { DialectName } from '../db/index.js';
import { sourceDocumentId } from './source-document.js';

// The database's spelling of a fact's JSON form (fact-json.ts), over the facts query's join of
// `facts as f`, `fact_versions as v` and `periods as p` (list-facts.ts). Everything in it was
// checked when written: dims and provenance are stored as canonical JSON text and embedded as
// they are; status and basis have CHECK constraints; the value is stored in plain notation (TEXT
// in SQLite, NUMERIC in PostgreSQL, whose text form keeps the digits as written); actors are
// `user:<id>` or `system:<name>` (audit/actor-text.ts).

/** The SQL functions that build JSON, per dialect (SQLite JSON1, PostgreSQL 9.4+). */
const SPELLING = {
  sqlite: { object: sql.raw('json_object'), json: (column: string) => sql`json(${sql.ref(column)})` },
  postgres: { object: sql.raw('json_build_object'), json: (column: string) => sql`${sql.ref(column)}::json` },
} as const;

/** One fact's JSON form as text, built by the database: a column of the facts query. */
export function factJsonText(dialect: DialectName): RawBuilder<string> {
  const { object, json } = SPELLING[dialect];
  const value = dialect === 'postgres' ? sql`v.value::text` : sql`v.value`;
  const changedBy = sql`case when substr(v.actor, 1, 5) = 'user:'
    then ${object}('kind', 'user', 'userId', substr(v.actor, 6))
    else ${object}('kind', 'system', 'name', substr(v.actor, 8)) end`;
  const built = sql`${object}(
    'id', f.id, 'orgId', f.org_id, 'periodId', f.period_id, 'siteId', f.site_id,
    'version', f.current_version, 'entity', f.entity, 'year', p.year, 'metric', f.metric,
    'label', v.label, 'dims', ${json('f.dims')}, 'basis', f.basis, 'value', ${value},
    'unit', v.unit_symbol, 'status', f.status, 'provenance', ${json('v.provenance')},
    'changedAt', v.created_at, 'changedBy', ${changedBy}, 'reason', v.reason,
    'documentId', ${sourceDocumentId()})`;
  // PostgreSQL's json would be parsed into objects by the driver; as text it arrives as it is.
  return dialect === 'postgres' ? sql<string>`${built}::text` : sql<string>`${built}`;
}
