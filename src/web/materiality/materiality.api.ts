import type { FrameworkId } from '../../core/index.js';
import type { Api } from '../client/index.js';

// JSON shapes of the API's Materiality schemas (/api/openapi.json: Materiality, SurveyImport).

/** The preparer's choices. */
export interface MaterialitySettingsJson {
  readonly weights: Readonly<Record<string, number>>;
  readonly thresholds: { readonly x: number; readonly y: number } | null;
  readonly lens: 'single' | 'double' | null;
  readonly rule: 'both' | 'either' | null;
}

/** A ranked topic; scores are decimal strings. */
export interface MaterialTopicJson {
  readonly rank: number;
  readonly topic: string;
  readonly x: string;
  readonly y: string;
  readonly priority: string;
  readonly tier: 'high' | 'medium' | 'low';
  readonly material: boolean;
  readonly respondents: number;
  readonly groups: readonly string[];
  readonly codes: readonly string[];
}

/** A period's materiality: survey, settings and assessment. */
export interface MaterialityJson {
  readonly periodId: string;
  readonly source: string | null;
  readonly updatedAt: string | null;
  readonly responses: number;
  readonly settings: MaterialitySettingsJson;
  readonly assessment: {
    readonly lens: 'single' | 'double';
    readonly rule: 'both' | 'either';
    readonly x: { readonly label: string };
    readonly y: { readonly label: string };
    readonly thresholds: { readonly x: number; readonly y: number };
    readonly groups: readonly {
      readonly group: string;
      readonly weight: number;
      readonly responses: number;
    }[];
    readonly topics: readonly MaterialTopicJson[];
    readonly svg: string;
  } | null;
  readonly problem: string | null;
}

/** What a survey import did. */
export interface SurveyImportJson {
  readonly stored: number;
  readonly problems: readonly { readonly row: number; readonly message: string }[];
  readonly materiality: MaterialityJson;
}

const base = (orgId: string, periodId: string) =>
  `/orgs/${encodeURIComponent(orgId)}/periods/${encodeURIComponent(periodId)}/materiality`;

/** The materiality routes of the API. */
export function materialityApi(api: Api, orgId: string, periodId: string, framework: FrameworkId) {
  return {
    get: () => api.http.request<MaterialityJson>('GET', base(orgId, periodId), { query: { framework } }),
    // A survey is a few hundred kilobytes at most, so a plain request (no progress bar) serves.
    upload: (file: File) => {
      const form = new FormData();
      form.set('file', file);
      return api.http.request<SurveyImportJson>('POST', `${base(orgId, periodId)}/imports`, {
        query: { framework },
        form,
      });
    },
    putSettings: (settings: MaterialitySettingsJson) =>
      api.http.request<MaterialityJson>('PUT', `${base(orgId, periodId)}/settings`, {
        query: { framework },
        json: settings,
      }),
  };
}
