import { describe, expect, it } from 'vitest';
import { importFileCommand } from '../../src/api/index.js';
import { runCommand } from '../../src/core/index.js';
import { systemActor, userActor, type Store } from '../../src/store/index.js';
import { KESTREL_ACTIVITY, KESTREL_REPORT_2025 } from './support/files.js';
import { body, upload, type ErrorJson } from './support/harness.js';
import { useHarness } from './support/use-harness.js';

const { h, f, owner } = useHarness({ config: { maxUploadBytes: 64 * 1024 }, signIn: { owner: 'ownerA' } });

const documents = async () => h.store.listDocuments(f.orgA, systemActor('test'));

describe('an import is one transaction: a failed one stores no document', () => {
  it('leaves nothing when the period is locked between reading the file and storing its facts', async () => {
    // The owner locks the period while the file is being read: the store refuses the facts, and
    // the document must go with them.
    const lockingStore: Store = Object.create(h.store, {
      upsertFacts: {
        value: async (...args: Parameters<Store['upsertFacts']>) => {
          await h.store.lockPeriod(f.orgA, f.periodA2025, userActor(f.users.ownerA));
          return h.store.upsertFacts(...args);
        },
      },
    }) as Store;
    const bytes = new TextEncoder().encode(KESTREL_REPORT_2025);
    await expect(
      runCommand(
        importFileCommand,
        { periodId: f.periodA2025, kind: 'report', name: 'kestrel-2025.txt', bytes },
        { store: lockingStore, orgId: f.orgA, actor: userActor(f.users.ownerA) },
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await documents()).toEqual([]);
  });

  it('leaves nothing for a file that cannot be read or calculated', async () => {
    const path = `/api/v1/orgs/${f.orgA}/periods/${f.periodA2025}/imports`;
    const badRow = `${KESTREL_ACTIVITY}Xiamen Mill,2025,electricity,lots,kWh,CN-Fujian\n`;
    const bad = await h.as(owner, path, { method: 'POST', body: upload('activity', 'bad.csv', badRow) });
    expect(bad.status).toBe(400);
    expect((await body<ErrorJson>(bad)).error.message).toMatch(/lots|amount/i);
    const pdf = await h.as(owner, path, {
      method: 'POST',
      body: upload('report', 'broken.pdf', '%PDF-1.7\nnot really a PDF'),
    });
    expect(pdf.status).toBeGreaterThanOrEqual(400);
    expect(await documents()).toEqual([]);
    const good = await h.as(owner, path, {
      method: 'POST',
      body: upload('activity', 'ok.csv', KESTREL_ACTIVITY),
    });
    expect(good.status).toBe(200);
    expect((await documents()).map((d) => d.name)).toEqual(['ok.csv']);
  });
});
