import type { Kysely, Migration } from 'kysely';
import type { DialectName } from './schema.js';

// An uploaded document's content: its bytes (so the file can be downloaded again, the source of
// every figure read from it) and, for a report, the content index read from it (so a period's
// coverage knows what the report says it omits and why, HKEX "comply or explain"). Kept out of
// `documents` so listing documents never reads the files.

/** Migration 0004 for the given dialect (only the bytes column type differs). */
export function contentIndexMigration(dialect: DialectName): Migration {
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('document_contents')
        .addColumn('document_id', 'text', (c) => c.primaryKey().references('documents.id'))
        .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
        .addColumn('bytes', bytes, (c) => c.notNull())
        // JSON array of content index entries; null when the document is not a report.
        .addColumn('content_index', 'text')
        .execute();
      await db.schema
        .createIndex('document_contents_org_idx')
        .on('document_contents')
        .columns(['org_id', 'document_id'])
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('document_contents').execute();
    },
  };
}
