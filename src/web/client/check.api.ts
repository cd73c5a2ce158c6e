import type { FrameworkId } from '../../core/index.js';
import type { CheckResultJson } from './check.types.js';
import type { Http } from './http.js';
import { orgPath } from './org.api.js';

/** Checks of a period's facts: findings, and coverage of a framework when one is named. */
export function checkApi(http: Http) {
  return {
    run: (orgId: string, periodId: string, framework?: FrameworkId) =>
      http.request<CheckResultJson>(
        'GET',
        `${orgPath(orgId)}/periods/${encodeURIComponent(periodId)}/checks`,
        {
          query: { framework },
        },
      ),
  };
}
