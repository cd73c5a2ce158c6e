import type { Fact, FactStatus } from '../../core/index.js';
import type { Actor } from './actor.js';

/** A fact to store: the core fact, and the site it is for when it is a site's figure. */
export type FactWrite = Fact & { readonly siteId?: string };

/** Where a batch of facts came from; every batch is one import, stored in one transaction. */
export const IMPORT_SOURCES = ['document', 'activity', 'entry', 'api'] as const;
/** One of {@link IMPORT_SOURCES}. */
export type ImportSource = (typeof IMPORT_SOURCES)[number];

/** What an upsert did to one fact of the batch. */
export const UPSERT_OUTCOMES = ['inserted', 'updated', 'unchanged', 'conflict'] as const;
/** One of {@link UPSERT_OUTCOMES}. */
export type UpsertOutcome = (typeof UPSERT_OUTCOMES)[number];

/** The stored fact an input fact became (or, for a conflict, the verified fact it ran into). */
export interface FactOutcome {
  readonly factId: string;
  readonly outcome: UpsertOutcome;
  /** For a conflict: the open conflict recording the proposal (new, or the same one recorded before). */
  readonly conflictId?: string;
}

/** What an upsert did, fact by fact. */
export interface UpsertResult {
  readonly importId: string;
  /** The document the facts were read from, when the import names one. */
  readonly documentId?: string;
  /** Facts that did not exist before. */
  readonly inserted: number;
  /** Facts that got a new version. */
  readonly updated: number;
  /** Facts whose value, unit, label and provenance were already stored. */
  readonly unchanged: number;
  /** Facts that would have changed a verified fact: the verified fact stays, a conflict is recorded. */
  readonly conflicts: number;
  /** One outcome per input fact, in the batch's order. */
  readonly facts: readonly FactOutcome[];
}

/** A fact at rest: its id, where it belongs, its current version and who made that version. */
export interface StoredFact {
  readonly id: string;
  readonly orgId: string;
  readonly periodId: string;
  readonly siteId: string | null;
  readonly version: number;
  readonly fact: Fact;
  readonly changedAt: string;
  readonly changedBy: Actor;
  readonly reason: string;
  /** The uploaded document the current value was read from (document provenance), or null. */
  readonly documentId: string | null;
}

/** One version of a fact: versions are appended, never changed, each with who, when and why. */
export interface FactVersion {
  readonly factId: string;
  readonly version: number;
  readonly fact: Fact;
  readonly actor: Actor;
  readonly at: string;
  readonly reason: string;
  /** The import that wrote this version; null for review decisions and conflict resolutions. */
  readonly importId: string | null;
}

/** Filters for listing facts; all optional, combined with AND. */
export interface FactFilter {
  readonly periodId?: string;
  readonly metric?: string;
  readonly siteId?: string;
  readonly status?: FactStatus;
  /** Page size, 1–1000 (default 100). */
  readonly limit?: number;
  /** The `nextCursor` of the previous page. */
  readonly cursor?: string;
}

/** One page of a list, and the cursor of the next page (null on the last page). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

/** A reviewer's decision on a fact. */
export const REVIEW_DECISIONS = ['approve', 'reject'] as const;
/** One of {@link REVIEW_DECISIONS}. */
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** States of a conflict between a verified fact and a proposed change. */
export const CONFLICT_STATUSES = ['open', 'accepted', 'dismissed'] as const;
/** One of {@link CONFLICT_STATUSES}. */
export type ConflictStatus = (typeof CONFLICT_STATUSES)[number];

/** How a reviewer settles a conflict: take the proposed value, or keep the verified one. */
export const CONFLICT_RESOLUTIONS = ['accept', 'dismiss'] as const;
/** One of {@link CONFLICT_RESOLUTIONS}. */
export type ConflictResolution = (typeof CONFLICT_RESOLUTIONS)[number];

/** A change an import proposed to a verified fact, kept beside it until a reviewer settles it. */
export interface Conflict {
  readonly id: string;
  readonly factId: string;
  /** The verified version the proposal would have replaced. */
  readonly verifiedVersion: number;
  /** The proposed fact (its quantity, label and provenance are the proposal). */
  readonly proposed: Fact;
  readonly status: ConflictStatus;
  readonly proposedBy: Actor;
  readonly proposedAt: string;
  readonly reason: string;
  readonly importId: string | null;
}
