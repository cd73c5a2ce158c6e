import { beforeEach, describe, expect, it } from 'vitest';
import { body, email, type Browser, type ErrorJson, type FactJson } from './support/harness.js';
import { useHarness } from './support/use-harness.js';

const { h, f, owner } = useHarness({ signIn: { owner: 'ownerA' } });

const enter = (b: Browser, orgId: string, json: Record<string, unknown>) =>
  h.as(b, `/api/v1/orgs/${orgId}/facts`, { method: 'POST', json });

describe('manual entry', () => {
  it('converts the chosen unit to the metric’s unit exactly and records who entered it', async () => {
    const res = await enter(owner, f.orgA, {
      periodId: f.periodA2025,
      metric: 'energy.electricity',
      value: '4.2175',
      unit: 'GWh',
      siteId: f.siteA2,
      note: 'from the December utility bill',
    });
    expect(res.status).toBe(200);
    const { fact, result } = await body<{ fact: FactJson; result: { inserted: number } }>(res);
    expect(result.inserted).toBe(1);
    expect(fact).toMatchObject({
      metric: 'energy.electricity',
      value: '4217.5',
      unit: 'MWh',
      siteId: f.siteA2,
      dims: { site: 'Xiamen Mill' },
      status: 'submitted',
      entity: 'Kestrel Metals',
    });
    expect(fact.provenance).toEqual({
      kind: 'entry',
      user: email('ownerA'),
      at: '2026-03-02T09:00:00.000Z',
      note: 'from the December utility bill',
    });
  });

  it('names the field at fault: unknown metric, unknown unit, unit of another dimension, bad number, bad dim', async () => {
    const base = { periodId: f.periodA2025, metric: 'ghg.scope1', value: '12.5', unit: 'tCO2e' };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ metric: 'ghg.scope9' }, 'metric', /unknown metric/],
      [{ unit: 'furlongs per fortnight' }, 'unit', /unit/i],
      [{ unit: 'MWh' }, 'unit', /ghg/],
      [{ value: 'twelve' }, 'value', /./],
      [{ value: '-' }, 'value', /number is required/],
      [{ dims: { colour: 'blue' } }, 'dims.colour', /not broken down by colour/],
      [{ basis: 'estimate' }, 'basis', /./],
      [{ periodId: undefined }, 'periodId', /./],
    ];
    for (const [change, field, message] of cases) {
      const res = await enter(owner, f.orgA, { ...base, ...change });
      const err = await body<ErrorJson>(res);
      expect({ field, status: res.status, got: err.error.field }).toEqual({ field, status: 400, got: field });
      expect(err.error.message).toMatch(message);
    }
    const page = await body<{ items: unknown[] }>(await h.as(owner, `/api/v1/orgs/${f.orgA}/facts`));
    expect(page.items).toEqual([]);
  });

  it('refuses a locked period with 409 and stores nothing', async () => {
    await h.as(owner, `/api/v1/orgs/${f.orgA}/periods/${f.periodA2024}/lock`, { method: 'POST' });
    const res = await enter(owner, f.orgA, {
      periodId: f.periodA2024,
      metric: 'water.consumption',
      value: '812',
      unit: 'm3',
    });
    expect(res.status).toBe(409);
    expect((await body<ErrorJson>(res)).error.code).toBe('CONFLICT');
    const page = await body<{ items: unknown[] }>(
      await h.as(owner, `/api/v1/orgs/${f.orgA}/facts?periodId=${f.periodA2024}`),
    );
    expect(page.items).toEqual([]);
  });

  it('lets a contributor enter data only for an assigned site; viewers and reviewers not at all', async () => {
    const contributor = await h.login(email('contributorA'));
    const value = { periodId: f.periodA2025, metric: 'water.consumption', value: '1,530', unit: 'm3' };
    expect((await enter(contributor, f.orgA, { ...value, siteId: f.siteA1 })).status).toBe(200);
    expect((await enter(contributor, f.orgA, { ...value, siteId: f.siteA2 })).status).toBe(403);
    expect((await enter(contributor, f.orgA, value)).status).toBe(403);
    for (const who of ['viewerA', 'reviewerA'] as const) {
      const b = await h.login(email(who));
      expect((await enter(b, f.orgA, { ...value, siteId: f.siteA1 })).status).toBe(403);
    }
  });

  it('gives 404 for another organisation, and for its site or period used in one’s own', async () => {
    const value = { metric: 'water.consumption', value: '77', unit: 'm3' };
    expect((await enter(owner, f.orgB, { ...value, periodId: f.periodB2025 })).status).toBe(404);
    expect((await enter(owner, f.orgA, { ...value, periodId: f.periodB2025 })).status).toBe(404);
    const site = await enter(owner, f.orgA, { ...value, periodId: f.periodA2025, siteId: f.siteB1 });
    expect(site.status).toBe(400);
    expect((await body<ErrorJson>(site)).error.field).toBe('siteId');
  });

  it('adds a version when a value is corrected, and keeps the history', async () => {
    const value = { periodId: f.periodA2025, metric: 'waste.hazardous', unit: 't', siteId: f.siteA1 };
    const first = await body<{ fact: FactJson }>(await enter(owner, f.orgA, { ...value, value: '38.6' }));
    const second = await body<{ fact: FactJson; result: { updated: number } }>(
      await enter(owner, f.orgA, { ...value, value: '386', unit: 'kg', note: 'typed in tonnes by mistake' }),
    );
    expect(second.fact.id).toBe(first.fact.id);
    expect(second.result.updated).toBe(1);
    expect(second.fact).toMatchObject({ version: 2, value: '0.386', unit: 't' });
    const history = await body<{ items: { version: number; value: string; reason: string }[] }>(
      await h.as(owner, `/api/v1/orgs/${f.orgA}/facts/${first.fact.id}/history`),
    );
    expect(history.items.map((v) => [v.version, v.value, v.reason])).toEqual([
      [1, '38.6', 'entered by hand'],
      [2, '0.386', 'typed in tonnes by mistake'],
    ]);
  });
});

describe('listing facts', () => {
  beforeEach(async () => {
    const rows: [string, string, string, string, string | undefined][] = [
      [f.periodA2025, 'ghg.scope1', '101.5', 'tCO2e', f.siteA1],
      [f.periodA2025, 'ghg.scope1', '202.25', 'tCO2e', f.siteA2],
      [f.periodA2025, 'water.consumption', '3030', 'm3', f.siteA1],
      [f.periodA2024, 'ghg.scope1', '404.75', 'tCO2e', f.siteA1],
      [f.periodA2025, 'ghg.scope1', '303.75', 'tCO2e', undefined],
    ];
    for (const [periodId, metric, value, unit, siteId] of rows) {
      const res = await enter(owner, f.orgA, {
        periodId,
        metric,
        value,
        unit,
        ...(siteId ? { siteId } : {}),
      });
      expect(res.status).toBe(200);
    }
  });

  const list = async (query: string) =>
    (
      await body<{ items: FactJson[]; nextCursor: string | null }>(
        await h.as(owner, `/api/v1/orgs/${f.orgA}/facts?${query}`),
      )
    ).items
      .map((x) => x.value)
      .sort();

  it('filters by period, metric, site and status, combined', async () => {
    expect(await list('')).toEqual(['101.5', '202.25', '303.75', '3030', '404.75']);
    expect(await list(`periodId=${f.periodA2024}`)).toEqual(['404.75']);
    expect(await list(`periodId=${f.periodA2025}&metric=ghg.scope1`)).toEqual(['101.5', '202.25', '303.75']);
    expect(await list(`metric=ghg.scope1&siteId=${f.siteA1}`)).toEqual(['101.5', '404.75']);
    expect(await list('status=submitted&metric=water.consumption')).toEqual(['3030']);
    expect(await list('status=verified')).toEqual([]);
  });

  it('pages with a cursor, and names a bad filter', async () => {
    const first = await body<{ items: FactJson[]; nextCursor: string }>(
      await h.as(owner, `/api/v1/orgs/${f.orgA}/facts?limit=2`),
    );
    expect(first.items).toHaveLength(2);
    const rest = await body<{ items: FactJson[]; nextCursor: string | null }>(
      await h.as(owner, `/api/v1/orgs/${f.orgA}/facts?limit=2&cursor=${first.nextCursor}`),
    );
    const third = await body<{ items: FactJson[]; nextCursor: string | null }>(
      await h.as(owner, `/api/v1/orgs/${f.orgA}/facts?limit=2&cursor=${rest.nextCursor ?? ''}`),
    );
    const ids = [...first.items, ...rest.items, ...third.items].map((x) => x.id);
    expect(new Set(ids).size).toBe(5);
    expect(third.nextCursor).toBeNull();
    for (const [query, field] of [
      ['status=approved', 'status'],
      ['limit=0', 'limit'],
      ['limit=many', 'limit'],
    ] as const) {
      const res = await h.as(owner, `/api/v1/orgs/${f.orgA}/facts?${query}`);
      expect({ query, status: res.status, field: (await body<ErrorJson>(res)).error.field }).toEqual({
        query,
        status: 400,
        field,
      });
    }
    expect((await h.as(owner, `/api/v1/orgs/${f.orgA}/facts?cursor=bogus`)).status).toBe(400);
  });

  it('reads one fact with provenance, and not another organisation’s', async () => {
    const [one] = (
      await body<{ items: FactJson[] }>(await h.as(owner, `/api/v1/orgs/${f.orgA}/facts?limit=1`))
    ).items;
    const got = await body<FactJson>(await h.as(owner, `/api/v1/orgs/${f.orgA}/facts/${one?.id ?? ''}`));
    expect(got).toEqual(one);
    expect(got.provenance.kind).toBe('entry');
    const ownerB = await h.login(email('ownerB'));
    expect((await h.as(ownerB, `/api/v1/orgs/${f.orgB}/facts/${one?.id ?? ''}`)).status).toBe(404);
    expect((await h.as(ownerB, `/api/v1/orgs/${f.orgA}/facts/${one?.id ?? ''}`)).status).toBe(404);
    expect((await h.as(ownerB, `/api/v1/orgs/${f.orgA}/facts/${one?.id ?? ''}/history`)).status).toBe(404);
  });
});

describe('the metric catalogue', () => {
  it('lists metrics with the units a value may be entered in', async () => {
    const viewer = await h.login(email('viewerA'));
    const res = await body<{ items: { id: string; unit: string; units: string[]; dims: string[] }[] }>(
      await h.as(viewer, '/api/v1/metrics'),
    );
    const electricity = res.items.find((m) => m.id === 'energy.electricity');
    expect(electricity?.unit).toBe('MWh');
    expect(electricity?.units).toEqual(expect.arrayContaining(['kWh', 'MWh', 'GWh', 'GJ']));
    expect(electricity?.units).not.toContain('tCO2e');
    const filtered = await body<{ items: unknown[] }>(
      await h.as(viewer, '/api/v1/metrics?framework=gri-2021'),
    );
    expect(filtered.items.length).toBeLessThan(res.items.length);
  });
});
