import type { Http } from './http.js';
import type { ItemsJson, MeJson, PeriodJson, SessionJson, SiteJson } from './org.types.js';

const org = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}`;

/** Sign-in, sign-out and the current user; sign-in and `me` keep the CSRF token for later writes. */
export function authApi(http: Http) {
  return {
    /** Signs in; the server sets the HttpOnly session cookie. */
    async signIn(email: string, password: string): Promise<SessionJson> {
      const session = await http.request<SessionJson>('POST', '/auth/login', { json: { email, password } });
      http.setCsrfToken(session.csrfToken);
      return session;
    },
    /** Ends the session. */
    async signOut(): Promise<void> {
      await http.request('POST', '/auth/logout');
      http.setCsrfToken(null);
    },
    /** Who is signed in (401 when nobody is). */
    async me(): Promise<MeJson> {
      const me = await http.request<MeJson>('GET', '/auth/me');
      http.setCsrfToken(me.csrfToken);
      return me;
    },
  };
}

/** An organisation's periods and sites. */
export function orgApi(http: Http) {
  return {
    /** The periods, latest first. */
    periods: (orgId: string) => http.request<ItemsJson<PeriodJson>>('GET', `${org(orgId)}/periods`),
    /** The sites with their boundary. */
    sites: (orgId: string) => http.request<ItemsJson<SiteJson>>('GET', `${org(orgId)}/sites`),
  };
}

/** The path prefix of an organisation's routes. */
export const orgPath = org;
