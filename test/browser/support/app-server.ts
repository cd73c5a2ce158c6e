// Starts the real esgkit app in process for the browser tests: the API's own start-up (startApi)
// on an in-memory SQLite store with the demo organisation loaded by its loader, serving the built
// web UI (web-dist/), on a free loopback port.
import path from 'node:path';
import { DEMO_USERS, loadDemo, startApi, type RunningApi } from '../../../src/api/index.js';

/** The repository root (test/browser/support → ../../..). */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/** A demo person's sign-in. */
export interface SignIn {
  readonly email: string;
  readonly password: string;
}

/** A running app: its base URL, the demo sign-ins by role, and how to stop it. */
export interface RunningApp {
  readonly url: string;
  /** The demo owner's sign-in. */
  readonly email: string;
  readonly password: string;
  readonly signIns: Readonly<Record<string, SignIn>>;
  readonly api: RunningApi;
  close(): Promise<void>;
}

/** Test passwords for the demo people (the demo loader draws random ones unless given). */
function demoPasswords(): Record<string, string> {
  return Object.fromEntries(DEMO_USERS.map((u) => [u.email, `test-${u.role}-password-2025`]));
}

/** Starts the app on 127.0.0.1 with a fresh in-memory store holding the demo organisation, serving `webRoot`. */
export async function startApp(webRoot: string): Promise<RunningApp> {
  const passwords = demoPasswords();
  const api = await startApi({
    db: ':memory:',
    port: 0,
    host: '127.0.0.1',
    webRoot,
    log: () => undefined,
    prepare: async (store) => {
      await loadDemo(store, path.join(REPO_ROOT, 'demo'), passwords);
    },
  });
  const signIns = Object.fromEntries(
    DEMO_USERS.map((u) => [u.role, { email: u.email, password: passwords[u.email] ?? '' }]),
  );
  const owner = signIns.owner;
  if (owner === undefined) throw new Error('the demo has no owner');
  return {
    // startApi names 127.0.0.1 "localhost"; the browser gets the address it listens on.
    url: api.url.replace('//localhost:', '//127.0.0.1:'),
    email: owner.email,
    password: owner.password,
    signIns,
    api,
    close: () => api.close(),
  };
}
