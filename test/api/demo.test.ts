import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATION, DEMO_USERS, loadDemo, startApi, type RunningApi } from '../../src/api/index.js';
import { main } from '../../src/cli/index.js';
import { openStore, systemActor, type Store } from '../../src/store/index.js';
import { periodFacts } from '../../src/api/checks/index.js';

const DEMO_DIR = 'demo';
const passwords = Object.fromEntries(DEMO_USERS.map((u, i) => [u.email, `demo password ${i + 1}`]));
const demo = systemActor('test');

let store: Store | undefined;
let api: RunningApi | undefined;
afterEach(async () => {
  await store?.close();
  await api?.close();
  store = undefined;
  api = undefined;
});

describe('the demo loader npm start runs', () => {
  it('loads Harbourline with its sites, people, two years of facts, a published 2024 and open conflicts', async () => {
    store = await openStore(':memory:', { scryptN: 1024 });
    const loaded = await loadDemo(store, DEMO_DIR, passwords);
    expect(loaded).toBeDefined();
    const orgId = loaded?.orgId ?? '';
    expect((await store.getOrganisation(orgId, demo)).name).toBe(DEMO_ORGANISATION);
    expect((await store.listSites(orgId, demo)).map((s) => s.name).sort()).toEqual([
      'Hong Kong Head Office',
      'Shenzhen Assembly Plant',
      'Suzhou Components Works',
    ]);
    const roles = new Map((await store.listMembers(orgId, demo)).map((m) => [m.role, m]));
    expect([...roles.keys()].sort()).toEqual(['contributor', 'owner', 'reviewer']);
    expect(roles.get('contributor')?.siteIds).toHaveLength(1);
    expect(await store.verifyPassword('owner@harbourline.example', 'demo password 1')).toBeDefined();

    const periods = new Map((await store.listPeriods(orgId, demo)).map((p) => [p.period.year, p]));
    expect(periods.get(2024)?.status).toBe('locked');
    expect(periods.get(2025)?.status).toBe('open');
    const facts2024 = await periodFacts(store, orgId, periods.get(2024)?.id ?? '', demo);
    const facts2025 = await periodFacts(store, orgId, periods.get(2025)?.id ?? '', demo);
    expect(facts2024.length).toBeGreaterThan(50);
    expect(facts2024.every((f) => f.fact.status === 'verified')).toBe(true);
    expect(facts2025.length).toBeGreaterThan(100);
    const kinds = new Set(facts2025.map((f) => f.fact.provenance.kind));
    expect(kinds).toEqual(new Set(['calculation', 'document', 'entry']));
    const entered = facts2025.filter((f) => f.fact.provenance.kind === 'entry').map((f) => f.fact);
    expect(entered.map((f) => f.metric)).toContain('safety.lost_days');
    expect(new Set(entered.map((f) => (f.provenance.kind === 'entry' ? f.provenance.user : '')))).toEqual(
      new Set(['owner@harbourline.example']),
    );
    const siteFacts = facts2025.filter((f) => f.siteId !== null);
    expect(siteFacts.length).toBeGreaterThan(20);
    expect(facts2025.some((f) => f.fact.metric.startsWith('workforce.'))).toBe(true);

    const conflicts = await store.listConflicts(orgId, { status: 'open' }, demo);
    expect(conflicts.length).toBeGreaterThan(0);
    expect(conflicts.every((c) => c.proposed.provenance.kind === 'document')).toBe(true);
    expect(loaded?.imports.map((i) => i.kind)).toEqual(['activity', 'activity', 'roster', 'report']);

    expect(await loadDemo(store, DEMO_DIR, passwords)).toBeUndefined();
  });

  it('gives every HKEX C2 disclosure figures, a narrative or a reason, so `esg report` exits 0', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'esgkit-demo-report-'));
    try {
      const db = path.join(dir, 'demo.db');
      store = await openStore(db, { scryptN: 1024 });
      const loaded = await loadDemo(store, DEMO_DIR, passwords);
      expect(loaded?.disclosures?.responses).toBe(60);
      const period = (await store.listPeriods(loaded?.orgId ?? '', demo)).find((p) => p.period.year === 2025);
      const explained = await store.listExplanations(loaded?.orgId ?? '', period?.id ?? '', 'hkex-c2', demo);
      expect(explained.find((e) => e.code === 'A2.5')?.kind).toBe('omitted');
      await store.close();
      store = undefined;
      const out: string[] = [];
      const err: string[] = [];
      const html = path.join(dir, 'report.html');
      const argv = ['--db', db, '--org', loaded?.orgId ?? '', '--year', '2025', '--framework', 'hkex-c2'];
      const code = await main(['node', 'esg', 'report', ...argv, '--out', html], {
        out: (t) => out.push(t),
        err: (t) => err.push(t),
      });
      expect(err.filter((l) => !l.includes('warning'))).toEqual([]);
      expect(code).toBe(0);
      expect(out.join('')).toMatch(/, 0 without explanation/);
      const text = await readFile(html, 'utf8');
      expect(text).toContain('2030 against 2024');
      expect(text).toContain('Packaging data are not yet collected');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000); // loads the whole demo into SQLite and builds the report: slow on a loaded machine

  it('serves the demo over HTTP: sign in with a printed password and read the facts', async () => {
    let loaded: Awaited<ReturnType<typeof loadDemo>>;
    const lines: string[] = [];
    api = await startApi({
      db: ':memory:',
      port: 0,
      log: (line) => lines.push(line),
      prepare: async (s) => {
        loaded = await loadDemo(s, DEMO_DIR);
      },
    });
    expect(api.url).toMatch(/^http:\/\/localhost:\d+$/);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const owner = loaded?.signIns.find((s) => s.role === 'owner');
    const login = await fetch(`${api.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: owner?.email, password: owner?.password }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const orgs = (await (await fetch(`${api.url}/api/v1/orgs`, { headers: { cookie } })).json()) as {
      items: { id: string; name: string }[];
    };
    expect(orgs.items.map((o) => o.name)).toEqual([DEMO_ORGANISATION]);
    const page = (await (
      await fetch(`${api.url}/api/v1/orgs/${orgs.items[0]?.id ?? ''}/facts?metric=ghg.scope1&limit=5`, {
        headers: { cookie },
      })
    ).json()) as { items: unknown[] };
    expect(page.items.length).toBe(5);
    expect(lines.some((l) => l.includes('"message":"listening"'))).toBe(true);
  }, 120_000); // loads the whole demo (extraction, calculation) and serves it: slow on a loaded machine
});

describe('esg serve and esg demo options', () => {
  it('refuses a bad port before opening anything', async () => {
    const err: string[] = [];
    const io = { out: () => undefined, err: (t: string) => err.push(t) };
    expect(await main(['node', 'esg', 'serve', '--port', '80000', '--db', ':memory:'], io)).toBe(2);
    expect(err.join('')).toMatch(/--port must be a whole number from 0 to 65535/);
    expect(await main(['node', 'esg', 'demo', '--port', 'http', '--db', ':memory:'], io)).toBe(2);
  });
});
