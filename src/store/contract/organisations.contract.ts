import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { setup, type ContractContext } from './fixtures.contract.js';

/** Contract cases about finding organisations by name (the CLI's `--org <name>`). */
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
}
