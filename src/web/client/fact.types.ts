// JSON shapes of the fact routes (schemas Fact, FactVersion, Conflict, UpsertResult, Actor in
// /api/openapi.json). Provenance and the status and basis enums are core's own types.
import type { Dims, FactBasis, FactStatus, Provenance } from '../../core/index.js';

/** Who made a change: a user, or esgkit itself (the CLI, the demo loader). */
export type ActorJson =
  { readonly kind: 'user'; readonly userId: string } | { readonly kind: 'system'; readonly name: string };

/** What a fact says, in every shape that carries one. */
export interface FactContentJson {
  readonly entity: string;
  readonly year: number;
  /** A metric id of core's metric catalogue. */
  readonly metric: string;
  readonly label: string | null;
  readonly dims: Dims;
  readonly basis: FactBasis;
  /** Exact decimal, in `unit`. */
  readonly value: string;
  /** A unit symbol of core's unit registry. */
  readonly unit: string;
  readonly status: FactStatus;
  readonly provenance: Provenance;
}

/** A fact at rest with its current version. */
export interface FactJson extends FactContentJson {
  readonly id: string;
  readonly orgId: string;
  readonly periodId: string;
  readonly siteId: string | null;
  readonly version: number;
  readonly changedAt: string;
  readonly changedBy: ActorJson;
  readonly reason: string;
  /** The uploaded document the value was read from; null for other sources. */
  readonly documentId: string | null;
}

/** One version of a fact. */
export interface FactVersionJson extends FactContentJson {
  readonly factId: string;
  readonly version: number;
  readonly actor: ActorJson;
  readonly at: string;
  readonly reason: string;
  readonly importId: string | null;
}

/** What an import or entry did, fact by fact. */
export interface UpsertResultJson {
  readonly importId: string;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Changes to verified facts kept as conflicts. */
  readonly conflicts: number;
}

/** Filters of the facts list (all optional, combined with AND). */
export interface FactQuery {
  readonly periodId?: string;
  readonly metric?: string;
  readonly siteId?: string;
  readonly status?: FactStatus;
  readonly limit?: number;
  readonly cursor?: string;
}
