import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { systemActor } from '../model/index.js';
import { openStore } from '../open-store.js';
import type { Store } from '../store.js';
import { TOKEN_CACHE_MS } from './token-cache.js';

// Two stores on one SQLite file stand for two server processes on one database; each has its own
// pinned clock, so the cache's expiry is tested without waiting.
describe('API token cache', () => {
  let dir = '';
  const stores: Store[] = [];
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function twoStores() {
    dir = await mkdtemp(join(tmpdir(), 'esgkit-token-cache-'));
    const url = `sqlite:${join(dir, 'tokens.db')}`;
    let ms = Date.parse('2026-03-01T09:00:00Z');
    const now = () => new Date(ms);
    const a = await openStore(url, { now, scryptN: 1024 });
    const b = await openStore(url, { now, scryptN: 1024 });
    stores.push(a, b);
    const user = await a.createUser(
      { email: 'cache@example.com', name: 'Cara Cache', password: 'long enough password' },
      systemActor('test'),
    );
    return { a, b, user, tick: (by: number) => (ms += by) };
  }

  it('refuses a token revoked through the same store at once', async () => {
    const { a, user } = await twoStores();
    const { token, secret } = await a.createApiToken(user.id, 'script');
    expect(await a.verifyApiToken(secret)).toEqual({
      id: user.id,
      email: 'cache@example.com',
      name: 'Cara Cache',
    });
    await a.revokeApiToken(user.id, token.id);
    expect(await a.verifyApiToken(secret)).toBeUndefined();
  });

  it('refuses a token revoked by another process once TOKEN_CACHE_MS has passed', async () => {
    const { a, b, user, tick } = await twoStores();
    const { token, secret } = await a.createApiToken(user.id, 'script');
    expect((await a.verifyApiToken(secret))?.id).toBe(user.id);
    await b.revokeApiToken(user.id, token.id);
    expect(await b.verifyApiToken(secret)).toBeUndefined();
    tick(TOKEN_CACHE_MS - 1);
    expect((await a.verifyApiToken(secret))?.id).toBe(user.id);
    tick(1);
    expect(await a.verifyApiToken(secret)).toBeUndefined();
  });

  it('does not remember unknown secrets: a token made elsewhere works at once', async () => {
    const { a, b, user } = await twoStores();
    expect(await a.verifyApiToken('esg_tok_unknown')).toBeUndefined();
    const { secret } = await b.createApiToken(user.id, 'script');
    expect((await a.verifyApiToken(secret))?.id).toBe(user.id);
  });
});
