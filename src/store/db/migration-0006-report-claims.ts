import type { Kysely, Migration } from 'kysely';

// What an imported report says about itself besides its content index: how it claims each framework
// (GRI 1, section 3: "in accordance with" or "with reference to") and where it states its board's ESG
// oversight, reporting principles and boundary (HKEX ESG Guide Part B). Coverage needs both; they
// are a few hundred bytes of JSON, kept beside the content index and written in the same transaction.

/** Migration 0006: `document_contents.report_claims` (JSON; null for documents that are not reports). */
export const reportClaimsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('document_contents').addColumn('report_claims', 'text').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('document_contents').dropColumn('report_claims').execute();
  },
};
