import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { openStore, parseStoreUrl, type Store } from '../../store/index.js';
import { apiConfig, createApp, jsonLogger, type Clock, type LogLevel } from '../app/index.js';

// This file is dist/api/server/start-api.js once built (src/api/server/ under tsx); the web UI is
// built into web-dist/ at the package root, so `esg serve` finds it from any working directory.
const PACKAGE_WEB_DIST = fileURLToPath(new URL('../../../web-dist', import.meta.url));

/** How to run the API. */
export interface StartOptions {
  /** Store URL: `sqlite:./esgkit.db`, a path, `:memory:` or `postgres://…`. */
  readonly db: string;
  readonly port: number;
  /** Interface to listen on (default 127.0.0.1: this machine only). */
  readonly host?: string;
  /** The built web UI; served when it holds an index.html (default: `web-dist/` of this package). */
  readonly webRoot?: string;
  /** Where log lines go (one JSON object per line). */
  readonly log: (line: string) => void;
  readonly logLevel?: LogLevel;
  /** Runs on the migrated store before the server listens (the demo loader). */
  readonly prepare?: (store: Store, clock: Clock) => Promise<void>;
}

/** A running API: where it listens, its store, and how to stop both. */
export interface RunningApi {
  readonly url: string;
  readonly store: Store;
  close(): Promise<void>;
}

/**
 * The API's one start-up file: builds the config, the logger, the clock and the store (migrated),
 * creates the app and listens. The web UI is served from `webRoot` when it has been built.
 */
export async function startApi(options: StartOptions): Promise<RunningApi> {
  const clock: Clock = () => new Date();
  const logger = jsonLogger(options.log, options.logLevel ?? 'info', clock);
  const webRoot = path.resolve(options.webRoot ?? PACKAGE_WEB_DIST);
  const hasWeb = existsSync(path.join(webRoot, 'index.html'));
  const config = apiConfig(hasWeb ? { webRoot } : {});
  const store = await openStore(options.db, { now: clock });
  try {
    await options.prepare?.(store, clock);
  } catch (e) {
    await store.close();
    throw e;
  }
  const app = createApp({ store, config, logger, clock });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: host }, () => {
      resolve(s);
    });
    s.once('error', reject);
  }).catch(async (e: unknown) => {
    await store.close();
    throw e;
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  logger.log('info', 'listening', {
    url: `http://${shownHost}:${port}`,
    store: parseStoreUrl(options.db).dialect,
    webUi: hasWeb,
  });
  return {
    url: `http://${shownHost}:${port}`,
    store,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await store.close();
    },
  };
}
