import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import type { DialectName } from './schema.js';
import { sqlIn } from './sql-check.js';

// Facts, their append-only versions with one provenance record each, imports, reviews and conflicts.
// A disclosed number is stored exactly: NUMERIC in PostgreSQL, TEXT (the decimal string) in SQLite,
// whose REAL affinity would round 557065287.99 to a binary float.

const FACT_STATUSES = ['unverified', 'submitted', 'verified', 'rejected'];
const PROVENANCE_KINDS = ['document', 'calculation', 'entry'];

/** Migration 0002 for the given dialect (only the decimal column type differs). */
export function factsMigration(dialect: DialectName): Migration {
  const decimal = dialect === 'postgres' ? 'numeric' : 'text';
  // The value, unit and provenance columns a fact version and a conflict's proposal share.
  const content = <T extends string>(t: CreateTableBuilder<T>): CreateTableBuilder<T> =>
    t
      .addColumn('value', decimal, (c) => c.notNull())
      .addColumn('unit_symbol', 'text', (c) => c.notNull())
      .addColumn('unit_dimension', 'text', (c) => c.notNull())
      .addColumn('unit_to_base', decimal, (c) => c.notNull())
      .addColumn('unit_counted', 'text')
      .addColumn('label', 'text')
      .addColumn('provenance_kind', 'text', (c) =>
        c.notNull().check(sqlIn('provenance_kind', PROVENANCE_KINDS)),
      )
      .addColumn('provenance', 'text', (c) => c.notNull());

  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('imports')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
        .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id'))
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('document_id', 'text', (c) => c.references('documents.id'))
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('inserted', 'integer', (c) => c.notNull())
        .addColumn('updated', 'integer', (c) => c.notNull())
        .addColumn('unchanged', 'integer', (c) => c.notNull())
        .addColumn('conflicts', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('imports_org_time')
        .on('imports')
        .columns(['org_id', 'created_at'])
        .execute();
      await createFacts(db);
      await content(db.schema.createTable('fact_versions'))
        .addColumn('fact_id', 'text', (c) => c.notNull().references('facts.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sqlIn('status', FACT_STATUSES)))
        .addColumn('import_id', 'text', (c) => c.references('imports.id'))
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('fact_versions_pkey', ['fact_id', 'version'])
        .execute();
      await db.schema
        .createTable('reviews')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
        .addColumn('fact_id', 'text', (c) => c.notNull().references('facts.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('decision', 'text', (c) => c.notNull().check(sqlIn('decision', ['approve', 'reject'])))
        .addColumn('comment', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('reviews_fact').on('reviews').column('fact_id').execute();
      await content(db.schema.createTable('conflicts'))
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
        .addColumn('fact_id', 'text', (c) => c.notNull().references('facts.id'))
        .addColumn('verified_version', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sqlIn('status', ['open', 'accepted', 'dismissed'])),
        )
        .addColumn('import_id', 'text', (c) => c.references('imports.id'))
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('resolved_by', 'text')
        .addColumn('resolved_at', 'text')
        .addColumn('resolution_comment', 'text')
        .execute();
      await db.schema
        .createIndex('conflicts_org_status')
        .on('conflicts')
        .columns(['org_id', 'status'])
        .execute();
      await db.schema.createIndex('conflicts_fact').on('conflicts').columns(['fact_id', 'status']).execute();
    },
  };
}

// The facts table and the indexes the facts query uses: each filter (period with metric, site or
// status) is an index prefix ending in `id`, so a filtered, id-ordered page is one index range scan.
async function createFacts(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('facts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id'))
    .addColumn('site_id', 'text', (c) => c.references('sites.id'))
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('dims', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull().check(sqlIn('basis', ['actual', 'target'])))
    .addColumn('fact_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sqlIn('status', FACT_STATUSES)))
    .addColumn('current_version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('facts_identity_key', ['org_id', 'period_id', 'fact_key'])
    .execute();
  const indexes: Record<string, string[]> = {
    facts_org_id: ['org_id', 'id'],
    facts_period_id: ['org_id', 'period_id', 'id'],
    facts_period_metric: ['org_id', 'period_id', 'metric', 'id'],
    facts_period_site: ['org_id', 'period_id', 'site_id', 'id'],
    facts_period_status: ['org_id', 'period_id', 'status', 'id'],
    facts_org_metric: ['org_id', 'metric', 'id'],
    facts_org_status: ['org_id', 'status', 'id'],
  };
  for (const [name, columns] of Object.entries(indexes)) {
    await db.schema.createIndex(name).on('facts').columns(columns).execute();
  }
}
