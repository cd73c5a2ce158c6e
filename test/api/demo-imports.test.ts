import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFacts } from '../../src/check/index.js';
import { periodFacts } from '../../src/api/checks/index.js';
import { importFileCommand, loadDemo } from '../../src/api/index.js';
import { dec, runCommand } from '../../src/core/index.js';
import { openStore, systemActor, type ReportingPeriod, type Store } from '../../src/store/index.js';

const demo = systemActor('test');
let store: Store;
let orgId: string;
let year2025: ReportingPeriod;

beforeAll(async () => {
  store = await openStore(':memory:', { scryptN: 1024 });
  orgId = (await loadDemo(store, 'demo'))?.orgId ?? '';
  const periods = await store.listPeriods(orgId, demo);
  const found = periods.find((p) => p.period.year === 2025);
  if (!found) throw new Error('the demo has no 2025 period');
  year2025 = found;
}, 120_000); // extraction and calculation of the whole demo: slow on a loaded machine
afterAll(async () => {
  await store.close();
});

describe('the demo’s report against its verified calculated facts', () => {
  it('records conflicts only for figures that differ at the printed precision', async () => {
    const conflicts = await store.listConflicts(orgId, { status: 'open' }, demo);
    expect(conflicts.length).toBeGreaterThan(0);
    for (const c of conflicts) {
      const verified = await store.getFact(orgId, c.factId, demo);
      const provenance = c.proposed.provenance;
      if (provenance.kind !== 'document') throw new Error('a demo conflict comes from the report');
      const decimals = provenance.reported.value.split('.')[1]?.length ?? 0;
      const rounded = verified.fact.quantity.value.toDecimalPlaces(decimals);
      // Same unit in the demo's report and calculation: the rounded verified figure is not the printed one.
      expect(c.proposed.quantity.unit.symbol).toBe(verified.fact.quantity.unit.symbol);
      expect(rounded.equals(dec(provenance.reported.value))).toBe(false);
    }
  });

  it('leaves every fact unchanged when the same activity data is imported again', async () => {
    const bytes = await readFile('demo/activity.csv');
    const summary = await runCommand(
      importFileCommand,
      { periodId: year2025.id, kind: 'activity', name: 'activity.csv', bytes },
      { store, orgId, actor: demo },
    );
    expect(summary.unchanged).toBeGreaterThan(50);
    expect([summary.inserted, summary.updated, summary.conflicts]).toEqual([0, 0, 0]);
    expect(summary.unchanged).toBe(summary.facts.length);
  });

  it('explains the omissions the report’s content index gives', async () => {
    const facts = (await periodFacts(store, orgId, year2025.id, demo)).map((f) => f.fact);
    const index = await store.periodContentIndex(orgId, year2025.id, demo);
    const coverage = checkFacts({ facts, index, framework: 'hkex-2020' }).coverage?.items ?? [];
    const explained = coverage.filter((c) => c.status === 'explained').map((c) => c.code);
    expect(explained).toEqual(expect.arrayContaining(['HKEX:A1.1', 'HKEX:A2.5']));
  });
});
