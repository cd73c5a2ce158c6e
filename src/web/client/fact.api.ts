import type { FactBasis } from '../../core/index.js';
import type { FactJson, FactQuery, FactVersionJson, UpsertResultJson } from './fact.types.js';
import type { ConflictJson } from './review.types.js';
import type { Http } from './http.js';
import { orgPath } from './org.api.js';
import type { ItemsJson, PageJson } from './org.types.js';

/** A value typed into the data-entry grid (`POST /orgs/{orgId}/facts`). */
export interface FactEntry {
  readonly periodId: string;
  readonly metric: string;
  /** As typed ("1,234.5"); the API keeps it exact. */
  readonly value: string;
  /** Any unit of the metric's dimension. */
  readonly unit: string;
  readonly siteId?: string;
  readonly dims?: Readonly<Record<string, string>>;
  readonly basis?: FactBasis;
  readonly note?: string;
}

/** The most facts {@link factApi}'s `all` follows cursors for, so a huge store cannot hang the page. */
export const MAX_FACTS = 5000;

/** Facts: list (one page or all pages), one fact, its history, and entry. */
export function factApi(http: Http) {
  const list = (orgId: string, query: FactQuery = {}) =>
    http.request<PageJson<FactJson>>('GET', `${orgPath(orgId)}/facts`, { query: { ...query } });
  return {
    list,
    /** Every fact matching the query, following cursors up to {@link MAX_FACTS}. */
    async all(orgId: string, query: Omit<FactQuery, 'cursor'> = {}): Promise<FactJson[]> {
      const out: FactJson[] = [];
      let cursor: string | undefined;
      do {
        const page = await list(orgId, {
          limit: 1000,
          ...query,
          ...(cursor === undefined ? {} : { cursor }),
        });
        out.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined && out.length < MAX_FACTS);
      return out;
    },
    get: (orgId: string, factId: string) =>
      http.request<FactJson>('GET', `${orgPath(orgId)}/facts/${encodeURIComponent(factId)}`),
    history: (orgId: string, factId: string) =>
      http.request<ItemsJson<FactVersionJson>>(
        'GET',
        `${orgPath(orgId)}/facts/${encodeURIComponent(factId)}/history`,
      ),
    enter: (orgId: string, entry: FactEntry) =>
      http.request<{ fact: FactJson; result: UpsertResultJson }>('POST', `${orgPath(orgId)}/facts`, {
        json: entry,
      }),
    /** Approves or rejects a fact (reviewer, owner); a rejection needs a comment. */
    review: (orgId: string, factId: string, decision: 'approve' | 'reject', comment: string) =>
      http.request<FactJson>('POST', `${orgPath(orgId)}/facts/${encodeURIComponent(factId)}/review`, {
        json: { decision, comment },
      }),
    /** Conflicts between verified facts and later imports. */
    conflicts: (orgId: string, status?: ConflictJson['status']) =>
      http.request<ItemsJson<ConflictJson>>('GET', `${orgPath(orgId)}/conflicts`, { query: { status } }),
    /** Accepts the proposed value (it becomes the verified one) or dismisses it. */
    resolveConflict: (orgId: string, conflictId: string, resolution: 'accept' | 'dismiss', comment: string) =>
      http.request<ConflictJson>(
        'POST',
        `${orgPath(orgId)}/conflicts/${encodeURIComponent(conflictId)}/resolve`,
        {
          json: { resolution, comment },
        },
      ),
  };
}
