import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from './api-env.js';

/**
 * Serves the built web UI from `root` (web-dist/): its files as they are, and index.html for any
 * other path outside /api so the single-page app's own routes load on refresh.
 */
export function serveWebUi(app: OpenAPIHono<ApiEnv>, root: string): void {
  const files = serveStatic<ApiEnv>({ root });
  const indexPage = serveStatic<ApiEnv>({ root, path: 'index.html' });
  const handler: MiddlewareHandler<ApiEnv> = async (c, next) => {
    if (c.req.path.startsWith('/api/') || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) {
      await next();
      return;
    }
    // serveStatic answers with a Response when it finds the file and calls next otherwise.
    return files(c, async () => {
      const page = await indexPage(c, next);
      if (page) c.res = page;
    });
  };
  app.use('*', handler);
}
