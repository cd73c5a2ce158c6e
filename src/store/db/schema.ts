import type { ColumnType } from 'kysely';

// The tables as Kysely sees them. Rows become domain records in one place per record kind
// (see ../facts/fact-row.ts for facts); nothing outside src/store sees a row.
// Timestamps are ISO-8601 UTC strings in both dialects, so they compare and sort as text.
// Decimals are `string`: TEXT in SQLite, NUMERIC in PostgreSQL (which pg returns as a string).

/** Table `organisations`. */
export interface OrganisationTable {
  id: string;
  name: string;
  created_at: string;
}

/** Table `entities`: legal entities with their reporting boundary. */
export interface EntityTable {
  id: string;
  org_id: string;
  name: string;
  boundary: string;
  boundary_reason: string | null;
  created_at: string;
}

/** Table `sites`. */
export interface SiteTable {
  id: string;
  org_id: string;
  entity_id: string | null;
  name: string;
  boundary: string;
  boundary_reason: string | null;
  created_at: string;
}

/** Table `periods`: one per organisation and year. */
export interface PeriodTable {
  id: string;
  org_id: string;
  year: number;
  start_date: string;
  end_date: string;
  status: string;
  created_at: string;
}

/** Table `users`; `email` is stored lower-cased. */
export interface UserTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: string;
}

/** Table `memberships`: a user's role in an organisation. */
export interface MembershipTable {
  org_id: string;
  user_id: string;
  role: string;
  created_at: string;
}

/** Table `membership_sites`: the sites a contributor may write. */
export interface MembershipSiteTable {
  org_id: string;
  user_id: string;
  site_id: string;
}

/** Table `api_tokens`; only the SHA-256 of the secret is stored. */
export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** Table `sessions`, keyed by the SHA-256 of the cookie secret. */
export interface SessionTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

/** Table `documents`: uploaded files' metadata. */
export interface DocumentTable {
  id: string;
  org_id: string;
  name: string;
  sha256: string;
  kind: string;
  size: number;
  uploaded_by: string;
  created_at: string;
}

/** Table `document_contents`: a document's bytes and, for a report, its content index (JSON). */
export interface DocumentContentTable {
  document_id: string;
  org_id: string;
  bytes: Uint8Array;
  content_index: string | null;
  /** The report's framework claims and statements in words (JSON, migration 0006); null when none. */
  report_claims: string | null;
}

/** Table `imports`: one row per batch of facts, written in the batch's transaction. */
export interface ImportTable {
  id: string;
  org_id: string;
  period_id: string;
  source: string;
  document_id: string | null;
  actor: string;
  reason: string;
  inserted: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  created_at: string;
}

/** Table `facts`: a fact's identity and its current version and status. */
export interface FactTable {
  id: string;
  org_id: string;
  period_id: string;
  site_id: string | null;
  entity: string;
  metric: string;
  /** Canonical JSON (sorted keys) of the dimensions. */
  dims: string;
  basis: string;
  /** Canonical JSON of (entity, site, metric, dims, basis): unique per organisation and period. */
  fact_key: string;
  status: string;
  current_version: number;
  updated_at: string;
}

/**
 * Column `facts.fact_json` (migration 0007): the fact as the API's JSON text (facts/fact-json.ts),
 * rewritten by the store in the transaction of every change to the fact. Not given on insert: the
 * store fills it once the fact's version is written (facts/fact-json-column.ts).
 */
export interface FactJsonColumn {
  fact_json: ColumnType<string, never, string>;
}

/** The value, unit and provenance columns shared by a fact version and a conflict's proposal. */
export interface FactContentColumns {
  value: string;
  unit_symbol: string;
  unit_dimension: string;
  unit_to_base: string;
  unit_counted: string | null;
  label: string | null;
  /** One provenance record per version: its kind, and the whole record as JSON. */
  provenance_kind: string;
  provenance: string;
}

/** Table `fact_versions`: append-only; the primary key is (fact_id, version). */
export interface FactVersionTable extends FactContentColumns {
  fact_id: string;
  version: number;
  status: string;
  import_id: string | null;
  actor: string;
  reason: string;
  created_at: string;
}

/** Table `reviews`: approve/reject decisions with their comment. */
export interface ReviewTable {
  id: string;
  org_id: string;
  fact_id: string;
  version: number;
  decision: string;
  comment: string;
  actor: string;
  created_at: string;
}

/** Table `conflicts`: proposed changes to verified facts. */
export interface ConflictTable extends FactContentColumns {
  id: string;
  org_id: string;
  fact_id: string;
  verified_version: number;
  status: string;
  import_id: string | null;
  actor: string;
  reason: string;
  created_at: string;
  resolved_by: string | null;
  resolved_at: string | null;
  resolution_comment: string | null;
}

/** Table `audit_log`. */
export interface AuditTable {
  id: string;
  org_id: string | null;
  actor: string;
  action: string;
  target: string | null;
  /** JSON object. */
  detail: string;
  created_at: string;
}

/** The whole database, for `Kysely<Database>`. */
export interface Database {
  organisations: OrganisationTable;
  entities: EntityTable;
  sites: SiteTable;
  periods: PeriodTable;
  users: UserTable;
  memberships: MembershipTable;
  membership_sites: MembershipSiteTable;
  api_tokens: ApiTokenTable;
  sessions: SessionTable;
  documents: DocumentTable;
  document_contents: DocumentContentTable;
  imports: ImportTable;
  facts: FactTable & FactJsonColumn;
  fact_versions: FactVersionTable;
  reviews: ReviewTable;
  conflicts: ConflictTable;
  audit_log: AuditTable;
}

/** The two databases the store runs on. */
export const DIALECTS = ['sqlite', 'postgres'] as const;
/** One of {@link DIALECTS}. */
export type DialectName = (typeof DIALECTS)[number];
