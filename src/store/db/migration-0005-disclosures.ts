import type { Kysely, Migration } from 'kysely';
import { sqlIn } from './sql-check.js';

// What a report says besides its figures, per organisation and reporting period: the materiality
// survey with the preparer's weights and cut-offs, the narrative (policy text) of each framework
// aspect or disclosure with its versions, and why a disclosure is omitted (HKEX comply-or-explain,
// GRI 1 Requirement 6). Scores and weights are decimal strings, as fact values are in SQLite.

/** Migration 0005: materiality, narratives and omission explanations. */
export const disclosuresMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('materiality_surveys')
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id'))
      .addColumn('source', 'text')
      .addColumn('threshold_x', 'text')
      .addColumn('threshold_y', 'text')
      .addColumn('lens', 'text', (c) => c.check(sqlIn('lens', ['single', 'double'])))
      .addColumn('rule', 'text', (c) => c.check(sqlIn('rule', ['both', 'either'])))
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('materiality_surveys_pkey', ['org_id', 'period_id'])
      .execute();
    await db.schema
      .createTable('materiality_responses')
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('source_row', 'integer')
      .addColumn('respondent_group', 'text', (c) => c.notNull())
      .addColumn('topic', 'text', (c) => c.notNull())
      .addColumn('stakeholder', 'text', (c) => c.notNull())
      .addColumn('business', 'text', (c) => c.notNull())
      .addColumn('impact', 'text')
      .addColumn('financial', 'text')
      .addPrimaryKeyConstraint('materiality_responses_pkey', ['org_id', 'period_id', 'seq'])
      .execute();
    await db.schema
      .createTable('materiality_weights')
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id'))
      .addColumn('respondent_group', 'text', (c) => c.notNull())
      .addColumn('weight', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('materiality_weights_pkey', ['org_id', 'period_id', 'respondent_group'])
      .execute();
    await db.schema
      .createTable('narratives')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id'))
      .addColumn('framework', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('current_version', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('narratives_code_key', ['org_id', 'period_id', 'framework', 'code'])
      .execute();
    await db.schema
      .createTable('narrative_versions')
      .addColumn('narrative_id', 'text', (c) => c.notNull().references('narratives.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('narrative_versions_pkey', ['narrative_id', 'version'])
      .execute();
    await db.schema
      .createTable('omission_explanations')
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id'))
      .addColumn('framework', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull().check(sqlIn('kind', ['omitted', 'not_applicable'])))
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('omission_explanations_pkey', ['org_id', 'period_id', 'framework', 'code'])
      .execute();
  },
};
