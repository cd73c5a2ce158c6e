import type { ActorJson } from './fact.types.js';

/** One line of the audit log (schema `AuditEntry`). */
export interface AuditEntryJson {
  readonly id: string;
  readonly orgId: string | null;
  readonly actor: ActorJson;
  /** What was done, e.g. `facts.import`, `fact.review`, `period.lock`. */
  readonly action: string;
  /** The id of the record changed. */
  readonly target: string | null;
  readonly detail: Readonly<Record<string, string | number | boolean | null>>;
  readonly at: string;
}

/** A member of an organisation (schema `Member`). */
export interface MemberJson {
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly role: 'owner' | 'contributor' | 'reviewer' | 'viewer';
  readonly siteIds: readonly string[];
}
