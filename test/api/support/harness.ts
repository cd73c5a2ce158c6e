import { apiConfig, createApp, silentLogger, type ApiConfig } from '../../../src/api/index.js';
import { openStore, systemActor, userActor, type Role, type Store } from '../../../src/store/index.js';

/** A clock tests move by hand. */
export class TestClock {
  constructor(private ms = Date.parse('2026-03-02T09:00:00.000Z')) {}
  readonly now = (): Date => new Date(this.ms);
  advance(ms: number): void {
    this.ms += ms;
  }
}

/** A signed-in browser: its cookie and CSRF token. */
export interface Browser {
  readonly cookie: string;
  readonly csrf: string;
}

/** The app on an in-memory SQLite store, and helpers to call it. */
export interface Harness {
  readonly store: Store;
  readonly clock: TestClock;
  readonly app: ReturnType<typeof createApp>;
  /** Calls the app in process. */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** Calls the app as if over a socket from `address` (for per-address rate limits). */
  requestFrom(address: string, path: string, init?: RequestInit): Promise<Response>;
  /** Signs in and returns the browser's cookie and CSRF token. */
  login(email: string, password?: string): Promise<Browser>;
  /** A request as a signed-in browser (cookie, and the CSRF token on writes). */
  as(browser: Browser, path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  close(): Promise<void>;
}

/** The password every test user has. */
export const PASSWORD = 'correct horse battery staple';

/** Builds the app on a fresh in-memory store. */
export async function harness(config: Partial<Parameters<typeof apiConfig>[0]> = {}): Promise<Harness> {
  const clock = new TestClock();
  const store = await openStore(':memory:', { scryptN: 1024, now: clock.now });
  const cfg: ApiConfig = apiConfig(config);
  const app = createApp({ store, config: cfg, logger: silentLogger, clock: clock.now });
  const request = async (path: string, init?: RequestInit) => app.request(path, init);
  const requestFrom = async (address: string, path: string, init?: RequestInit) =>
    app.request(path, init, { incoming: { socket: { remoteAddress: address } } });
  const as = async (b: Browser, path: string, init: RequestInit & { json?: unknown } = {}) => {
    const { json, ...rest } = init;
    const headers = new Headers(rest.headers);
    headers.set('cookie', b.cookie);
    if ((rest.method ?? 'GET') !== 'GET' && !headers.has('x-csrf-token')) headers.set('x-csrf-token', b.csrf);
    if (json !== undefined) headers.set('content-type', 'application/json');
    return request(path, { ...rest, headers, ...(json === undefined ? {} : { body: JSON.stringify(json) }) });
  };
  const login = async (email: string, password = PASSWORD): Promise<Browser> => {
    const res = await request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const body = (await res.json()) as { csrfToken: string };
    return { cookie, csrf: body.csrfToken };
  };
  return { store, clock, app, request, requestFrom, login, as, close: () => store.close() };
}

/** Ids of the two-organisation fixture. */
export interface Fixture {
  readonly orgA: string;
  readonly orgB: string;
  readonly siteA1: string;
  readonly siteA2: string;
  readonly siteB1: string;
  readonly periodA2024: string;
  readonly periodA2025: string;
  readonly periodB2025: string;
  readonly users: Readonly<Record<'ownerA' | 'reviewerA' | 'contributorA' | 'viewerA' | 'ownerB', string>>;
}

/** E-mail of a fixture user. */
export const email = (who: keyof Fixture['users']): string => `${who.toLowerCase()}@example.test`;

/**
 * Two organisations: A ("Kestrel Metals", two sites, periods 2024 and 2025, one user of each role)
 * and B ("Osprey Foods", one site, period 2025, its own owner).
 */
export async function seed(store: Store): Promise<Fixture> {
  const sys = systemActor('test');
  const ids: Record<string, string> = {};
  for (const who of ['ownerA', 'reviewerA', 'contributorA', 'viewerA', 'ownerB'] as const) {
    ids[who] = (await store.createUser({ email: email(who), name: who, password: PASSWORD }, sys)).id;
  }
  const users = ids as Fixture['users'];
  const ownerA = userActor(users.ownerA);
  const ownerB = userActor(users.ownerB);
  const orgA = (await store.createOrganisation('Kestrel Metals', ownerA)).id;
  const orgB = (await store.createOrganisation('Osprey Foods', ownerB)).id;
  const siteA1 = (await store.createSite(orgA, { name: 'Ningbo Foundry', boundary: { kind: 'in' } }, ownerA))
    .id;
  const siteA2 = (await store.createSite(orgA, { name: 'Xiamen Mill', boundary: { kind: 'in' } }, ownerA)).id;
  const siteB1 = (await store.createSite(orgB, { name: 'Dalian Bakery', boundary: { kind: 'in' } }, ownerB))
    .id;
  const periodA2024 = (await store.openPeriod(orgA, { year: 2024 }, ownerA)).id;
  const periodA2025 = (await store.openPeriod(orgA, { year: 2025 }, ownerA)).id;
  const periodB2025 = (await store.openPeriod(orgB, { year: 2025 }, ownerB)).id;
  const roles: [keyof Fixture['users'], Role, string[]][] = [
    ['reviewerA', 'reviewer', []],
    ['contributorA', 'contributor', [siteA1]],
    ['viewerA', 'viewer', []],
  ];
  for (const [who, role, sites] of roles) await store.addMember(orgA, users[who], role, ownerA, sites);
  return { orgA, orgB, siteA1, siteA2, siteB1, periodA2024, periodA2025, periodB2025, users };
}

/** A response's JSON body, typed by the caller. */
export async function body<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

/** The error body every failure has. */
export interface ErrorJson {
  readonly error: { readonly code: string; readonly message: string; readonly field?: string };
}

/** The parts of a fact the tests read. */
export interface FactJson {
  readonly id: string;
  readonly periodId: string;
  readonly siteId: string | null;
  readonly version: number;
  readonly metric: string;
  readonly dims: Readonly<Record<string, string>>;
  readonly value: string;
  readonly unit: string;
  readonly status: string;
  readonly label: string | null;
  readonly provenance: { readonly kind: string } & Readonly<Record<string, unknown>>;
}

/** A multipart upload body. */
export function upload(kind: string, name: string, content: string | Uint8Array): FormData {
  const form = new FormData();
  form.set('kind', kind);
  form.set('file', new File([content], name));
  return form;
}
