import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { calendarYear, dec, unitOf } from '../../core/index.js';
import { factJson } from '../facts/index.js';
import { systemActor } from '../model/index.js';
import { openStore } from '../open-store.js';

const actor = systemActor('migration-test');
let dir: string | undefined;

afterEach(() => {
  if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
});

it('fills the stored JSON of facts written before migration 0007', async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esgkit-0007-'));
  const file = path.join(dir, 'old.db');
  let store = await openStore(file);
  const org = await store.createOrganisation('Lantern Foods', actor);
  const { id: periodId } = await store.openPeriod(org.id, { year: 2024 }, actor);
  const write = (metric: string, value: string) => ({
    entity: 'Lantern Foods',
    period: calendarYear(2024),
    metric,
    dims: { plant: 'Cork' },
    quantity: { value: dec(value), unit: unitOf('MWh') },
    basis: 'actual' as const,
    provenance: { kind: 'entry' as const, user: 'ana@example.test', at: '2025-02-03T10:00:00.000Z' },
    status: 'unverified' as const,
  });
  const first = await store.upsertFacts(
    org.id,
    periodId,
    [write('energy.total', '4410.5'), write('energy.electricity', '2980')],
    actor,
    'typed',
  );
  await store.review(org.id, first.facts[1]?.factId ?? '', 'approve', 'meter photo', actor);
  await store.close();
  // The database as it was before 0007: no column, and the migration not yet run.
  const raw = new Sqlite(file);
  raw.exec(
    "ALTER TABLE facts DROP COLUMN fact_json; DELETE FROM kysely_migration WHERE name = '0007_fact_json'",
  );
  raw.close();

  store = await openStore(file);
  try {
    const texts = (await store.listFactsJson(org.id, {}, actor)).items.map((t): unknown => JSON.parse(t));
    const objects = (await store.listFacts(org.id, {}, actor)).items.map(factJson);
    expect(texts).toEqual(objects);
    expect(texts).toEqual([
      expect.objectContaining({ metric: 'energy.total', value: '4410.5', version: 1 }),
      expect.objectContaining({ metric: 'energy.electricity', status: 'verified', version: 2 }),
    ]);
  } finally {
    await store.close();
  }
});
