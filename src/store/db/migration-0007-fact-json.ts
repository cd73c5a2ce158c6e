import type { Kysely, Migration } from 'kysely';
import { fillFactJson } from '../facts/fact-json-column.js';
import type { DialectName } from './schema.js';

// Each fact's JSON as the API answers with it, kept in its row (facts/fact-json-column.ts), so the
// facts list is one index range scan of one table. Facts stored before this migration get theirs
// from the same expression the store writes it with; a later change to the JSON form needs a
// migration that fills the column again.

/** Migration 0007: `facts.fact_json`, filled for the facts already stored. */
export function factJsonMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('facts').addColumn('fact_json', 'text').execute();
      await fillFactJson(db, dialect);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('facts').dropColumn('fact_json').execute();
    },
  };
}
