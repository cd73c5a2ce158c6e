import type { ActorJson, FactContentJson } from './fact.types.js';

/** A change an import proposed to a verified fact, awaiting a reviewer (schema `Conflict`). */
export interface ConflictJson {
  readonly id: string;
  readonly factId: string;
  readonly verifiedVersion: number;
  readonly proposed: FactContentJson;
  readonly status: 'open' | 'accepted' | 'dismissed';
  readonly proposedBy: ActorJson;
  readonly proposedAt: string;
  readonly reason: string;
  readonly importId: string | null;
}
