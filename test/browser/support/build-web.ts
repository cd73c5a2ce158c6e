import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { REPO_ROOT } from './app-server.js';

/** A build of the web UI in its own folder, and how to remove it. */
export interface WebBuild {
  readonly dir: string;
  remove(): Promise<void>;
}

/**
 * Builds the current web UI source into a fresh temporary folder, so the tests drive the source as
 * it is (not a stale web-dist/) and test files running in parallel never empty each other's build.
 */
export async function buildWeb(): Promise<WebBuild> {
  const dir = await mkdtemp(path.join(tmpdir(), 'esgkit-web-'));
  // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(REPO_ROOT, 'src/web/vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: dir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    process.env.NODE_ENV = before;
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
