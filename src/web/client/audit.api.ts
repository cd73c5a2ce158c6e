import type { AuditEntryJson, MemberJson } from './audit.types.js';
import type { Http } from './http.js';
import { orgPath } from './org.api.js';
import type { ItemsJson, PageJson } from './org.types.js';

/** The audit log and the members whose ids it names. */
export function auditApi(http: Http) {
  return {
    /** A page of the log, newest first. */
    page: (orgId: string, cursor?: string, limit = 50) =>
      http.request<PageJson<AuditEntryJson>>('GET', `${orgPath(orgId)}/audit`, { query: { cursor, limit } }),
    members: (orgId: string) => http.request<ItemsJson<MemberJson>>('GET', `${orgPath(orgId)}/members`),
  };
}
