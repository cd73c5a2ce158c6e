import { useEffect } from 'react';
import type { OrganisationJson } from '../client/index.js';
import { navigate, pageHref, routeHref } from '../routing/index.js';
import { AsyncView, useResource } from '../ui/index.js';
import { useApi } from './api-context.js';

/** Sends the caller to their first organisation, or says they have none. */
export function HomeRedirect({ organisations }: { readonly organisations: readonly OrganisationJson[] }) {
  const first = organisations[0];
  useEffect(() => {
    if (first !== undefined)
      navigate(routeHref({ kind: 'organisation', orgId: first.id }), { replace: true });
  }, [first]);
  if (first === undefined) {
    return (
      <main id="main" className="page">
        <p>You are not a member of any organisation yet. Ask an owner to add you.</p>
      </main>
    );
  }
  return null;
}

/** Sends the caller to the dashboard of the organisation's latest period. */
export function OrganisationRedirect({ org }: { readonly org: OrganisationJson }) {
  const api = useApi();
  const { resource } = useResource(() => api.org.periods(org.id), org.id);
  const latest = resource.state === 'ready' ? resource.data.items[0] : undefined;
  useEffect(() => {
    if (latest !== undefined) navigate(pageHref(org.id, latest.id, 'dashboard'), { replace: true });
  }, [org.id, latest]);
  return (
    <main id="main" className="page">
      <AsyncView resource={resource} what={`${org.name}'s periods`}>
        {(periods) => (periods.items.length === 0 ? <p>{org.name} has no reporting period yet.</p> : null)}
      </AsyncView>
    </main>
  );
}
