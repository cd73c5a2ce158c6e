import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app/app-deps.js';
import type { ApiApp } from '../app/api-env.js';
import { errorResponses, errorSchema, HttpRefusal } from '../errors/index.js';
import { loginSchema, meSchema, sessionSchema } from './auth.schema.js';
import { clientAddress } from './client-address.js';
import { checkOrigin } from './csrf.js';
import { FixedWindowLimiter } from './login-limiter.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

/** The one route reachable without signing in. */
export const LOGIN_PATH = '/auth/login';

const login = createRoute({
  method: 'post',
  path: LOGIN_PATH,
  tags: ['auth'],
  summary: 'Sign in with e-mail and password; sets the HttpOnly session cookie',
  security: [],
  request: { body: { content: { 'application/json': { schema: loginSchema } }, required: true } },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: sessionSchema } } },
    400: errorResponses[400],
    401: {
      description: 'Wrong e-mail or password',
      content: { 'application/json': { schema: errorSchema } },
    },
    429: {
      description: 'Too many attempts for this e-mail from this address; see Retry-After',
      content: { 'application/json': { schema: errorSchema } },
    },
  },
});

const logout = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['auth'],
  summary: 'End the session',
  responses: { 204: { description: 'Signed out' }, 401: errorResponses[401], 403: errorResponses[403] },
});

const me = createRoute({
  method: 'get',
  path: '/auth/me',
  tags: ['auth'],
  summary: 'Who is signed in, with their organisations and roles',
  responses: {
    200: { description: 'The caller', content: { 'application/json': { schema: meSchema } } },
    401: errorResponses[401],
  },
});

/** Sign-in (rate-limited per client address and e-mail), sign-out and the current user. */
export function authRoutes(app: ApiApp, deps: AppDeps): void {
  const { store, config, clock } = deps;
  const limiter = new FixedWindowLimiter(config.loginAttempts, config.loginWindowMs, clock);

  app.openapi(login, async (c) => {
    checkOrigin(c, config);
    const { email, password } = c.req.valid('json');
    const key = `${clientAddress(c, config.trustProxy)}|${email.trim().toLowerCase()}`;
    const decision = limiter.attempt(key);
    if (!decision.allowed) {
      throw new HttpRefusal('RATE_LIMITED', 'too many sign-in attempts; try again later', {
        retryAfter: decision.retryAfter,
      });
    }
    const user = await store.verifyPassword(email, password);
    if (!user) throw new HttpRefusal('UNAUTHENTICATED', 'wrong e-mail or password');
    limiter.reset(key);
    const { secret, session } = await store.createSession(user.id, config.sessionTtlMs);
    setSessionCookie(c, secret, config);
    return c.json({ user, csrfToken: session.csrfToken, expiresAt: session.expiresAt }, 200);
  });

  app.openapi(logout, async (c) => {
    const auth = c.get('auth');
    if (auth.via === 'session') await store.deleteSession(auth.secret);
    clearSessionCookie(c, config);
    return c.body(null, 204);
  });

  app.openapi(me, async (c) => {
    const auth = c.get('auth');
    const orgs = await store.listOrganisations(auth.user.id);
    const organisations = [];
    for (const org of orgs) {
      const role = await store.roleOf(org.id, auth.user.id);
      if (role !== undefined) organisations.push({ ...org, role });
    }
    const session = auth.via === 'session' ? auth.session : undefined;
    return c.json(
      {
        user: auth.user,
        via: auth.via,
        csrfToken: session?.csrfToken ?? null,
        expiresAt: session?.expiresAt ?? null,
        organisations,
      },
      200,
    );
  });
}
