import type { ConflictTable, FactContentColumns, FactTable, FactVersionTable } from '../db/index.js';
import type { FactOutcome, FactWrite } from '../model/index.js';
import { canonicalJson } from './canonical-json.js';
import type { CurrentFact } from './current-facts.js';
import { contentColumns, sameContent } from './fact-row.js';
import { agreesWith } from './upsert-agreement.js';

/** Who writes an import, when, why, and where: stamped on every row it adds. */
export interface ImportStamp {
  readonly orgId: string;
  readonly periodId: string;
  readonly importId: string;
  readonly actor: string;
  readonly reason: string;
  readonly at: string;
  readonly newId: () => string;
}

/** The rows an import adds and what it did, fact by fact. */
export interface UpsertPlan {
  readonly newFacts: FactTable[];
  readonly versions: FactVersionTable[];
  readonly conflicts: ConflictTable[];
  readonly counts: { inserted: number; updated: number; unchanged: number; conflicts: number };
  readonly outcomes: FactOutcome[];
}

/**
 * Decides each fact's fate against the current state: new → version 1; same value, unit, label and
 * provenance → unchanged; the same figure from another kind of source, or any source for a verified
 * fact (see {@link corroborates}) → unchanged; different but the stored fact is verified → a conflict
 * (once per distinct proposal), the verified fact untouched; otherwise → the next version.
 */
export function planUpsert(
  facts: readonly FactWrite[],
  keys: readonly string[],
  current: ReadonlyMap<string, CurrentFact>,
  openConflicts: ReadonlyMap<string, readonly ConflictTable[]>,
  stamp: ImportStamp,
): UpsertPlan {
  const plan: UpsertPlan = {
    newFacts: [],
    versions: [],
    conflicts: [],
    counts: { inserted: 0, updated: 0, unchanged: 0, conflicts: 0 },
    outcomes: [],
  };
  const { orgId, importId, actor, reason, at } = stamp;
  facts.forEach((fact, i) => {
    const key = keys[i] ?? '';
    const content = contentColumns(fact);
    const existing = current.get(key);
    const version = { ...content, status: fact.status, import_id: importId, actor, reason, created_at: at };
    if (!existing) {
      const id = stamp.newId();
      plan.newFacts.push(newFactRow(fact, id, key, stamp));
      plan.versions.push({ ...version, fact_id: id, version: 1 });
      plan.counts.inserted++;
      plan.outcomes.push({ factId: id, outcome: 'inserted' });
    } else if (sameContent(existing, content) || corroborates(existing, content)) {
      plan.counts.unchanged++;
      plan.outcomes.push({ factId: existing.id, outcome: 'unchanged' });
    } else if (existing.status === 'verified') {
      plan.counts.conflicts++;
      const known = openConflicts.get(existing.id)?.find((c) => sameContent(c, content));
      const conflictId = known?.id ?? stamp.newId();
      plan.outcomes.push({ factId: existing.id, outcome: 'conflict', conflictId });
      if (!known) {
        plan.conflicts.push({
          ...content,
          id: conflictId,
          org_id: orgId,
          fact_id: existing.id,
          verified_version: existing.current_version,
          status: 'open',
          import_id: importId,
          actor,
          reason,
          created_at: at,
          resolved_by: null,
          resolved_at: null,
          resolution_comment: null,
        });
      }
    } else {
      plan.versions.push({ ...version, fact_id: existing.id, version: existing.current_version + 1 });
      plan.counts.updated++;
      plan.outcomes.push({ factId: existing.id, outcome: 'updated' });
    }
  });
  return plan;
}

/**
 * A proposal that gives the stored figure (equal, or equal at a printed figure's precision) adds
 * nothing when the stored fact is verified, or when it comes from another kind of source: a report
 * printing a calculated value rounded is agreement, not a change — otherwise importing the report
 * and the activity data in turn would flip the fact between them. From the same kind of source
 * (a re-extraction, a recalculation) a new provenance is still recorded as a new version.
 */
function corroborates(existing: CurrentFact, proposed: FactContentColumns): boolean {
  // A rejected figure given again is resubmitted for review: a new version, not agreement.
  if (existing.status === 'rejected') return false;
  if (existing.status !== 'verified' && existing.provenance_kind === proposed.provenance_kind) return false;
  return agreesWith(existing, proposed);
}

function newFactRow(fact: FactWrite, id: string, key: string, stamp: ImportStamp): FactTable {
  return {
    id,
    org_id: stamp.orgId,
    period_id: stamp.periodId,
    site_id: fact.siteId ?? null,
    entity: fact.entity,
    metric: fact.metric,
    dims: canonicalJson(fact.dims),
    basis: fact.basis,
    fact_key: key,
    status: fact.status,
    current_version: 1,
    updated_at: stamp.at,
  };
}
