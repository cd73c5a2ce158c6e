import { expect, it } from 'vitest';
import { calendarYear, dec, type Provenance } from '../../core/index.js';
import { isEsgError } from '../../core/index.js';
import { openStore } from '../index.js';
import {
  entry,
  fact,
  newUser,
  orgWithPeriod,
  setup,
  units,
  type ContractContext,
} from './fixtures.contract.js';

/** Rejects with an EsgError of this code. */
export async function expectEsgError(
  promise: Promise<unknown>,
  code: string,
  message?: RegExp,
): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isEsgError(error), `expected EsgError ${code}, got ${String(error)}`).toBe(true);
  expect(error).toHaveProperty('code', code);
  if (message) expect(String(error)).toMatch(message);
}

/** Contract cases about migrations, exact values, provenance, versions and conflicts. */
export function factCases(get: () => ContractContext): void {
  it('applies both migrations once; migrating again changes nothing, from this or another connection', async () => {
    const { store, url, firstMigration } = get();
    expect(firstMigration.slice(0, 2)).toEqual(['0001_tenancy', '0002_facts']);
    expect(firstMigration).toEqual([...firstMigration].sort());
    expect(await store.migrate()).toEqual([]);
    const { orgId } = await orgWithPeriod(store, 'Migrated');
    const second = await openStore(url);
    try {
      expect(await second.migrate()).toEqual([]);
      expect((await second.getOrganisation(orgId, setup)).id).toBe(orgId);
    } finally {
      await second.close();
    }
  });

  it('stores disclosed numbers exactly and reads them back as the same decimals', async () => {
    const { store } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Exact');
    const values = {
      'ghg.total': '865967.35',
      'ghg.intensity': '0.1229',
      'finance.revenue': '557065287.99',
      'tiny.positive': '0.0000000001234',
      'tiny.exponent': '1e-10',
      'wide.value': '123456789012345678901234.123456789012',
      'ghg.removal': '-42.5',
    };
    const batch = Object.entries(values).map(([metric, v]) => fact(metric, v));
    expect((await store.upsertFacts(orgId, periodId, batch, setup, 'exact values')).inserted).toBe(7);
    const { items } = await store.listFacts(orgId, { periodId }, setup);
    const read = Object.fromEntries(items.map((f) => [f.fact.metric, f.fact.quantity.value.toFixed()]));
    expect(read).toEqual({ ...values, 'tiny.exponent': '0.0000000001' });
    for (const f of items)
      expect(f.fact.quantity.value.equals(dec(values[f.fact.metric as keyof typeof values]))).toBe(true);
  });

  it('keeps the unit as given: symbol, dimension, exact scale and what is counted', async () => {
    const { store } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Units');
    const scaled = { symbol: "'000 kWh", dimension: 'energy', toBase: dec('1000.000') };
    const batch = [
      fact('energy.electricity', '4120.5', { quantity: { value: dec('4120.5'), unit: scaled } }),
      fact('workforce.total', '1873', { quantity: { value: dec(1873), unit: units.persons } }),
      fact('finance.donations', '58.6', { quantity: { value: dec('58.6'), unit: units.rmb10k } }),
    ];
    await store.upsertFacts(orgId, periodId, batch, setup, 'units');
    const { items } = await store.listFacts(orgId, { periodId }, setup);
    const byMetric = new Map(items.map((f) => [f.fact.metric, f.fact.quantity.unit]));
    expect(byMetric.get('energy.electricity')).toMatchObject({ symbol: "'000 kWh", dimension: 'energy' });
    expect(byMetric.get('energy.electricity')?.toBase.toFixed()).toBe('1000');
    expect(byMetric.get('workforce.total')).toMatchObject({
      symbol: 'persons',
      dimension: 'count',
      counted: 'persons',
    });
    expect(byMetric.get('finance.donations')).toMatchObject({ symbol: 'RMB 10,000', dimension: 'money:RMB' });
    expect(byMetric.get('finance.donations')?.toBase.toFixed()).toBe('10000');
    expect(byMetric.get('finance.donations')).not.toHaveProperty('counted');
  });

  it('round-trips one provenance record of each kind', async () => {
    const { store } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Provenance');
    const document: Provenance = {
      kind: 'document',
      document: 'harbour-cement-esg-2023.pdf',
      location: { page: 47, line: 12 },
      quote: 'Scope 1 emissions ("direct") 二氧化碳 387,053.55 tCO2e',
      reported: { value: '387053.55', unit: 'tCO2e' },
      extraction: 'table',
    };
    const calculation: Provenance = {
      kind: 'calculation',
      formula: 'Σ electricity × grid factor',
      inputs: [
        { row: 2, activity: 'electricity Plant A', amount: '1200.5', unit: 'MWh' },
        { row: 3, activity: 'electricity Plant B', amount: '830', unit: 'MWh' },
      ],
      factors: [
        {
          id: 'cn-grid-2022',
          value: '0.5703',
          unit: 'tCO2e/MWh',
          source: 'MEE 2022 grid factor',
          dataYear: 2022,
        },
      ],
    };
    const manual = entry('from the utility invoice, March');
    await store.upsertFacts(
      orgId,
      periodId,
      [
        fact('ghg.scope1', '387053.55', { provenance: document }),
        fact('ghg.scope2', '1157.98', { provenance: calculation }),
        fact('water.total', '96412', { provenance: manual, quantity: { value: dec(96412), unit: units.m3 } }),
      ],
      setup,
      'one of each kind',
    );
    const { items } = await store.listFacts(orgId, { periodId }, setup);
    const byMetric = new Map(items.map((f) => [f.fact.metric, f.fact.provenance]));
    expect(byMetric.get('ghg.scope1')).toEqual(document);
    expect(byMetric.get('ghg.scope2')).toEqual(calculation);
    expect(byMetric.get('water.total')).toEqual(manual);
  });

  it('appends a version with who, when and why for each change, and none for a repeat', async () => {
    const { store, tick } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Versions');
    const alice = await newUser(store, 'Alice Wong');
    const bob = await newUser(store, 'Bob Chan');
    await store.addMember(orgId, alice.id, 'owner', setup);
    await store.addMember(orgId, bob.id, 'owner', setup);
    const first = await store.upsertFacts(
      orgId,
      periodId,
      [fact('ghg.scope1', '1200.4')],
      alice.actor,
      'first estimate',
    );
    tick(60_000);
    const second = await store.upsertFacts(
      orgId,
      periodId,
      [fact('ghg.scope1', '1187.9')],
      bob.actor,
      'invoice arrived',
    );
    const repeat = await store.upsertFacts(
      orgId,
      periodId,
      [fact('ghg.scope1', '1187.90')],
      bob.actor,
      'same again',
    );
    expect(first).toMatchObject({ inserted: 1, updated: 0, unchanged: 0, conflicts: 0 });
    expect(second).toMatchObject({ inserted: 0, updated: 1, unchanged: 0, conflicts: 0 });
    expect(repeat).toMatchObject({ inserted: 0, updated: 0, unchanged: 1, conflicts: 0 });
    const [stored] = (await store.listFacts(orgId, { metric: 'ghg.scope1' }, setup)).items;
    expect([first, second, repeat].map((r) => r.facts)).toEqual([
      [{ factId: stored?.id, outcome: 'inserted' }],
      [{ factId: stored?.id, outcome: 'updated' }],
      [{ factId: stored?.id, outcome: 'unchanged' }],
    ]);
    expect(stored?.version).toBe(2);
    const history = await store.factHistory(orgId, stored?.id ?? '', setup);
    expect(history.map((v) => [v.version, v.fact.quantity.value.toFixed(), v.actor, v.reason])).toEqual([
      [1, '1200.4', alice.actor, 'first estimate'],
      [2, '1187.9', bob.actor, 'invoice arrived'],
    ]);
    expect(history[0]?.importId).toBe(first.importId);
    expect(Date.parse(history[1]?.at ?? '') - Date.parse(history[0]?.at ?? '')).toBe(60_000);
  });

  it('never overwrites a verified fact: the change is recorded as one conflict until settled', async () => {
    const { store } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Verified');
    const reviewer = await newUser(store, 'Rita Reviewer');
    await store.addMember(orgId, reviewer.id, 'reviewer', setup);
    await store.upsertFacts(orgId, periodId, [fact('energy.total', '5210.75')], setup, 'entered');
    const [entered] = (await store.listFacts(orgId, {}, setup)).items;
    const factId = entered?.id ?? '';
    expect((await store.review(orgId, factId, 'approve', '', reviewer.actor)).fact.status).toBe('verified');
    const proposal = fact('energy.total', '5302.1', { provenance: entry('re-extracted') });
    const again = await store.upsertFacts(orgId, periodId, [proposal], setup, 're-import');
    const twice = await store.upsertFacts(orgId, periodId, [proposal], setup, 're-import again');
    expect(again).toMatchObject({ updated: 0, conflicts: 1 });
    expect(twice).toMatchObject({ updated: 0, conflicts: 1 });
    const kept = await store.getFact(orgId, factId, setup);
    expect([kept.fact.quantity.value.toFixed(), kept.fact.status, kept.version]).toEqual([
      '5210.75',
      'verified',
      2,
    ]);
    const conflicts = await store.listConflicts(orgId, { status: 'open' }, setup);
    expect(conflicts).toHaveLength(1);
    const outcome = { factId, outcome: 'conflict', conflictId: conflicts[0]?.id };
    expect([again.facts, twice.facts]).toEqual([[outcome], [outcome]]);
    expect(conflicts[0]).toMatchObject({ factId, verifiedVersion: 2, status: 'open', reason: 're-import' });
    expect(conflicts[0]?.proposed.quantity.value.toFixed()).toBe('5302.1');
    const settled = await store.resolveConflict(
      orgId,
      conflicts[0]?.id ?? '',
      'accept',
      'meter re-read',
      reviewer.actor,
    );
    expect(settled.status).toBe('accepted');
    const now = await store.getFact(orgId, factId, setup);
    expect([now.fact.quantity.value.toFixed(), now.fact.status, now.version, now.reason]).toEqual([
      '5302.1',
      'verified',
      3,
      'meter re-read',
    ]);
    await expectEsgError(
      store.resolveConflict(orgId, settled.id, 'dismiss', 'late', reviewer.actor),
      'CONFLICT',
    );
  });

  it('rejects with a comment, and a rejected fact can be corrected by a new import', async () => {
    const { store } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Rejected');
    await store.upsertFacts(orgId, periodId, [fact('waste.hazardous', '12.04')], setup, 'entered');
    const [entered] = (await store.listFacts(orgId, {}, setup)).items;
    await expectEsgError(store.review(orgId, entered?.id ?? '', 'reject', '  ', setup), 'INVALID_INPUT');
    const rejected = await store.review(
      orgId,
      entered?.id ?? '',
      'reject',
      'unit should be t, not kg',
      setup,
    );
    expect(rejected.fact.status).toBe('rejected');
    await expectEsgError(store.review(orgId, entered?.id ?? '', 'reject', 'again', setup), 'CONFLICT');
    const fixed = await store.upsertFacts(
      orgId,
      periodId,
      [fact('waste.hazardous', '0.01204')],
      setup,
      'fixed unit',
    );
    expect(fixed.updated).toBe(1);
    expect((await store.getFact(orgId, entered?.id ?? '', setup)).fact.status).toBe('unverified');
  });

  it('refuses every edit in a locked period until it is reopened', async () => {
    const { store } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Locked');
    await store.upsertFacts(orgId, periodId, [fact('ghg.scope3', '77.7')], setup, 'before lock');
    const [before] = (await store.listFacts(orgId, {}, setup)).items;
    expect((await store.lockPeriod(orgId, periodId, setup)).status).toBe('locked');
    await expectEsgError(
      store.upsertFacts(orgId, periodId, [fact('ghg.scope3', '78.8')], setup, 'late'),
      'CONFLICT',
      /locked/,
    );
    await expectEsgError(store.review(orgId, before?.id ?? '', 'approve', '', setup), 'CONFLICT', /locked/);
    expect((await store.getFact(orgId, before?.id ?? '', setup)).fact.quantity.value.toFixed()).toBe('77.7');
    await store.unlockPeriod(orgId, periodId, setup);
    expect(
      (await store.upsertFacts(orgId, periodId, [fact('ghg.scope3', '78.8')], setup, 'reopened')).updated,
    ).toBe(1);
  });

  it('stores nothing from a batch with one bad fact: no facts, no import, no audit entry', async () => {
    const { store } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Atomic');
    const auditBefore = (await store.listAuditLog(orgId, {}, setup)).items.length;
    const good = [fact('ghg.scope1', '10.1'), fact('ghg.scope2', '20.2')];
    const bad = [
      fact('ghg.scope3', '30.3', { status: 'verified' }),
      fact('ghg.scope3', '30.3', { period: calendarYear(2022) }),
      fact('ghg.scope3', '30.3', { siteId: '00000000-0000-4000-8000-000000000000' }),
      fact('ghg.scope1', '10.1'),
    ];
    const codes = ['INVALID_INPUT', 'INVALID_INPUT', 'NOT_FOUND', 'INVALID_INPUT'];
    for (const [i, b] of bad.entries()) {
      await expectEsgError(
        store.upsertFacts(orgId, periodId, [...good, b], setup, 'bad batch'),
        codes[i] ?? '',
      );
    }
    expect((await store.listFacts(orgId, {}, setup)).items).toEqual([]);
    expect((await store.listAuditLog(orgId, {}, setup)).items).toHaveLength(auditBefore);
  });
}
