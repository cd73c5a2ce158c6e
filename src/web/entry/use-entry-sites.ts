import { useApi } from '../app/api-context.js';
import type { SiteJson } from '../client/index.js';
import { useMe } from '../session/index.js';
import { useResource, type Resource } from '../ui/index.js';
import { useWorkspace } from '../workspace/index.js';

/** The sites the caller may type figures in, or why they may not type any. */
export type EntrySites =
  | { readonly kind: 'sites'; readonly sites: readonly SiteJson[] }
  | { readonly kind: 'readOnly'; readonly sites: readonly SiteJson[]; readonly reason: string };

/**
 * Which sites the data-entry grid offers: every in-boundary site to an owner, a contributor's
 * assigned sites (from the organisation's members), none to reviewers and viewers — the same rule
 * the API enforces, so the grid does not offer what the server would refuse.
 */
export function useEntrySites(): Resource<EntrySites> {
  const api = useApi();
  const ws = useWorkspace();
  const me = useMe();
  const inScope = ws.sites.filter((s) => s.boundary.kind === 'in');
  const { resource } = useResource(async (): Promise<EntrySites> => {
    if (ws.period.status === 'locked') {
      return {
        kind: 'readOnly',
        sites: inScope,
        reason: `${String(ws.period.year)} is locked: its figures can no longer be changed.`,
      };
    }
    if (ws.org.role === 'owner') return { kind: 'sites', sites: inScope };
    if (ws.org.role !== 'contributor') {
      return {
        kind: 'readOnly',
        sites: inScope,
        reason: `Your role (${ws.org.role}) can see these figures but not enter them.`,
      };
    }
    const { items } = await api.audit.members(ws.org.id);
    const assigned = new Set(items.find((m) => m.userId === me.user.id)?.siteIds ?? []);
    const sites = inScope.filter((s) => assigned.has(s.id));
    return sites.length > 0
      ? { kind: 'sites', sites }
      : {
          kind: 'readOnly',
          sites: inScope,
          reason: 'No site is assigned to you yet; ask the owner to assign one.',
        };
  }, `${ws.org.id}/${ws.period.id}/${me.user.id}`);
  return resource;
}
