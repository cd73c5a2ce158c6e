import type { Kysely } from 'kysely';
import type { StoreContext } from '../context.js';
import type { Database } from '../db/index.js';

// The tables of migration 0005 as Kysely sees them. They are added to the shared schema with
// `withTables` here, so this module owns its rows; nothing outside src/store sees them. Type aliases,
// not interfaces, because `withTables` needs their implicit index signatures.

/** Table `materiality_surveys`: one per organisation and period, with the preparer's choices. */
export type MaterialitySurveyTable = {
  org_id: string;
  period_id: string;
  source: string | null;
  threshold_x: string | null;
  threshold_y: string | null;
  lens: string | null;
  rule: string | null;
  actor: string;
  updated_at: string;
};

/** Table `materiality_responses`: one respondent's scores of one topic. */
export type MaterialityResponseTable = {
  org_id: string;
  period_id: string;
  seq: number;
  source_row: number | null;
  respondent_group: string;
  topic: string;
  stakeholder: string;
  business: string;
  impact: string | null;
  financial: string | null;
};

/** Table `materiality_weights`: a stakeholder group's weight. */
export type MaterialityWeightTable = {
  org_id: string;
  period_id: string;
  respondent_group: string;
  weight: string;
};

/** Table `narratives`: a framework code's text, its current version. */
export type NarrativeTable = {
  id: string;
  org_id: string;
  period_id: string;
  framework: string;
  code: string;
  current_version: number;
  updated_at: string;
};

/** Table `narrative_versions`: append-only; the primary key is (narrative_id, version). */
export type NarrativeVersionTable = {
  narrative_id: string;
  version: number;
  text: string;
  actor: string;
  created_at: string;
};

/** Table `omission_explanations`: why a framework code is not reported. */
export type OmissionExplanationTable = {
  org_id: string;
  period_id: string;
  framework: string;
  code: string;
  kind: string;
  reason: string;
  actor: string;
  updated_at: string;
};

/** The disclosure tables. */
export type DisclosureTables = {
  materiality_surveys: MaterialitySurveyTable;
  materiality_responses: MaterialityResponseTable;
  materiality_weights: MaterialityWeightTable;
  narratives: NarrativeTable;
  narrative_versions: NarrativeVersionTable;
  omission_explanations: OmissionExplanationTable;
};

/** The context's database (or transaction) with the disclosure tables. */
export function disclosureDb(ctx: StoreContext): Kysely<Database & DisclosureTables> {
  return ctx.db.withTables<DisclosureTables>();
}
