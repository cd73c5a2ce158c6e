import type { FrameworkId } from '../../core/index.js';
import type { Api } from '../client/index.js';

// JSON shapes of the API's Narrative and ContentIndexLine schemas (/api/openapi.json).

/** A framework item as shown beside its text. */
export interface RequirementJson {
  readonly code: string;
  readonly qualified: string;
  readonly title: string;
  readonly kind: string;
  readonly level: 'mandatory' | 'comply_or_explain' | 'recommended';
  readonly requirement: string;
  readonly parent: string | null;
}

/** A narrative slot with the period's text. */
export interface NarrativeJson extends RequirementJson {
  readonly text: string | null;
  readonly version: number | null;
  readonly updatedBy: string | null;
  readonly updatedAt: string | null;
}

/** The kinds of omission. */
export const OMISSION_KINDS = ['omitted', 'not_applicable'] as const;
/** One of {@link OMISSION_KINDS}. */
export type OmissionKind = (typeof OMISSION_KINDS)[number];

/** A content-index line with its explanation. */
export interface ContentIndexLineJson extends RequirementJson {
  readonly depth: number;
  readonly status: 'reported' | 'omitted' | 'not_applicable' | 'not_reported' | 'missing' | 'heading';
  readonly explanation: {
    readonly kind: OmissionKind;
    readonly reason: string;
    readonly updatedBy: string;
    readonly updatedAt: string;
  } | null;
}

const periodPath = (orgId: string, periodId: string) =>
  `/orgs/${encodeURIComponent(orgId)}/periods/${encodeURIComponent(periodId)}`;

/** The narrative and explanation routes of the API for one period and framework. */
export function disclosureApi(api: Api, orgId: string, periodId: string, framework: FrameworkId) {
  const base = periodPath(orgId, periodId);
  const codePath = (kind: string, code: string) =>
    `${base}/${kind}/${encodeURIComponent(framework)}/${encodeURIComponent(code)}`;
  return {
    narratives: () =>
      api.http
        .request<{ items: NarrativeJson[] }>('GET', `${base}/narratives`, { query: { framework } })
        .then((r) => r.items),
    putNarrative: (code: string, text: string) =>
      api.http.request<NarrativeJson>('PUT', codePath('narratives', code), { json: { text } }),
    contentIndex: () =>
      api.http.request<{ items: ContentIndexLineJson[]; missing: number }>('GET', `${base}/explanations`, {
        query: { framework },
      }),
    putExplanation: (code: string, kind: OmissionKind, reason: string) =>
      api.http.request<unknown>('PUT', codePath('explanations', code), { json: { kind, reason } }),
    deleteExplanation: (code: string) => api.http.request<unknown>('DELETE', codePath('explanations', code)),
  };
}
