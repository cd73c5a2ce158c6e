import { describe, expect, it } from 'vitest';
import { body, email, type ErrorJson, type FactJson } from './support/harness.js';
import { useHarness } from './support/use-harness.js';

// The facts list checks the caller's membership within its page query instead of a query of its
// own first (api/app/create-app.ts, store listFactsJson): the answers must be those of every other
// organisation route.

const { h, f, owner } = useHarness({ signIn: { owner: 'ownerA' } });

const list = (orgId: string) => `/api/v1/orgs/${orgId}/facts`;

describe('who may list an organisation’s facts', () => {
  it('lists them for its members, 404 for another organisation’s owner, 401 without signing in', async () => {
    const res = await h.as(owner, `/api/v1/orgs/${f.orgA}/facts`, {
      method: 'POST',
      json: { periodId: f.periodA2025, metric: 'ghg.scope1', value: '618.25', unit: 'tCO2e' },
    });
    expect(res.status).toBe(200);
    const viewer = await h.login(email('viewerA'));
    const seen = await body<{ items: FactJson[] }>(await h.as(viewer, list(f.orgA)));
    expect(seen.items.map((x) => x.value)).toEqual(['618.25']);

    const ownerB = await h.login(email('ownerB'));
    const across = await h.as(ownerB, list(f.orgA));
    expect(across.status).toBe(404);
    expect(await body<ErrorJson>(across)).toEqual({
      error: { code: 'NOT_FOUND', message: `organisation ${f.orgA} not found` },
    });
    // The same answer as a route the org scope refuses, so the list tells a stranger nothing more.
    const sites = await h.as(ownerB, `/api/v1/orgs/${f.orgA}/sites`);
    expect([sites.status, await body<ErrorJson>(sites)]).toEqual([
      404,
      await body<ErrorJson>(await h.as(ownerB, list(f.orgA))),
    ]);
    expect((await h.as(ownerB, list('no-such-organisation'))).status).toBe(404);
    expect((await h.request(list(f.orgA))).status).toBe(401);
  });

  it('answers an empty page to a member and 404 to a stranger when there are no facts', async () => {
    const ownerB = await h.login(email('ownerB'));
    const empty = await h.as(ownerB, `${list(f.orgB)}?periodId=${f.periodB2025}`);
    expect([empty.status, await body<unknown>(empty)]).toEqual([200, { items: [], nextCursor: null }]);
    expect((await h.as(owner, list(f.orgB))).status).toBe(404);
  });
});
