import { Migrator, type Kysely, type Migration } from 'kysely';
import { EsgError } from '../../core/index.js';
import { tenancyMigration } from './migration-0001-tenancy.js';
import { factsMigration } from './migration-0002-facts.js';
import { queryIndexesMigration } from './migration-0003-query-indexes.js';
import { contentIndexMigration } from './migration-0004-content-index.js';
import { disclosuresMigration } from './migration-0005-disclosures.js';
import { reportClaimsMigration } from './migration-0006-report-claims.js';
import { factJsonMigration } from './migration-0007-fact-json.js';
import type { Database, DialectName } from './schema.js';

/** The migrations in order, written in code so the built app needs no migration files on disk. */
export function migrationsFor(dialect: DialectName): Record<string, Migration> {
  return {
    '0001_tenancy': tenancyMigration,
    '0002_facts': factsMigration(dialect),
    '0003_query_indexes': queryIndexesMigration,
    '0004_content_index': contentIndexMigration(dialect),
    '0005_disclosures': disclosuresMigration,
    '0006_report_claims': reportClaimsMigration,
    '0007_fact_json': factJsonMigration(dialect),
  };
}

/**
 * Brings the schema to the latest migration. Idempotent: applied migrations are recorded in
 * `kysely_migration` and skipped; Kysely's lock table serialises concurrent runs.
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  dialect: DialectName,
): Promise<readonly string[]> {
  const migrations = migrationsFor(dialect);
  // Unordered: a migration numbered before ones a database already ran (0003 landed after 0004 and
  // 0005) still runs on it, instead of Kysely refusing the database as corrupted.
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    // No migration named: the database could not be reached or locked; the caller says which.
    if (failed === undefined)
      throw error instanceof Error ? error : new Error('migration failed', { cause: error });
    throw new EsgError('UNSUPPORTED', `database migration ${failed} failed`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
