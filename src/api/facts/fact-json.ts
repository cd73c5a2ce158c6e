import type { z } from '@hono/zod-openapi';
import type { Fact } from '../../core/index.js';
import type { Conflict, FactVersion, StoredFact } from '../../store/index.js';
import type { conflictSchema, factSchema, factVersionSchema } from './fact.schema.js';

// The one place where stored facts become API JSON: decimals as exact strings, the unit as its
// symbol, the period as its year (periods are addressed by id), provenance as stored.

function content(fact: Fact) {
  return {
    entity: fact.entity,
    year: fact.period.year,
    metric: fact.metric,
    label: fact.label ?? null,
    dims: { ...fact.dims },
    basis: fact.basis,
    value: fact.quantity.value.toFixed(),
    unit: fact.quantity.unit.symbol,
    status: fact.status,
    provenance: fact.provenance,
  };
}

/** A stored fact as API JSON. */
export function factJson(f: StoredFact): z.input<typeof factSchema> {
  return {
    id: f.id,
    orgId: f.orgId,
    periodId: f.periodId,
    siteId: f.siteId,
    version: f.version,
    ...content(f.fact),
    changedAt: f.changedAt,
    changedBy: f.changedBy,
    reason: f.reason,
  };
}

/** A fact version as API JSON. */
export function factVersionJson(v: FactVersion): z.input<typeof factVersionSchema> {
  return {
    factId: v.factId,
    version: v.version,
    ...content(v.fact),
    actor: v.actor,
    at: v.at,
    reason: v.reason,
    importId: v.importId,
  };
}

/** A conflict as API JSON. */
export function conflictJson(c: Conflict): z.input<typeof conflictSchema> {
  return {
    id: c.id,
    factId: c.factId,
    verifiedVersion: c.verifiedVersion,
    proposed: content(c.proposed),
    status: c.status,
    proposedBy: c.proposedBy,
    proposedAt: c.proposedAt,
    reason: c.reason,
    importId: c.importId,
  };
}
