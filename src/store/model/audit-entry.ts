import type { Actor } from './actor.js';

/** Everything the audit log records; one entry per change, written in the change's transaction. */
export const AUDIT_ACTIONS = [
  'organisation.create',
  'entity.create',
  'site.create',
  'period.open',
  'period.lock',
  'period.unlock',
  'member.set',
  'document.add',
  'facts.import',
  'fact.review',
  'conflict.resolve',
  'user.create',
  'token.create',
  'token.revoke',
  'materiality.import',
  'materiality.settings',
  'narrative.write',
  'explanation.write',
] as const;
/** One of {@link AUDIT_ACTIONS}. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** JSON detail of an audit entry (counts, old and new values, comments). */
export type AuditDetail = Readonly<Record<string, string | number | boolean | null>>;

/** One line of the audit log: who did what to which record, when. */
export interface AuditEntry {
  readonly id: string;
  /** Null for changes outside any organisation (a new user). */
  readonly orgId: string | null;
  readonly actor: Actor;
  readonly action: AuditAction;
  /** The id of the record changed. */
  readonly target: string | null;
  readonly detail: AuditDetail;
  readonly at: string;
}
