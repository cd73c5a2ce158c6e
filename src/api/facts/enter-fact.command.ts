import { z } from 'zod';
import { defineCommand, FACT_BASES, type Fact } from '../../core/index.js';
import { userActor, type Store, type StoredFact, type UpsertResult } from '../../store/index.js';
import type { Clock } from '../app/app-deps.js';
import { InvalidFieldError } from '../errors/index.js';
import { checkEnteredDims, enteredMetric, enteredQuantity } from './fact-entry.js';
import { findStoredFact } from './find-stored-fact.js';

/** A value a person types in: the metric, the number and the unit they chose, and where it belongs. */
export const factEntrySchema = z.object({
  periodId: z.string().min(1),
  metric: z.string().min(1).max(100),
  value: z.string().min(1).max(100).describe('As typed: "1,234.5", "4.2"; kept exact'),
  unit: z.string().min(1).max(100).describe('Any unit of the metric’s dimension: "MWh", "GWh", "kWh"'),
  siteId: z.string().min(1).optional(),
  dims: z.record(z.string(), z.string().max(200)).default({}),
  basis: z.enum(FACT_BASES).default('actual'),
  label: z.string().trim().min(1).max(300).optional(),
  note: z.string().trim().min(1).max(2000).optional(),
});

/** What `enterFact` needs: the store, who is typing, in which organisation, and the clock. */
export interface EntryDeps {
  readonly store: Store;
  readonly orgId: string;
  readonly user: { readonly id: string; readonly email: string };
  readonly clock: Clock;
}

/**
 * Enters one value by hand: checked against the metric catalogue and the unit registry, converted
 * to the metric's unit, stored as a submitted fact with entry provenance (who, when, note). A site's
 * value carries the site's name in dim `site`, as calculated facts do, so both are the same fact.
 */
export const enterFactCommand = defineCommand({
  name: 'enter fact',
  input: factEntrySchema,
  async run(input, deps: EntryDeps): Promise<{ fact: StoredFact; result: UpsertResult }> {
    const { store, orgId, user, clock } = deps;
    const actor = userActor(user.id);
    const metric = enteredMetric(input.metric);
    const value = enteredQuantity(metric, input.value, input.unit);
    const dims: Record<string, string> = { ...input.dims };
    if (input.siteId !== undefined) {
      const site = (await store.listSites(orgId, actor)).find((s) => s.id === input.siteId);
      if (!site) throw new InvalidFieldError('siteId', `no site ${input.siteId} in this organisation`);
      dims.site = site.name;
    }
    checkEnteredDims(metric, dims);
    const [org, period] = await Promise.all([
      store.getOrganisation(orgId, actor),
      store.getPeriod(orgId, input.periodId, actor),
    ]);
    const at = clock().toISOString();
    const fact: Fact = {
      entity: org.name,
      period: period.period,
      metric: metric.id,
      dims,
      quantity: value,
      basis: input.basis,
      provenance: { kind: 'entry', user: user.email, at, ...(input.note ? { note: input.note } : {}) },
      status: 'submitted',
      label: input.label ?? metric.label,
    };
    const write = input.siteId === undefined ? fact : { ...fact, siteId: input.siteId };
    const result = await store.upsertFacts(
      orgId,
      input.periodId,
      [write],
      actor,
      input.note ?? 'entered by hand',
      {
        source: 'entry',
      },
    );
    return { fact: await findStoredFact(store, orgId, input.periodId, write, actor), result };
  },
});
