export { userActor, systemActor, type Actor } from './actor.js';
export {
  BOUNDARY_KINDS,
  type Boundary,
  type BoundaryKind,
  type Entity,
  type Organisation,
  type Site,
} from './organisation.js';
export { PERIOD_STATUSES, type PeriodStatus, type ReportingPeriod } from './reporting-period.js';
export { ROLES, type Role, type User, type Membership, type ApiToken, type Session } from './user.js';
export { DOCUMENT_KINDS, type DocumentKind, type DocumentRecord } from './document.js';
export {
  IMPORT_SOURCES,
  UPSERT_OUTCOMES,
  REVIEW_DECISIONS,
  CONFLICT_STATUSES,
  CONFLICT_RESOLUTIONS,
  type FactWrite,
  type ImportSource,
  type UpsertResult,
  type UpsertOutcome,
  type FactOutcome,
  type StoredFact,
  type FactVersion,
  type FactFilter,
  type Page,
  type ReviewDecision,
  type ConflictStatus,
  type ConflictResolution,
  type Conflict,
} from './fact-record.js';
export { AUDIT_ACTIONS, type AuditAction, type AuditDetail, type AuditEntry } from './audit-entry.js';
