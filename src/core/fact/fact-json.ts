import type { Dims, FactBasis, FactStatus } from './fact.js';
import type { Provenance } from './provenance.js';

// The JSON form of a stored fact, as the HTTP API answers with it (schemas Fact, Actor in
// /api/openapi.json): decimals as exact strings, the unit as its symbol, the period as its year
// (periods are addressed by id), provenance as stored. Declared once here, types only: the store
// builds it, the API sends it and the web client reads it.

/** Who made a change: a user, or esgkit itself (the CLI, the demo loader). */
export type ActorJson =
  { readonly kind: 'user'; readonly userId: string } | { readonly kind: 'system'; readonly name: string };

/** What a fact says, as JSON: shared by a fact, its versions and a conflict's proposal. */
export interface FactContentJson {
  readonly entity: string;
  readonly year: number;
  /** A metric id of the metric catalogue. */
  readonly metric: string;
  readonly label: string | null;
  readonly dims: Dims;
  readonly basis: FactBasis;
  /** Exact decimal, in `unit`. */
  readonly value: string;
  /** A unit symbol of the unit registry. */
  readonly unit: string;
  readonly status: FactStatus;
  readonly provenance: Provenance;
}

/** A stored fact with its current version as JSON, in this key order. */
export interface FactJson extends FactContentJson {
  readonly id: string;
  readonly orgId: string;
  readonly periodId: string;
  readonly siteId: string | null;
  readonly version: number;
  readonly changedAt: string;
  readonly changedBy: ActorJson;
  readonly reason: string;
  /** The uploaded document the current value was read from; null for other sources. */
  readonly documentId: string | null;
}
