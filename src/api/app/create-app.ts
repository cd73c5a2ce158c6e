import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { authenticate, authRoutes, LOGIN_PATH, tokenRoutes } from '../auth/index.js';
import { errorHandler, HttpRefusal, validationHook } from '../errors/index.js';
import { memberRoutes, organisationRoutes, orgScope, siteRoutes } from '../orgs/index.js';
import { periodRoutes } from '../periods/index.js';
import { factRoutes } from '../facts/index.js';
import { reviewRoutes } from '../review/index.js';
import { importRoutes, documentRoutes } from '../imports/index.js';
import { checkRoutes } from '../checks/index.js';
import { auditRoutes } from '../audit/index.js';
import { metricRoutes } from '../catalogue/index.js';
import { disclosureRoutes } from '../disclosures/index.js';
import type { AppDeps } from './app-deps.js';
import type { ApiApp, ApiEnv } from './api-env.js';
import { describeApi } from './openapi-doc.js';
import { requestLog } from './request-log.js';
import { serveWebUi } from './web-ui.js';

/** Where the versioned API is mounted. */
export const API_BASE = '/api/v1';

/** Route modules, each registering its routes on the `/api/v1` app. */
const ROUTES: readonly ((app: ApiApp, deps: AppDeps) => void)[] = [
  authRoutes,
  tokenRoutes,
  organisationRoutes,
  memberRoutes,
  siteRoutes,
  periodRoutes,
  factRoutes,
  reviewRoutes,
  importRoutes,
  documentRoutes,
  checkRoutes,
  auditRoutes,
  metricRoutes,
  disclosureRoutes,
];

/**
 * Builds the HTTP app: `/healthz`, `/api/openapi.json` (OpenAPI 3.1) and the authenticated
 * `/api/v1`, plus the web UI's files when `config.webRoot` is set. Does no I/O until a request
 * comes; the start-up file builds the store, config, logger and clock and passes them in.
 */
export function createApp(deps: AppDeps): OpenAPIHono<ApiEnv> {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  const onError = errorHandler((e, c) => {
    deps.logger.log('error', 'request failed', {
      method: c.req.method,
      path: c.req.path,
      error: e instanceof Error ? (e.stack ?? e.message) : String(e),
    });
  });
  app.onError(onError);
  app.use('*', requestLog(deps.logger));
  // OWASP Secure Headers Project: nosniff, frame-ancestors same origin, no referrer, and so on.
  // HSTS only when served over HTTPS (secureCookies), where browsers honour it.
  app.use('*', secureHeaders({ strictTransportSecurity: deps.config.secureCookies }));
  app.get('/healthz', (c) => c.json({ status: 'ok' }));

  const v1 = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  v1.onError(onError);
  v1.use('*', async (c, next) => {
    // Organisation data must not sit in shared or browser caches (RFC 9111 §5.2.2.5). Set before
    // the handler, so c.json writes it with the body: set after, on a finished response, Hono
    // rebuilds the response around a stream (a tenth of a facts request's CPU time). A response a
    // handler built itself gets it afterwards.
    c.header('cache-control', 'no-store');
    await next();
    if (!c.res.headers.has('cache-control')) c.header('cache-control', 'no-store');
  });
  v1.use(
    '*',
    authenticate(deps, (method, path) => method === 'POST' && path === `${API_BASE}${LOGIN_PATH}`),
  );
  // Bodies are limited after authentication, so a stranger cannot make the server buffer an upload.
  v1.use('*', limitBodies(deps));
  v1.use('/orgs/:orgId', orgScope(deps));
  v1.use('/orgs/:orgId/*', scopeUnlessStoreChecks(orgScope(deps)));
  for (const register of ROUTES) register(v1, deps);
  v1.notFound(() => {
    throw new HttpRefusal('ROUTE_NOT_FOUND', 'no such API route');
  });
  app.route(API_BASE, v1);
  describeApi(app);
  if (deps.config.webRoot !== undefined) serveWebUi(app, deps.config.webRoot);
  app.notFound(() => {
    throw new HttpRefusal('ROUTE_NOT_FOUND', 'no such route');
  });
  return app;
}

// The facts list (GET /orgs/{orgId}/facts) checks the caller's membership within its page query
// (store listFactsJson): the org scope's own query would be a second, and on PostgreSQL a second
// round trip, for the API's busiest request. The list uses no role, and a GET has no body to parse.
const FACTS_LIST = new RegExp(`^${API_BASE}/orgs/[^/]+/facts$`);

/** The org scope, but for requests whose store call checks membership itself. */
function scopeUnlessStoreChecks(scope: MiddlewareHandler<ApiEnv>): MiddlewareHandler<ApiEnv> {
  return (c, next) => (c.req.method === 'GET' && FACTS_LIST.test(c.req.path) ? next() : scope(c, next));
}

/** Uploads may be up to `maxUploadBytes`; every other body up to `maxJsonBytes`. */
function limitBodies({ config }: AppDeps) {
  const refuse = (max: number) => () => {
    throw new HttpRefusal('PAYLOAD_TOO_LARGE', `the request body is over the limit of ${max} bytes`);
  };
  const uploads = bodyLimit({ maxSize: config.maxUploadBytes, onError: refuse(config.maxUploadBytes) });
  const others = bodyLimit({ maxSize: config.maxJsonBytes, onError: refuse(config.maxJsonBytes) });
  // GET and HEAD carry no body to limit; asking for one makes the Node adapter build a full
  // web Request (about a twentieth of a facts request's CPU time).
  return (c: Parameters<typeof uploads>[0], next: Parameters<typeof uploads>[1]) =>
    c.req.method === 'GET' || c.req.method === 'HEAD'
      ? next()
      : c.req.path.endsWith('/imports')
        ? uploads(c, next)
        : others(c, next);
}
