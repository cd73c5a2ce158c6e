// JSON shapes of the fact routes (schemas Fact, FactVersion, Conflict, UpsertResult, Actor in
// /api/openapi.json). A fact and its content as JSON are core's (the store builds them), as are
// provenance and the status and basis enums.
import type { ActorJson, FactContentJson, FactStatus } from '../../core/index.js';

export type { ActorJson, FactContentJson, FactJson } from '../../core/index.js';

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
