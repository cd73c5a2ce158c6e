import { expect, it } from 'vitest';
import { dec } from '../../core/index.js';
import { expectEsgError } from './facts.contract.js';
import { fact, newUser, orgWithPeriod, setup, units, type ContractContext } from './fixtures.contract.js';

/** Contract cases about organisations, roles, sign-in secrets and the audit log. */
export function accessCases(get: () => ContractContext): void {
  it('scopes every read and write by organisation: another organisation is not found', async () => {
    const { store } = get();
    const a = await orgWithPeriod(store, 'Org A');
    const b = await orgWithPeriod(store, 'Org B');
    const owner = await newUser(store, 'Owner of A');
    await store.addMember(a.orgId, owner.id, 'owner', setup);
    await store.upsertFacts(a.orgId, a.periodId, [fact('ghg.scope1', '111.1')], setup, 'A');
    await store.upsertFacts(b.orgId, b.periodId, [fact('ghg.scope1', '222.2')], setup, 'B');
    const [factOfB] = (await store.listFacts(b.orgId, {}, setup)).items;
    const own = await store.listFacts(a.orgId, {}, owner.actor);
    expect(own.items.map((f) => f.fact.quantity.value.toFixed())).toEqual(['111.1']);
    await expectEsgError(store.listFacts(b.orgId, {}, owner.actor), 'NOT_FOUND');
    await expectEsgError(store.getOrganisation(b.orgId, owner.actor), 'NOT_FOUND');
    await expectEsgError(store.listAuditLog(b.orgId, {}, owner.actor), 'NOT_FOUND');
    await expectEsgError(store.getFact(a.orgId, factOfB?.id ?? '', owner.actor), 'NOT_FOUND');
    await expectEsgError(store.factHistory(a.orgId, factOfB?.id ?? '', owner.actor), 'NOT_FOUND');
    await expectEsgError(store.review(a.orgId, factOfB?.id ?? '', 'approve', '', owner.actor), 'NOT_FOUND');
    await expectEsgError(
      store.upsertFacts(a.orgId, b.periodId, [fact('x.y', '1')], owner.actor, 'cross'),
      'NOT_FOUND',
    );
    await expectEsgError(
      store.upsertFacts(b.orgId, b.periodId, [fact('x.y', '1')], owner.actor, 'cross'),
      'NOT_FOUND',
    );
    expect((await store.listOrganisations(owner.id)).map((o) => o.id)).toEqual([a.orgId]);
    expect((await store.getFact(b.orgId, factOfB?.id ?? '', setup)).fact.quantity.value.toFixed()).toBe(
      '222.2',
    );
  });

  it('lets each role do its job and nothing more; contributors write only their sites', async () => {
    const { store } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Roles');
    const plant = await store.createSite(orgId, { name: 'Plant North', boundary: { kind: 'in' } }, setup);
    const depot = await store.createSite(orgId, { name: 'Depot South', boundary: { kind: 'in' } }, setup);
    const [contributor, reviewer, viewer] = await Promise.all([
      newUser(store, 'Carl Contributor'),
      newUser(store, 'Rae Reviewer'),
      newUser(store, 'Vic Viewer'),
    ]);
    await store.addMember(orgId, contributor.id, 'contributor', setup, [plant.id]);
    await store.addMember(orgId, reviewer.id, 'reviewer', setup);
    await store.addMember(orgId, viewer.id, 'viewer', setup);
    expect(await store.roleOf(orgId, contributor.id)).toBe('contributor');
    expect((await store.membershipOf(orgId, contributor.id))?.siteIds).toEqual([plant.id]);
    const atPlant = fact('energy.electricity', '640.25', {
      siteId: plant.id,
      quantity: { value: dec('640.25'), unit: units.MWh },
    });
    expect((await store.upsertFacts(orgId, periodId, [atPlant], contributor.actor, 'meter')).inserted).toBe(
      1,
    );
    const atDepot = { ...atPlant, siteId: depot.id };
    await expectEsgError(
      store.upsertFacts(orgId, periodId, [atDepot], contributor.actor, 'meter'),
      'FORBIDDEN',
    );
    await expectEsgError(
      store.upsertFacts(orgId, periodId, [fact('ghg.total', '9')], contributor.actor, 'x'),
      'FORBIDDEN',
    );
    await expectEsgError(store.upsertFacts(orgId, periodId, [atDepot], viewer.actor, 'x'), 'FORBIDDEN');
    await expectEsgError(store.upsertFacts(orgId, periodId, [atDepot], reviewer.actor, 'x'), 'FORBIDDEN');
    const [entered] = (await store.listFacts(orgId, { siteId: plant.id }, viewer.actor)).items;
    await expectEsgError(
      store.review(orgId, entered?.id ?? '', 'approve', '', contributor.actor),
      'FORBIDDEN',
    );
    await expectEsgError(store.lockPeriod(orgId, periodId, reviewer.actor), 'FORBIDDEN');
    await expectEsgError(store.addMember(orgId, viewer.id, 'owner', contributor.actor), 'FORBIDDEN');
    expect(
      (await store.review(orgId, entered?.id ?? '', 'approve', 'checked', reviewer.actor)).fact.status,
    ).toBe('verified');
  });

  it('keeps the boundary decision of entities and sites, and an exclusion needs its reason', async () => {
    const { store } = get();
    const { orgId } = await orgWithPeriod(store, 'Boundary');
    const entity = await store.createEntity(
      orgId,
      { name: 'Harbour Cement (Anhui) Ltd', boundary: { kind: 'in' } },
      setup,
    );
    const out = { kind: 'out', reason: 'divested on 30 June 2023' } as const;
    await store.createSite(orgId, { name: 'Kiln 3', entityId: entity.id, boundary: out }, setup);
    await expectEsgError(
      store.createSite(orgId, { name: 'Kiln 4', boundary: { kind: 'out', reason: ' ' } }, setup),
      'INVALID_INPUT',
    );
    await expectEsgError(
      store.createSite(orgId, { name: 'Kiln 3', boundary: { kind: 'in' } }, setup),
      'CONFLICT',
    );
    const sites = await store.listSites(orgId, setup);
    expect(sites.map((s) => [s.name, s.entityId, s.boundary])).toEqual([['Kiln 3', entity.id, out]]);
    expect((await store.listEntities(orgId, setup)).map((e) => e.name)).toEqual([
      'Harbour Cement (Anhui) Ltd',
    ]);
  });

  it('checks passwords against a scrypt hash, e-mail in any case; unknown users and wrong passwords fail', async () => {
    const { store } = get();
    const user = await newUser(store, 'Pat Password', 'Tr0ub4dor&3-long');
    expect(await store.verifyPassword(user.email.toUpperCase(), 'Tr0ub4dor&3-long')).toEqual({
      id: user.id,
      email: user.email,
      name: 'Pat Password',
    });
    expect(await store.verifyPassword(user.email, 'tr0ub4dor&3-long')).toBeUndefined();
    expect(await store.verifyPassword(`nobody.${user.email}`, 'Tr0ub4dor&3-long')).toBeUndefined();
    await expectEsgError(
      store.createUser({ email: user.email, name: 'Again', password: 'another-password' }, setup),
      'CONFLICT',
    );
    await expectEsgError(
      store.createUser({ email: 'short@example.com', name: 'Short', password: 'seven77' }, setup),
      'INVALID_INPUT',
      /password/,
    );
  });

  it('verifies API tokens until revoked, and sessions until they expire or end', async () => {
    const { store, tick } = get();
    const user = await newUser(store, 'Tom Token');
    const { token, secret } = await store.createApiToken(user.id, 'nightly import');
    expect(secret).toMatch(/^esg_tok_[\w-]{43}$/);
    expect((await store.verifyApiToken(secret))?.id).toBe(user.id);
    expect(await store.verifyApiToken(`${secret}x`)).toBeUndefined();
    expect((await store.listApiTokens(user.id)).map((t) => t.name)).toEqual(['nightly import']);
    await store.revokeApiToken(user.id, token.id);
    expect(await store.verifyApiToken(secret)).toBeUndefined();
    await expectEsgError(store.revokeApiToken(user.id, token.id), 'NOT_FOUND');
    const first = await store.createSession(user.id, 3_600_000);
    const second = await store.createSession(user.id, 7_200_000);
    expect(await store.getSession(first.secret)).toEqual(first.session);
    tick(3_600_000);
    expect(await store.getSession(first.secret)).toBeUndefined();
    expect((await store.getSession(second.secret))?.userId).toBe(user.id);
    await store.deleteSession(second.secret);
    expect(await store.getSession(second.secret)).toBeUndefined();
  });

  it('writes an audit entry for each change, newest first, paged without gaps or repeats', async () => {
    const { store, tick } = get();
    const owner = await newUser(store, 'Olive Owner');
    const org = await store.createOrganisation('Audited Ltd', owner.actor);
    tick(1000);
    const period = await store.openPeriod(
      org.id,
      { year: 2024, start: '2023-07-01', end: '2024-06-30' },
      owner.actor,
    );
    tick(1000);
    const result = await store.upsertFacts(
      org.id,
      period.id,
      [fact('ghg.scope1', '5', { period: period.period })],
      owner.actor,
      'first data',
    );
    tick(1000);
    await store.lockPeriod(org.id, period.id, owner.actor);
    const all = (await store.listAuditLog(org.id, {}, owner.actor)).items;
    expect(all.map((e) => e.action)).toEqual([
      'period.lock',
      'facts.import',
      'period.open',
      'organisation.create',
    ]);
    expect(all.every((e) => e.actor.kind === 'user' && e.actor.userId === owner.id)).toBe(true);
    expect(all[1]).toMatchObject({ target: result.importId, detail: { inserted: 1, reason: 'first data' } });
    const pageOne = await store.listAuditLog(org.id, { limit: 3 }, owner.actor);
    const pageTwo = await store.listAuditLog(
      org.id,
      { limit: 3, cursor: pageOne.nextCursor ?? '' },
      owner.actor,
    );
    expect([...pageOne.items, ...pageTwo.items].map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(pageTwo.nextCursor).toBeNull();
  });

  it('filters facts by period, metric, site and status and pages through them in order', async () => {
    const { store } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Filters');
    const site = await store.createSite(orgId, { name: 'Mill', boundary: { kind: 'in' } }, setup);
    const later = await store.openPeriod(orgId, { year: 2024 }, setup);
    const metrics = ['a.one', 'a.two', 'a.three', 'a.four', 'a.five'];
    await store.upsertFacts(
      orgId,
      periodId,
      metrics.map((m, i) => fact(m, `${i + 1}.5`, i % 2 === 0 ? { siteId: site.id } : {})),
      setup,
      '2023',
    );
    await store.upsertFacts(
      orgId,
      later.id,
      [fact('a.one', '9.75', { period: later.period, status: 'submitted' })],
      setup,
      '2024',
    );
    const values = async (filter: object) =>
      (await store.listFacts(orgId, filter, setup)).items.map((f) => f.fact.quantity.value.toFixed()).sort();
    expect(await values({ periodId })).toEqual(['1.5', '2.5', '3.5', '4.5', '5.5']);
    expect(await values({ metric: 'a.one' })).toEqual(['1.5', '9.75']);
    expect(await values({ siteId: site.id })).toEqual(['1.5', '3.5', '5.5']);
    expect(await values({ status: 'submitted' })).toEqual(['9.75']);
    expect(await values({ periodId: later.id, metric: 'a.one', status: 'submitted' })).toEqual(['9.75']);
    // Period, metric and site together are matched through one index (migration 0003).
    expect(await values({ periodId, metric: 'a.three', siteId: site.id })).toEqual(['3.5']);
    expect(await values({ periodId, metric: 'a.two', siteId: site.id })).toEqual([]);
    expect(await values({ periodId, metric: 'a.one', siteId: site.id, status: 'submitted' })).toEqual([]);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listFacts(orgId, { limit: 2, ...(cursor ? { cursor } : {}) }, setup);
      seen.push(...page.items.map((f) => f.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    expect([...seen].sort()).toEqual(seen);
    await expectEsgError(store.listFacts(orgId, { limit: 0 }, setup), 'INVALID_INPUT');
    await expectEsgError(store.listFacts(orgId, { cursor: 'not-a-cursor' }, setup), 'INVALID_INPUT');
  });
}
