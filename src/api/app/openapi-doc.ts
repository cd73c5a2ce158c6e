import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv } from './api-env.js';
import { SESSION_COOKIE } from '../auth/index.js';

/** Where the OpenAPI document is served. */
export const OPENAPI_PATH = '/api/openapi.json';

/**
 * Serves the OpenAPI 3.1 description of every route at {@link OPENAPI_PATH}, with the two ways
 * to authenticate: the session cookie (web UI; writes need `X-CSRF-Token`) and a bearer token.
 */
export function describeApi(app: OpenAPIHono<ApiEnv>): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description:
      'Set by POST /api/v1/auth/login. Requests other than GET must also send the X-CSRF-Token header with the token sign-in returned.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token from POST /api/v1/auth/tokens.',
  });
  app.doc31(OPENAPI_PATH, {
    openapi: '3.1.0',
    info: {
      title: 'esgkit API',
      version: '1',
      description:
        'Organisations, sites, periods, facts with provenance, imports, checks, reviews, conflicts and the audit log. Errors have the body {"error":{"code","message","field?"}}.',
    },
    security: [{ session: [] }, { bearer: [] }],
  });
}
