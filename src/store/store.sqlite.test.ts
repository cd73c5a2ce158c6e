import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from './contract/store.contract.js';

// A temp file rather than :memory:, so the idempotent-migration case can open a second connection
// to the same database, and WAL mode is exercised as in production.
storeContract('SQLite', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'esgkit-store-'));
  return {
    url: `sqlite:${join(dir, 'contract.db')}`,
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
});
