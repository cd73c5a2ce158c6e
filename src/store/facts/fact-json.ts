import type { Fact, FactContentJson, FactJson } from '../../core/index.js';
import type { StoredFact } from '../model/index.js';

// The JSON form of a stored fact, which the HTTP API answers with (core's FactJson). Built in two
// places that must agree, both here in the store: `factJson` from a read fact, and
// `factJsonText` (fact-json-sql.ts) by the database, kept in each fact's row for the facts list
// (fact-json-column.ts), which would otherwise spend most of its time turning rows into objects
// and back into JSON. The store contract suite checks that the two agree on both databases.

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
