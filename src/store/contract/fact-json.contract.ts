import { expect, it } from 'vitest';
import { dec, type Provenance } from '../../core/index.js';
import { factJson, type Store } from '../index.js';
import {
  entry,
  fact,
  newUser,
  orgWithPeriod,
  setup,
  units,
  type ContractContext,
} from './fixtures.contract.js';

// The facts list's JSON is built by the database (facts/fact-json-sql.ts) and kept in each fact's
// row (facts/fact-json-column.ts), and built by `factJson` from the facts read as objects everywhere
// else: the two must say the same, on both databases, after every kind of change.

const document: Provenance = {
  kind: 'document',
  document: 'harbour-cement-esg-2023.pdf',
  location: { page: 47, line: 12 },
  quote: 'Scope 1 "direct" 二氧化碳\\ 387,053.55 tCO2e\n(restated)',
  reported: { value: '387053.55', unit: 'tCO2e' },
  extraction: 'table',
};

const calculation: Provenance = {
  kind: 'calculation',
  formula: 'Σ electricity × grid factor',
  inputs: [{ row: 2, activity: 'electricity Plant A', amount: '1200.5', unit: 'MWh' }],
  factors: [{ id: 'cn-grid-2022', value: '0.5703', unit: 'tCO2e/MWh', source: 'MEE 2022', dataYear: 2022 }],
};

/** Every page of the list, both ways: the JSON texts parsed, and the objects mapped by factJson. */
async function bothWays(store: Store, orgId: string, limit: number) {
  const texts: unknown[] = [];
  const objects: unknown[] = [];
  let cursor: string | undefined;
  let cursorJson: string | undefined;
  do {
    const page = await store.listFacts(orgId, { limit, ...(cursor ? { cursor } : {}) }, setup);
    const pageJson = await store.listFactsJson(
      orgId,
      { limit, ...(cursorJson ? { cursor: cursorJson } : {}) },
      setup,
    );
    objects.push(...page.items.map(factJson));
    texts.push(...pageJson.items.map((t): unknown => JSON.parse(t)));
    expect(pageJson.nextCursor).toBe(page.nextCursor);
    cursor = page.nextCursor ?? undefined;
    cursorJson = pageJson.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return { texts, objects };
}

/** Contract cases about the facts list as JSON text. */
export function factJsonCases(get: () => ContractContext): void {
  it('lists facts as JSON text that says what the facts read as objects say, page by page', async () => {
    const { store } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Fact JSON');
    const site = await store.createSite(orgId, { name: 'Xiamen Mill', boundary: { kind: 'in' } }, setup);
    const owner = await newUser(store, 'Json Owner');
    await store.addMember(orgId, owner.id, 'owner', setup);
    const upload = {
      name: 'harbour-cement-esg-2023.pdf',
      sha256: 'a1'.repeat(32),
      kind: 'text',
      size: 4096,
    } as const;
    const { documentId } = await store.upsertFacts(
      orgId,
      periodId,
      [fact('ghg.scope1', '387053.55', { provenance: document, label: 'Scope 1 — "direct"' })],
      setup,
      'report import',
      { source: 'document', document: upload },
    );
    await store.upsertFacts(
      orgId,
      periodId,
      [
        fact('ghg.scope2', '684.645', {
          provenance: calculation,
          siteId: site.id,
          dims: { site: 'Xiamen Mill' },
        }),
        fact('tiny.value', '0.0000000001234', { basis: 'target' }),
        fact('wide.value', '123456789012345678901234.123456789012'),
        fact('ghg.removal', '-42.5', { dims: { gas: 'CO2', scope: 'removal' } }),
      ],
      setup,
      'system import',
    );
    await store.upsertFacts(
      orgId,
      periodId,
      [
        fact('water.total', '0', {
          provenance: entry('meter read'),
          quantity: { value: dec(0), unit: units.m3 },
        }),
      ],
      owner.actor,
      'typed in by the owner',
    );
    const { texts, objects } = await bothWays(store, orgId, 2);
    expect(texts).toHaveLength(6);
    expect(texts).toEqual(objects);
    const byMetric = new Map(texts.map((t) => [(t as { metric: string }).metric, t]));
    expect(byMetric.get('water.total')).toMatchObject({
      value: '0',
      unit: 'm3',
      changedBy: { kind: 'user', userId: owner.id },
    });
    expect(byMetric.get('ghg.scope1')).toMatchObject({
      label: 'Scope 1 — "direct"',
      siteId: null,
      changedBy: { kind: 'system', name: 'contract-test' },
      provenance: document,
      documentId,
    });
    expect(documentId).toEqual(expect.any(String));
    expect(byMetric.get('ghg.scope2')).toMatchObject({ documentId: null });
    expect(byMetric.get('wide.value')).toMatchObject({ value: '123456789012345678901234.123456789012' });
  });

  it('keeps the JSON list up to date through new versions, reviews and settled conflicts', async () => {
    const { store } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Fact JSON changes');
    const reviewer = await newUser(store, 'Json Reviewer');
    await store.addMember(orgId, reviewer.id, 'reviewer', setup);
    const first = await store.upsertFacts(
      orgId,
      periodId,
      [fact('energy.total', '880.25'), fact('waste.total', '17.5'), fact('water.total', '310')],
      setup,
      'first import',
    );
    const [energy, waste, water] = first.facts.map((f) => f.factId);
    await store.upsertFacts(orgId, periodId, [fact('energy.total', '905.5')], setup, 'corrected');
    await store.review(orgId, waste ?? '', 'reject', 'no invoice', reviewer.actor);
    await store.review(orgId, water ?? '', 'approve', '', reviewer.actor);
    await store.upsertFacts(orgId, periodId, [fact('water.total', '333')], setup, 'late meter');
    const [conflict] = await store.listConflicts(orgId, { status: 'open' }, setup);
    await store.resolveConflict(orgId, conflict?.id ?? '', 'accept', 'meter re-read', reviewer.actor);
    const { texts, objects } = await bothWays(store, orgId, 100);
    expect(texts).toEqual(objects);
    const byId = new Map(texts.map((t) => [(t as { id: string }).id, t]));
    expect(byId.get(energy ?? '')).toMatchObject({ value: '905.5', version: 2, reason: 'corrected' });
    expect(byId.get(waste ?? '')).toMatchObject({ value: '17.5', status: 'rejected', version: 2 });
    expect(byId.get(water ?? '')).toMatchObject({
      value: '333',
      status: 'verified',
      version: 3,
      reason: 'meter re-read',
      changedBy: { kind: 'user', userId: reviewer.id },
    });
  });

  it('filters the JSON list as the list of objects, and lets only members read it', async () => {
    const { store } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Fact JSON filter');
    await store.upsertFacts(
      orgId,
      periodId,
      [fact('ghg.scope1', '1.5'), fact('ghg.scope2', '2.5')],
      setup,
      'two',
    );
    const page = await store.listFactsJson(orgId, { metric: 'ghg.scope2' }, setup);
    expect(page.items.map((t): unknown => JSON.parse(t))).toEqual([
      expect.objectContaining({ value: '2.5' }),
    ]);
    // The page query checks the reader itself: a viewer reads; a member of another organisation,
    // with facts of its own, and a stranger find no such organisation.
    const viewer = await newUser(store, 'Json Viewer');
    await store.addMember(orgId, viewer.id, 'viewer', setup);
    expect((await store.listFactsJson(orgId, {}, viewer.actor)).items).toHaveLength(2);
    const other = await orgWithPeriod(store, 'Fact JSON other');
    await store.upsertFacts(other.orgId, other.periodId, [fact('ghg.scope1', '7')], setup, 'other');
    const outsider = await newUser(store, 'Json Outsider');
    await store.addMember(other.orgId, outsider.id, 'owner', setup);
    expect((await store.listFactsJson(other.orgId, {}, outsider.actor)).items).toHaveLength(1);
    await expect(store.listFactsJson(orgId, {}, outsider.actor)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const stranger = await newUser(store, 'Json Stranger');
    await expect(store.listFactsJson(orgId, {}, stranger.actor)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
}
