// Starts the real esgkit app in process for the browser tests: an in-memory SQLite store, the API
// from createApp serving the built web UI (web-dist/), on a free loopback port.
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { apiConfig, createApp, silentLogger } from '../../../src/api/index.js';
import { openStore, systemActor, userActor, type Store } from '../../../src/store/index.js';

/** The repository root (test/browser/support → ../../..). */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/** A running app: its base URL, the store under it, the demo sign-in, and how to stop it. */
export interface RunningApp {
  readonly url: string;
  readonly store: Store;
  readonly email: string;
  readonly password: string;
  close(): Promise<void>;
}

/** Starts the app on 127.0.0.1 with a fresh in-memory store seeded by `seed`. */
export async function startApp(
  seed: (store: Store, url: string) => Promise<{ email: string; password: string }>,
): Promise<RunningApp> {
  // scrypt cost lowered for tests only (the store allows it; production keeps OWASP's 2^17).
  const store = await openStore(':memory:', { scryptN: 2 ** 10 });
  const app = createApp({
    store,
    config: apiConfig(),
    logger: silentLogger,
    clock: () => new Date(),
  });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: withWebUi(app.fetch), hostname: '127.0.0.1', port: 0 }, () => {
      resolve(s);
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${String(port)}`;
  const { email, password } = await seed(store, url);
  return {
    url,
    store,
    email,
    password,
    async close() {
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
      await store.close();
    },
  };
}

/** The demo file's text from demo/. */
export function demoFile(name: string): Promise<Buffer> {
  return readFile(path.join(REPO_ROOT, 'demo', name));
}

export { systemActor, userActor };

/**
 * Interim: serves web-dist/ beside the API until the API's own `webRoot` serving returns its
 * response (it answers 500 "Context is not finalized" today).
 */
function withWebUi(
  api: (req: Request) => Response | Promise<Response>,
): (req: Request) => Response | Promise<Response> {
  const web = new Hono();
  const root = path.relative(process.cwd(), path.join(REPO_ROOT, 'web-dist')) || '.';
  web.use('*', serveStatic({ root }));
  web.use('*', serveStatic({ root, path: 'index.html' }));
  return (req) => {
    const { pathname } = new URL(req.url);
    return pathname.startsWith('/api/') || pathname === '/healthz' ? api(req) : web.fetch(req);
  };
}
