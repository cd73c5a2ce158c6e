import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Role, Session, User } from '../../store/index.js';

/** How the caller proved who they are: a browser session cookie, or a bearer API token. */
export type Authenticated =
  | {
      readonly via: 'session';
      readonly user: User;
      readonly session: Session;
      /** The cookie's secret, to end the session on sign-out. */
      readonly secret: string;
    }
  | { readonly via: 'token'; readonly user: User };

/** The Hono environment of the API: what middleware puts on the context for handlers. */
export interface ApiEnv {
  Variables: {
    /** Set by `authenticate` on every `/api/v1` route but sign-in. */
    auth: Authenticated;
    /** The caller's role in the organisation of an `/orgs/{orgId}` route, set by `orgScope`. */
    role: Role;
  };
}

/** The OpenAPI-aware Hono app every route module registers on. */
export type ApiApp = OpenAPIHono<ApiEnv>;
