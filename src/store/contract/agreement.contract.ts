import { expect, it } from 'vitest';
import { dec, type Provenance } from '../../core/index.js';
import { fact, orgWithPeriod, setup, units, type ContractContext } from './fixtures.contract.js';

/** A figure as a report prints it. */
function printed(value: string, unit: string, line: number): Provenance {
  return {
    kind: 'document',
    document: 'harbour-cement-esg-2023.txt',
    location: { line },
    quote: `Direct GHG emissions (Scope 1)\t${unit}\t${value}`,
    reported: { value, unit },
    extraction: 'table',
  };
}

const calculated: Provenance = {
  kind: 'calculation',
  formula: 'Σ natural gas × NDRC factor',
  inputs: [{ row: 4, activity: 'natural_gas Plant A', amount: '283110.7', unit: 'm3' }],
  factors: [{ id: 'ndrc-natural-gas', value: '0.0021650', unit: 'tCO2e/m3', source: 'NDRC 2013' }],
};

/** Contract cases about figures that agree: a printed rounding is not a change, nor a conflict. */
export function agreementCases(get: () => ContractContext): void {
  it('takes a printed figure equal to a verified value at its printed precision as agreement, not a conflict', async () => {
    const { store } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Printed precision');
    const mwh = { value: dec('12718.3839817'), unit: units.MWh };
    await store.upsertFacts(
      orgId,
      periodId,
      [
        fact('ghg.scope1', '626.1213573718048', { provenance: calculated }),
        fact('energy.total', '12718.3839817', { provenance: calculated, quantity: mwh }),
      ],
      setup,
      'calculated',
    );
    for (const f of (await store.listFacts(orgId, { periodId }, setup)).items)
      await store.review(orgId, f.id, 'approve', '', setup);
    // 626.12 printed stands for 626.115–626.125; 12,718,384 kWh printed for ±0.5 kWh.
    const kwh = { value: dec('12718.384'), unit: units.MWh };
    const agreeing = await store.upsertFacts(
      orgId,
      periodId,
      [
        fact('ghg.scope1', '626.12', { provenance: printed('626.12', 'tCO2e', 18) }),
        fact('energy.total', '12718.384', { provenance: printed('12718384', 'kWh', 30), quantity: kwh }),
      ],
      setup,
      'report',
    );
    expect(agreeing).toMatchObject({ unchanged: 2, updated: 0, conflicts: 0 });
    expect(await store.listConflicts(orgId, {}, setup)).toEqual([]);
    const differing = await store.upsertFacts(
      orgId,
      periodId,
      [fact('ghg.scope1', '626.13', { provenance: printed('626.13', 'tCO2e', 18) })],
      setup,
      'restated report',
    );
    expect(differing).toMatchObject({ unchanged: 0, conflicts: 1 });
    const [scope1] = (await store.listFacts(orgId, { metric: 'ghg.scope1' }, setup)).items;
    expect([scope1?.fact.quantity.value.toFixed(), scope1?.version]).toEqual(['626.1213573718048', 2]);
  });

  it('keeps an unverified fact when another source gives the same figure, so re-imports do not flip it', async () => {
    const { store } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Corroborated');
    const water = (value: string, provenance: Provenance) =>
      fact('water.consumption', value, { provenance, quantity: { value: dec(value), unit: units.m3 } });
    const activity = [water('103310.4', calculated)];
    await store.upsertFacts(orgId, periodId, activity, setup, 'activity data');
    const report = await store.upsertFacts(
      orgId,
      periodId,
      [water('103310', printed('103310', 'm3', 40))],
      setup,
      'report',
    );
    const again = await store.upsertFacts(orgId, periodId, activity, setup, 'activity data again');
    expect([report.unchanged, again.unchanged, again.updated]).toEqual([1, 1, 0]);
    const restated = await store.upsertFacts(
      orgId,
      periodId,
      [water('104020', printed('104020', 'm3', 40))],
      setup,
      'restated report',
    );
    expect(restated).toMatchObject({ updated: 1, unchanged: 0 });
    // From the same kind of source a new provenance is a new version (the figure moved in the report).
    const moved = await store.upsertFacts(
      orgId,
      periodId,
      [water('104020', printed('104020', 'm3', 52))],
      setup,
      'report, second edition',
    );
    const calculatedAgain = await store.upsertFacts(
      orgId,
      periodId,
      [water('104020', calculated)],
      setup,
      'meters',
    );
    expect([moved.updated, calculatedAgain.updated, calculatedAgain.unchanged]).toEqual([1, 0, 1]);
    const [stored] = (await store.listFacts(orgId, { periodId }, setup)).items;
    expect([stored?.fact.quantity.value.toFixed(), stored?.version]).toEqual(['104020', 3]);
    // A rejected figure given again by another source goes back to review as a new version.
    await store.review(orgId, stored?.id ?? '', 'reject', 'meter read twice', setup);
    const resubmitted = await store.upsertFacts(
      orgId,
      periodId,
      [water('104020', calculated)],
      setup,
      'meters',
    );
    expect(resubmitted.updated).toBe(1);
    expect((await store.getFact(orgId, stored?.id ?? '', setup)).fact.status).toBe('unverified');
  });
}
