import { describe, expect, it } from 'vitest';
import { isEsgError } from '../core/index.js';
import { openStore } from './open-store.js';

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe('openStore', () => {
  it('says which store could not be opened, without its password', async () => {
    const pg = await failure(openStore('postgres://esg:s3cret-pw@127.0.0.1:1/nowhere'));
    expect(isEsgError(pg, 'INVALID_INPUT')).toBe(true);
    expect(String(pg)).toMatch(/cannot open the store at postgres:\/\/esg:\*\*\*@127\.0\.0\.1:1\/nowhere/);
    expect(String(pg)).not.toContain('s3cret');
    const sqlite = await failure(openStore('sqlite:/no/such/directory/esgkit.db'));
    expect(String(sqlite)).toMatch(
      /cannot open the store at sqlite:\/no\/such\/directory\/esgkit\.db: .*directory/,
    );
  });

  it('refuses a password-hashing cost that is not a power of two of at least 1024', async () => {
    expect(isEsgError(await failure(openStore(':memory:', { scryptN: 1000 })), 'INVALID_INPUT')).toBe(true);
    const store = await openStore(':memory:', { scryptN: 1024 });
    expect(await store.migrate()).toEqual([]);
    await store.close();
  });
});
