import type { Kysely, Migration } from 'kysely';

// Indexes for the facts query (see facts/fact-page.ts), measured at 1,000,000 facts:
// - period + metric + site, the data-entry grid's and the bench's narrowest filter, walked the
//   (org, period, metric, id) index and read every fact of the metric from the table to test its
//   site (about 1,000 rows for 20); with the site in the index it reads only the rows it returns.
// - site without a period had no index starting with it and walked all of the organisation's facts.
// Index-only: it may run after 0004 and 0005 on databases migrated before it existed.

const INDEXES: Readonly<Record<string, readonly string[]>> = {
  facts_period_metric_site: ['org_id', 'period_id', 'metric', 'site_id', 'id'],
  facts_org_site: ['org_id', 'site_id', 'id'],
};

/** Migration 0003: indexes for the facts query's filters. */
export const queryIndexesMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    for (const [name, columns] of Object.entries(INDEXES)) {
      await db.schema
        .createIndex(name)
        .ifNotExists()
        .on('facts')
        .columns([...columns])
        .execute();
    }
  },
  async down(db: Kysely<unknown>): Promise<void> {
    for (const name of Object.keys(INDEXES)) await db.schema.dropIndex(name).ifExists().execute();
  },
};
