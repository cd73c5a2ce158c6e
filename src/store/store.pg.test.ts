import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';
import { storeContract } from './contract/store.contract.js';

const adminUrl = process.env.ESGKIT_TEST_PG_URL;

if (adminUrl === undefined || adminUrl === '') {
  const reason = 'ESGKIT_TEST_PG_URL is not set; run `eval "$(scripts/ci-postgres.sh)"` first (.ci/run does)';
  console.warn(`Store contract on PostgreSQL skipped: ${reason}`);
  describe.skip(`Store contract on PostgreSQL (skipped: ${reason})`, () => {
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
}
