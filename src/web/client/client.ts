import { createHttp, type Http } from './http.js';
import { auditApi } from './audit.api.js';
import { checkApi } from './check.api.js';
import { factApi } from './fact.api.js';
import { importApi } from './import.api.js';
import { authApi, orgApi } from './org.api.js';

/** The typed API client the pages use: one object, grouped by resource. */
export interface Api {
  readonly http: Http;
  readonly auth: ReturnType<typeof authApi>;
  readonly org: ReturnType<typeof orgApi>;
  readonly facts: ReturnType<typeof factApi>;
  readonly audit: ReturnType<typeof auditApi>;
  readonly imports: ReturnType<typeof importApi>;
  readonly checks: ReturnType<typeof checkApi>;
}

/** The API client over an {@link Http} transport. */
export function createApi(http: Http): Api {
  return {
    http,
    auth: authApi(http),
    org: orgApi(http),
    facts: factApi(http),
    audit: auditApi(http),
    imports: importApi(http),
    checks: checkApi(http),
  };
}

/** The API client for the page's own origin (the UI is served by the API's server). */
export function browserApi(): Api {
  return createApi(createHttp(window.location.origin));
}
