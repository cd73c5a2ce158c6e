import type { MiddlewareHandler } from 'hono';
import type { AppDeps } from '../app/app-deps.js';
import type { ApiEnv } from '../app/api-env.js';
import { HttpRefusal } from '../errors/index.js';
import { checkCsrf } from './csrf.js';
import { sessionSecretOf } from './session-cookie.js';

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/**
 * Finds who is calling: a bearer API token (scripts) or the session cookie (the web UI, whose
 * writes must also pass the CSRF checks). Anyone else gets 401. Requests for which `isPublic`
 * holds (sign-in) pass without.
 */
export function authenticate(
  deps: AppDeps,
  isPublic: (method: string, path: string) => boolean,
): MiddlewareHandler<ApiEnv> {
  const { store, config } = deps;
  return async (c, next) => {
    if (isPublic(c.req.method, c.req.path)) {
      await next();
      return;
    }
    const header = c.req.header('authorization');
    if (header !== undefined) {
      const secret = BEARER.exec(header)?.[1];
      if (secret === undefined)
        throw new HttpRefusal('UNAUTHENTICATED', 'the Authorization header must read "Bearer <API token>"');
      const user = await store.verifyApiToken(secret);
      if (!user) throw new HttpRefusal('UNAUTHENTICATED', 'the API token is unknown or revoked');
      c.set('auth', { via: 'token', user });
      await next();
      return;
    }
    const secret = sessionSecretOf(c);
    const session = secret === undefined ? undefined : await store.getSession(secret);
    const user = session && (await store.getUser(session.userId));
    if (secret === undefined || !session || !user) {
      throw new HttpRefusal('UNAUTHENTICATED', 'sign in first, or send a bearer API token');
    }
    checkCsrf(c, session, config);
    c.set('auth', { via: 'session', user, session, secret });
    await next();
  };
}
