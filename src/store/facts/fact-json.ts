import type { Dims, Fact, FactBasis, FactStatus, Provenance } from '../../core/index.js';
import type { Actor, StoredFact } from '../model/index.js';

// The JSON form of a stored fact, which the HTTP API answers with: decimals as exact strings, the
// unit as its symbol, the period as its year (periods are addressed by id), provenance as stored.
// Built in two places that must agree, both here in the store: `factJson` from a read fact, and
// `factJsonText` (fact-json-sql.ts) by the database for the facts list, which would otherwise spend
// most of its time turning rows into objects and back into JSON. The store contract suite checks
// that the two agree on both databases.

/** What a fact says, as JSON: shared by a fact, its versions and a conflict's proposal. */
export interface FactContentJson {
  readonly entity: string;
  readonly year: number;
  readonly metric: string;
  readonly label: string | null;
  readonly dims: Dims;
  readonly basis: FactBasis;
  readonly value: string;
  readonly unit: string;
  readonly status: FactStatus;
  readonly provenance: Provenance;
}

/** A stored fact as JSON, in this key order. */
export interface FactJson extends FactContentJson {
  readonly id: string;
  readonly orgId: string;
  readonly periodId: string;
  readonly siteId: string | null;
  readonly version: number;
  readonly changedAt: string;
  readonly changedBy: Actor;
  readonly reason: string;
  /** The uploaded document the current value was read from, or null (source-document.ts). */
  readonly documentId: string | null;
}

/** What a core fact says, as JSON. */
export function factContentJson(fact: Fact): FactContentJson {
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

/** A stored fact as JSON. */
export function factJson(f: StoredFact): FactJson {
  return {
    id: f.id,
    orgId: f.orgId,
    periodId: f.periodId,
    siteId: f.siteId,
    version: f.version,
    ...factContentJson(f.fact),
    changedAt: f.changedAt,
    changedBy: f.changedBy,
    reason: f.reason,
    documentId: f.documentId,
  };
}
