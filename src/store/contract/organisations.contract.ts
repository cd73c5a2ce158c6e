import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { setup, type ContractContext } from './fixtures.contract.js';

/** Contract cases about organisations: found by name (the CLI's `--org <name>`), their entities and sites. */
export function organisationCases(get: () => ContractContext): void {
  it('finds the organisations of exactly one name, oldest first, whoever is a member', async () => {
    const { store, tick } = get();
    const suffix = randomUUID().slice(0, 8);
    const first = await store.createOrganisation(`Lantern Ceramics ${suffix}`, setup);
    tick(1000);
    const second = await store.createOrganisation(`Lantern Ceramics ${suffix}`, setup);
    const other = await store.createOrganisation(`Lantern Ceramics Trading ${suffix}`, setup);
    const found = await store.findOrganisationsByName(`  Lantern Ceramics ${suffix} `);
    expect(found.map((o) => o.id)).toEqual([first.id, second.id]);
    expect(
      (await store.findOrganisationsByName(`Lantern Ceramics Trading ${suffix}`)).map((o) => o.id),
    ).toEqual([other.id]);
    expect(await store.findOrganisationsByName(`lantern ceramics ${suffix}`)).toEqual([]);
    expect(await store.findOrganisationsByName(`Lantern ${suffix}`)).toEqual([]);
  });

  it('stores an entity and a site with their boundary, and audits each with its name and boundary', async () => {
    const { store } = get();
    const org = await store.createOrganisation(`Copperleaf Dyes ${randomUUID().slice(0, 8)}`, setup);
    const entity = await store.createEntity(
      org.id,
      { name: ' Copperleaf (Jiangsu) Ltd ', boundary: { kind: 'in', reason: 'wholly owned' } },
      setup,
    );
    const site = await store.createSite(
      org.id,
      { name: 'Wuxi Dyehouse', entityId: entity.id, boundary: { kind: 'out', reason: 'sold in March' } },
      setup,
    );
    expect(await store.listEntities(org.id, setup)).toEqual([
      {
        id: entity.id,
        orgId: org.id,
        name: 'Copperleaf (Jiangsu) Ltd',
        boundary: { kind: 'in', reason: 'wholly owned' },
      },
    ]);
    expect(await store.listSites(org.id, setup)).toEqual([
      {
        id: site.id,
        orgId: org.id,
        entityId: entity.id,
        name: 'Wuxi Dyehouse',
        boundary: { kind: 'out', reason: 'sold in March' },
      },
    ]);
    const audit = (await store.listAuditLog(org.id, {}, setup)).items.filter(
      (a) => a.action !== 'organisation.create',
    );
    expect(audit.map((a) => [a.action, a.target, a.detail]).sort()).toEqual([
      ['entity.create', entity.id, { name: 'Copperleaf (Jiangsu) Ltd', boundary: 'in' }],
      ['site.create', site.id, { name: 'Wuxi Dyehouse', boundary: 'out' }],
    ]);
  });
}
