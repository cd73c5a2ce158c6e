import type { z } from '@hono/zod-openapi';
import { factContentJson, type Conflict, type FactVersion } from '../../store/index.js';
import type { conflictSchema, factVersionSchema } from './fact.schema.js';

// Stored facts become API JSON in the store (store/facts/fact-json.ts: `factJson`, and the facts
// list built by the database); a fact's versions and conflicts share its content here.

export { factJson } from '../../store/index.js';

/** A fact version as API JSON. */
export function factVersionJson(v: FactVersion): z.input<typeof factVersionSchema> {
  return {
    factId: v.factId,
    version: v.version,
    ...factContentJson(v.fact),
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
    proposed: factContentJson(c.proposed),
    status: c.status,
    proposedBy: c.proposedBy,
    proposedAt: c.proposedAt,
    reason: c.reason,
    importId: c.importId,
  };
}
