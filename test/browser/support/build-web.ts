import path from 'node:path';
import { build } from 'vite';
import { REPO_ROOT } from './app-server.js';

/** Builds the web UI into web-dist/ so the tests drive the current source, not a stale build. */
export async function buildWeb(): Promise<void> {
  // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(REPO_ROOT, 'src/web/vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
    });
  } finally {
    process.env.NODE_ENV = before;
  }
}
