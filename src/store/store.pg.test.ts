import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from './open-store.js';
import { storeContract } from './contract/store.contract.js';

const adminUrl = process.env.ESGKIT_TEST_PG_URL;

const missing = 'ESGKIT_TEST_PG_URL is not set; run `eval "$(scripts/ci-postgres.sh)"` first (.ci/run does)';

if ((adminUrl === undefined || adminUrl === '') && process.env.ESGKIT_REQUIRE_PG === '1') {
  // CI sets ESGKIT_REQUIRE_PG=1 so a PostgreSQL that failed to start fails the run, not skips it.
  describe('Store contract on PostgreSQL', () => {
    it('has a PostgreSQL to run against', () => {
      throw new Error(missing);
    });
  });
} else if (adminUrl === undefined || adminUrl === '') {
  console.warn(`Store contract on PostgreSQL skipped: ${missing}`);
  describe.skip(`Store contract on PostgreSQL (skipped: ${missing})`, () => {
    it('runs when a PostgreSQL URL is given', () => undefined);
  });
} else {
  // Each run gets its own database (the test role has CREATEDB), dropped afterwards.
  storeContract('PostgreSQL', async () => {
    const name = `esgkit_contract_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      dispose: async () => {
        const client = new pg.Client({ connectionString: adminUrl });
        await client.connect();
        try {
          await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        } finally {
          await client.end();
        }
      },
    };
  });

  describe('a PostgreSQL store whose idle connection the server ends', () => {
    it('reconnects for the next query instead of crashing the process', async () => {
      const name = `esgkit_idle_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
        const url = new URL(adminUrl);
        url.pathname = `/${name}`;
        const store = await openStore(url.toString(), { scryptN: 2 ** 10 });
        try {
          await store.findOrganisationsByName('Nobody');
          const ended = await admin.query(
            'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1',
            [name],
          );
          expect(ended.rowCount).toBeGreaterThan(0);
          await new Promise((resolve) => setTimeout(resolve, 200));
          expect(await store.findOrganisationsByName('Nobody')).toEqual([]);
        } finally {
          await store.close();
        }
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    });
  });
}
