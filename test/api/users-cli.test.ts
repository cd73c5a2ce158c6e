import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiConfig, createApp, silentLogger } from '../../src/api/index.js';
import { esg } from '../support/run-cli.js';
import { openStore, systemActor } from '../../src/store/index.js';

let dir: string;
let db: string;
const saved = process.env.ESGKIT_PASSWORD;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'esgkit-users-'));
  db = `sqlite:${join(dir, 'fresh.db')}`;
});
afterEach(async () => {
  if (saved === undefined) delete process.env.ESGKIT_PASSWORD;
  else process.env.ESGKIT_PASSWORD = saved;
  await rm(dir, { recursive: true, force: true });
});

describe('esg users add: the first sign-in of a fresh database', () => {
  it('adds an owner with a new organisation who can then sign in to the app', async () => {
    process.env.ESGKIT_PASSWORD = 'kingfisher over the harbour';
    const added = await esg(
      'users',
      'add',
      '--db',
      db,
      '--email',
      'Mei.Chan@Acme.example',
      '--name',
      'Mei Chan',
      '--org',
      'Acme Precision Ltd',
      '--role',
      'owner',
    );
    expect(added).toMatchObject({ code: 0, err: '' });
    expect(added.out).toMatch(/added user mei\.chan@acme\.example/);
    expect(added.out).toMatch(
      /created organisation Acme Precision Ltd \(.+\); mei\.chan@acme\.example is its owner/,
    );
    expect(added.out).not.toContain('kingfisher');

    const store = await openStore(db);
    let orgId = '';
    try {
      const app = createApp({ store, config: apiConfig({}), logger: silentLogger, clock: () => new Date() });
      const login = await app.request('/api/v1/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'mei.chan@acme.example', password: 'kingfisher over the harbour' }),
      });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const orgs = (await (await app.request('/api/v1/orgs', { headers: { cookie } })).json()) as {
        items: { id: string; name: string; role: string }[];
      };
      expect(orgs.items.map((o) => [o.name, o.role])).toEqual([['Acme Precision Ltd', 'owner']]);
      orgId = orgs.items[0]?.id ?? '';
    } finally {
      await store.close();
    }

    process.env.ESGKIT_PASSWORD = 'egret on the mudflats';
    const reviewer = await esg(
      'users',
      'add',
      '--db',
      db,
      '--email',
      'dan@acme.example',
      '--name',
      'Dan Okafor',
      '--org',
      orgId,
      '--role',
      'reviewer',
    );
    expect(reviewer.code).toBe(0);
    expect(reviewer.out).toContain(`dan@acme.example is reviewer of Acme Precision Ltd (${orgId})`);
    const again = await openStore(db);
    try {
      const dan = await again.verifyPassword('dan@acme.example', 'egret on the mudflats');
      expect(await again.roleOf(orgId, dan?.id ?? '')).toBe('reviewer');
      expect(await again.listOrganisations(dan?.id ?? '')).toHaveLength(1);
    } finally {
      await again.close();
    }
  }, 120_000); // four scrypt hashes at the production cost (N = 2^17): slow on a loaded machine

  it('never takes the password as an argument, and adds nobody without one', async () => {
    delete process.env.ESGKIT_PASSWORD;
    const asArgument = await esg(
      'users',
      'add',
      '--db',
      db,
      '--email',
      'li@acme.example',
      '--name',
      'Li Wei',
      '--password',
      'swift',
    );
    expect(asArgument.code).toBe(2);
    expect(asArgument.err).toMatch(/unknown option '--password'/);
    const none = await esg('users', 'add', '--db', db, '--email', 'li@acme.example', '--name', 'Li Wei');
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/no password: set ESGKIT_PASSWORD/);
    process.env.ESGKIT_PASSWORD = 'short';
    const weak = await esg('users', 'add', '--db', db, '--email', 'li@acme.example', '--name', 'Li Wei');
    expect(weak.code).toBe(2);
    expect(weak.err).toMatch(/invalid password/);
    const store = await openStore(db);
    try {
      expect(await store.findUserByEmail('li@acme.example')).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});

describe('esg users add --org <name>', () => {
  /** Organisations made straight in the store (no users: only their names and ids matter here). */
  async function organisations(...names: string[]): Promise<string[]> {
    const store = await openStore(db, { scryptN: 1024 });
    try {
      const ids: string[] = [];
      for (const name of names) ids.push((await store.createOrganisation(name, systemActor('test'))).id);
      return ids;
    } finally {
      await store.close();
    }
  }

  const addTo = (email: string, org: string, role: string) =>
    esg('users', 'add', '--db', db, '--email', email, '--name', 'Ana Souza', '--org', org, '--role', role);

  it('joins the one organisation of that name instead of creating another', async () => {
    const [kestrel, trading] = await organisations('Kestrel Metals', 'Kestrel Metals Trading');
    process.env.ESGKIT_PASSWORD = 'heron in the reeds';
    const added = await addTo('ana@kestrel.example', 'Kestrel Metals', 'contributor');
    expect(added).toMatchObject({ code: 0, err: '' });
    expect(added.out).toContain(`ana@kestrel.example is contributor of Kestrel Metals (${kestrel})`);
    expect(added.out).not.toMatch(/created organisation/);
    const store = await openStore(db);
    try {
      const ana = await store.findUserByEmail('ana@kestrel.example');
      expect(await store.roleOf(kestrel ?? '', ana?.id ?? '')).toBe('contributor');
      expect(await store.roleOf(trading ?? '', ana?.id ?? '')).toBeUndefined();
      expect((await store.findOrganisationsByName('Kestrel Metals')).map((o) => o.id)).toEqual([kestrel]);
    } finally {
      await store.close();
    }
  }, 60_000); // one scrypt hash at the production cost

  it('refuses a name two organisations have, naming both, and adds nobody', async () => {
    const ids = await organisations('Osprey Foods', 'Osprey Foods');
    process.env.ESGKIT_PASSWORD = 'plover on the shingle';
    const refused = await addTo('bo@osprey.example', 'Osprey Foods', 'viewer');
    expect(refused.code).toBe(2);
    expect(refused.out).toBe('');
    expect(refused.err).toMatch(/2 organisations are named Osprey Foods/);
    for (const id of ids) expect(refused.err).toContain(id);
    expect(refused.err).toMatch(/give --org the id/);
    const store = await openStore(db);
    try {
      expect(await store.findUserByEmail('bo@osprey.example')).toBeUndefined();
      expect(await store.findOrganisationsByName('Osprey Foods')).toHaveLength(2);
    } finally {
      await store.close();
    }
  });
});
