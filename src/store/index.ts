// The store layer: facts at rest with their versions and provenance, and the organisations,
// periods, people and decisions around them, on SQLite or PostgreSQL.
export { openStore, type OpenStoreOptions } from './open-store.js';
export type { Store } from './store.js';
export * from './model/index.js';
export { can, PERMISSIONS, type Permission } from './access/index.js';
export { parseStoreUrl, DIALECTS, type DialectName, type StoreLocation } from './db/index.js';
export type { NewUser } from './auth/index.js';
export type { NewDocument, NewEntity, NewPeriod, NewSite } from './org/index.js';
export {
  DOCUMENT_INDEX_STATUSES,
  type DocumentContent,
  type DocumentIndexEntry,
  type DocumentIndexStatus,
  type ReportClaims,
} from './org/index.js';
export type { UpsertOptions } from './facts/index.js';
export { factContentJson, factJson } from './facts/index.js';
export {
  OMISSION_KINDS,
  MATERIALITY_LENS_NAMES,
  MATERIAL_RULE_NAMES,
  MAX_SURVEY_RESPONSES,
  MAX_NARRATIVE_CHARS,
  MAX_REASON_CHARS,
  type OmissionKind,
  type SurveyRow,
  type MaterialitySettings,
  type StoredMateriality,
  type NarrativeWrite,
  type Narrative,
  type NarrativeVersion,
  type ExplanationWrite,
  type StoredExplanation,
} from './disclosures/index.js';
