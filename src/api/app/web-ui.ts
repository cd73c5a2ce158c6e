import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from './api-env.js';

const FILE_PATH = /\.[A-Za-z0-9]+$/;

/**
 * Serves the built web UI from `root` (web-dist/): its files as they are, and index.html for any
 * other path outside /api (but files) so the single-page app's own routes load on refresh.
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
    // A missing file (a path with an extension, e.g. a stale /assets/*.js) stays a 404 rather
    // than becoming the page, so a browser never runs HTML as a script.
    return files(c, async () => {
      if (FILE_PATH.test(c.req.path)) {
        await next();
        return;
      }
      const page = await indexPage(c, next);
      if (page) c.res = page;
    });
  };
  app.use('*', handler);
}
