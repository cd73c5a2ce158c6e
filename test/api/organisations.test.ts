import { describe, expect, it } from 'vitest';
import { body, email, type ErrorJson } from './support/harness.js';
import { useHarness } from './support/use-harness.js';

const { h, f, owner } = useHarness({ signIn: { owner: 'ownerA' } });

describe('organisations', () => {
  it('lists only the caller’s organisations with their role, and creates one owned by the caller', async () => {
    const list = await body<{ items: { id: string; name: string; role: string }[] }>(
      await h.as(owner, '/api/v1/orgs'),
    );
    expect(list.items).toEqual([
      expect.objectContaining({ id: f.orgA, name: 'Kestrel Metals', role: 'owner' }),
    ]);
    const viewer = await h.login(email('viewerA'));
    const created = await h.as(viewer, '/api/v1/orgs', { method: 'POST', json: { name: 'Heron Textiles' } });
    expect(created.status).toBe(201);
    const org = await body<{ id: string; role: string }>(created);
    expect(org.role).toBe('owner');
    expect((await h.as(viewer, `/api/v1/orgs/${org.id}`)).status).toBe(200);
  });

  it('gives 404, never 403, for another organisation and everything in it', async () => {
    const paths = [
      `/api/v1/orgs/${f.orgB}`,
      `/api/v1/orgs/${f.orgB}/sites`,
      `/api/v1/orgs/${f.orgB}/entities`,
      `/api/v1/orgs/${f.orgB}/members`,
      `/api/v1/orgs/${f.orgB}/periods`,
      `/api/v1/orgs/${f.orgB}/periods/${f.periodB2025}`,
      `/api/v1/orgs/${f.orgB}/periods/${f.periodB2025}/checks`,
      `/api/v1/orgs/${f.orgB}/facts`,
      `/api/v1/orgs/${f.orgB}/conflicts`,
      `/api/v1/orgs/${f.orgB}/documents`,
      `/api/v1/orgs/${f.orgB}/audit`,
      `/api/v1/orgs/does-not-exist`,
    ];
    for (const path of paths) {
      const res = await h.as(owner, path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
    const writes: [string, unknown][] = [
      [`/api/v1/orgs/${f.orgB}/sites`, { name: 'Intruder Site' }],
      [`/api/v1/orgs/${f.orgB}/periods`, { year: 2026 }],
      [`/api/v1/orgs/${f.orgB}/periods/${f.periodB2025}/lock`, undefined],
      [`/api/v1/orgs/${f.orgB}/members`, { email: email('ownerA'), role: 'owner' }],
    ];
    for (const [path, json] of writes) {
      const res = await h.as(owner, path, { method: 'POST', ...(json === undefined ? {} : { json }) });
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
    expect(await h.store.roleOf(f.orgB, f.users.ownerA)).toBeUndefined();
  });

  it('does not reach another organisation’s period through its own organisation’s path', async () => {
    const res = await h.as(owner, `/api/v1/orgs/${f.orgA}/periods/${f.periodB2025}`);
    expect(res.status).toBe(404);
    const lock = await h.as(owner, `/api/v1/orgs/${f.orgA}/periods/${f.periodB2025}/lock`, {
      method: 'POST',
    });
    expect(lock.status).toBe(404);
  });
});

describe('sites and entities', () => {
  it('lists the sites and lets the owner add one with its boundary', async () => {
    const created = await h.as(owner, `/api/v1/orgs/${f.orgA}/sites`, {
      method: 'POST',
      json: { name: 'Harbin Warehouse', boundary: { kind: 'out', reason: 'leased to a third party' } },
    });
    expect(created.status).toBe(201);
    const sites = await body<{ items: { name: string; boundary: { kind: string } }[] }>(
      await h.as(owner, `/api/v1/orgs/${f.orgA}/sites`),
    );
    expect(sites.items.map((s) => s.name).sort()).toEqual([
      'Harbin Warehouse',
      'Ningbo Foundry',
      'Xiamen Mill',
    ]);
    expect(sites.items.find((s) => s.name === 'Harbin Warehouse')?.boundary).toEqual({
      kind: 'out',
      reason: 'leased to a third party',
    });
  });

  it('refuses a site from a contributor (403) and names the bad field (400)', async () => {
    const contributor = await h.login(email('contributorA'));
    const forbidden = await h.as(contributor, `/api/v1/orgs/${f.orgA}/sites`, {
      method: 'POST',
      json: { name: 'Side Plant' },
    });
    expect(forbidden.status).toBe(403);
    const blank = await h.as(owner, `/api/v1/orgs/${f.orgA}/sites`, { method: 'POST', json: { name: '  ' } });
    expect(blank.status).toBe(400);
    expect((await body<ErrorJson>(blank)).error.field).toBe('name');
    const noReason = await h.as(owner, `/api/v1/orgs/${f.orgA}/sites`, {
      method: 'POST',
      json: { name: 'Out Plant', boundary: { kind: 'out' } },
    });
    expect(noReason.status).toBe(400);
    expect((await body<ErrorJson>(noReason)).error.field).toBe('boundary.reason');
  });

  it('adds an entity and lists it', async () => {
    const created = await h.as(owner, `/api/v1/orgs/${f.orgA}/entities`, {
      method: 'POST',
      json: { name: 'Kestrel Metals (Ningbo) Co., Ltd.' },
    });
    expect(created.status).toBe(201);
    const list = await body<{ items: { name: string }[] }>(
      await h.as(owner, `/api/v1/orgs/${f.orgA}/entities`),
    );
    expect(list.items.map((e) => e.name)).toEqual(['Kestrel Metals (Ningbo) Co., Ltd.']);
  });
});

describe('members', () => {
  it('lists members with their e-mail, role and sites', async () => {
    const list = await body<{ items: { email: string; role: string; siteIds: string[] }[] }>(
      await h.as(owner, `/api/v1/orgs/${f.orgA}/members`),
    );
    const byEmail = new Map(list.items.map((m) => [m.email, m]));
    expect(byEmail.get(email('contributorA'))).toMatchObject({ role: 'contributor', siteIds: [f.siteA1] });
    expect(byEmail.get(email('reviewerA'))?.role).toBe('reviewer');
    expect(list.items).toHaveLength(4);
  });

  it('lets the owner invite a new user and change a role; a reviewer may not', async () => {
    const invited = await h.as(owner, `/api/v1/orgs/${f.orgA}/members`, {
      method: 'POST',
      json: {
        email: 'new.analyst@example.test',
        role: 'viewer',
        name: 'New Analyst',
        password: 'long enough pw',
      },
    });
    expect(invited.status).toBe(200);
    expect(await body<{ role: string }>(invited)).toMatchObject({
      role: 'viewer',
      email: 'new.analyst@example.test',
    });
    const signedIn = await h.login('new.analyst@example.test', 'long enough pw');
    expect((await h.as(signedIn, `/api/v1/orgs/${f.orgA}`)).status).toBe(200);

    const reviewer = await h.login(email('reviewerA'));
    const refused = await h.as(reviewer, `/api/v1/orgs/${f.orgA}/members`, {
      method: 'POST',
      json: { email: email('viewerA'), role: 'owner' },
    });
    expect(refused.status).toBe(403);
    const unknown = await h.as(owner, `/api/v1/orgs/${f.orgA}/members`, {
      method: 'POST',
      json: { email: 'ghost@example.test', role: 'viewer' },
    });
    expect(unknown.status).toBe(404);
  });
});

describe('periods', () => {
  it('lists periods latest first and opens a fiscal year', async () => {
    const list = await body<{ items: { year: number; status: string }[] }>(
      await h.as(owner, `/api/v1/orgs/${f.orgA}/periods`),
    );
    expect(list.items.map((p) => p.year)).toEqual([2025, 2024]);
    const opened = await h.as(owner, `/api/v1/orgs/${f.orgA}/periods`, {
      method: 'POST',
      json: { year: 2026, start: '2025-07-01', end: '2026-06-30' },
    });
    expect(opened.status).toBe(201);
    expect(await body<unknown>(opened)).toMatchObject({
      year: 2026,
      start: '2025-07-01',
      end: '2026-06-30',
      status: 'open',
    });
  });

  it('refuses a second period for a year (409), a bad year (400 naming year) and a bad date (400 naming end)', async () => {
    const dup = await h.as(owner, `/api/v1/orgs/${f.orgA}/periods`, { method: 'POST', json: { year: 2025 } });
    expect(dup.status).toBe(409);
    const bad = await h.as(owner, `/api/v1/orgs/${f.orgA}/periods`, {
      method: 'POST',
      json: { year: 'next' },
    });
    expect(bad.status).toBe(400);
    expect((await body<ErrorJson>(bad)).error.field).toBe('year');
    const date = await h.as(owner, `/api/v1/orgs/${f.orgA}/periods`, {
      method: 'POST',
      json: { year: 2027, end: '31/12/2027' },
    });
    expect((await body<ErrorJson>(date)).error.field).toBe('end');
  });

  it('locks and unlocks (owner only)', async () => {
    const reviewer = await h.login(email('reviewerA'));
    const path = `/api/v1/orgs/${f.orgA}/periods/${f.periodA2024}`;
    expect((await h.as(reviewer, `${path}/lock`, { method: 'POST' })).status).toBe(403);
    const locked = await h.as(owner, `${path}/lock`, { method: 'POST' });
    expect(await body<{ status: string }>(locked)).toMatchObject({ status: 'locked' });
    expect(await body<{ status: string }>(await h.as(reviewer, path))).toMatchObject({ status: 'locked' });
    const unlocked = await h.as(owner, `${path}/unlock`, { method: 'POST' });
    expect(await body<{ status: string }>(unlocked)).toMatchObject({ status: 'open' });
  });
});
