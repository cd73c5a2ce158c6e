// JSON shapes of the organisation routes, as /api/openapi.json describes them (schemas User, Me,
// Session, OrganisationWithRole, Period, Site, Member). The domain enums come from core where core
// defines them; the store's own enums (roles, period status) are restated here because the web
// layer may import only core.

/** Roles a user holds in an organisation (schema `OrganisationWithRole.role`). */
export const ROLES = ['owner', 'contributor', 'reviewer', 'viewer'] as const;
/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/** A person who signs in. */
export interface UserJson {
  readonly id: string;
  readonly email: string;
  readonly name: string;
}

/** What sign-in returns. */
export interface SessionJson {
  readonly user: UserJson;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

/** An organisation with the caller's role in it. */
export interface OrganisationJson {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly role: Role;
}

/** The signed-in caller and their organisations (`GET /auth/me`). */
export interface MeJson {
  readonly user: UserJson;
  readonly via: 'session' | 'token';
  readonly csrfToken: string | null;
  readonly expiresAt: string | null;
  readonly organisations: readonly OrganisationJson[];
}

/** A reporting year. */
export interface PeriodJson {
  readonly id: string;
  readonly orgId: string;
  readonly year: number;
  readonly start: string;
  readonly end: string;
  readonly status: 'open' | 'locked';
}

/** A reporting boundary decision. */
export type BoundaryJson =
  { readonly kind: 'in'; readonly reason?: string } | { readonly kind: 'out'; readonly reason: string };

/** A site whose activity data is reported. */
export interface SiteJson {
  readonly id: string;
  readonly orgId: string;
  readonly entityId: string | null;
  readonly name: string;
  readonly boundary: BoundaryJson;
}

/** A list answer. */
export interface ItemsJson<T> {
  readonly items: readonly T[];
}

/** A page of a longer list and the cursor of the next page (null on the last). */
export interface PageJson<T> extends ItemsJson<T> {
  readonly nextCursor: string | null;
}
