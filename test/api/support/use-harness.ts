import { afterEach, beforeEach } from 'vitest';
import { email, harness, seed, type Browser, type Fixture, type Harness } from './harness.js';

/** The harness options of `harness()`. */
type HarnessConfig = Parameters<typeof harness>[0];

/** What a test file reads: the app, its two-organisation fixture and the browsers signed in as `K`. */
export type HarnessSession<K extends string> = { readonly h: Harness; readonly f: Fixture } & Readonly<
  Record<K, Browser>
>;

/**
 * Gives every test of the file a fresh app on a seeded in-memory store, with the fixture users of
 * `signIn` signed in (`{ owner: 'ownerA' }`), and closes the store after it. The objects returned
 * stand for the current test's: they are built in `beforeEach`, so read them inside tests and
 * hooks registered after this call (vitest runs `beforeEach` hooks in the order they are added).
 */
export function useHarness<K extends string = never>(
  options: { config?: HarnessConfig; signIn?: Readonly<Record<K, keyof Fixture['users']>> } = {},
): HarnessSession<K> {
  let current: { h: Harness; f: Fixture; browsers: Record<string, Browser> } | undefined;
  const now = () => {
    if (!current) throw new Error('useHarness: read the harness inside a test, not at load time');
    return current;
  };
  // Closed after each test even when seeding or signing in failed, as the store is open by then.
  let opened: Harness | undefined;
  beforeEach(async () => {
    const h = await harness(options.config);
    opened = h;
    const f = await seed(h.store);
    const browsers: Record<string, Browser> = {};
    for (const [name, who] of Object.entries<keyof Fixture['users']>(options.signIn ?? {}))
      browsers[name] = await h.login(email(who));
    current = { h, f, browsers };
  });
  afterEach(async () => {
    const ending = opened;
    opened = undefined;
    current = undefined;
    await ending?.close();
  });
  const session: Record<string, object> = {
    h: forwardTo(() => now().h),
    f: forwardTo(() => now().f),
  };
  for (const name of Object.keys(options.signIn ?? {})) {
    session[name] = forwardTo(() => {
      const browser = now().browsers[name];
      if (!browser) throw new Error(`useHarness: ${name} is not signed in`);
      return browser;
    });
  }
  return session as HarnessSession<K>;
}

/**
 * An object that reads every property from `target()` at the time it is read, so a file can
 * name the current test's harness once at load time and keep its tests unchanged.
 */
function forwardTo<T extends object>(target: () => T): T {
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(target(), key),
    has: (_, key) => Reflect.has(target(), key),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(target(), key),
  });
}
