/**
 * Roles a user holds in one organisation: the owner manages everything and locks periods; a
 * contributor enters data for assigned sites; a reviewer approves or rejects; a viewer reads.
 */
export const ROLES = ['owner', 'contributor', 'reviewer', 'viewer'] as const;
/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/** A person who signs in. The password hash never leaves the store. */
export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
}

/** A user's role in an organisation; contributors also have the sites they may enter data for. */
export interface Membership {
  readonly orgId: string;
  readonly userId: string;
  readonly role: Role;
  /** Sites a contributor may write; empty for other roles. */
  readonly siteIds: readonly string[];
}

/** An API token's public record; the secret is shown once, at creation, and stored only hashed. */
export interface ApiToken {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly createdAt: string;
}

/** A signed-in browser session, found by its secret cookie value. */
export interface Session {
  readonly userId: string;
  /** The token the web UI echoes in a header on every state-changing request (CSRF defence). */
  readonly csrfToken: string;
  readonly expiresAt: string;
}
