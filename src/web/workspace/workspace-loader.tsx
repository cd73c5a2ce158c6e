import type { ReactNode } from 'react';
import { useApi } from '../app/api-context.js';
import type { OrganisationJson } from '../client/index.js';
import type { PageId, RouteParams } from '../routing/index.js';
import { AsyncView } from '../ui/index.js';
import { useResource } from '../ui/index.js';
import { WorkspaceContext } from './workspace-context.js';

/** Props of {@link WorkspaceLoader}. */
export interface WorkspaceLoaderProps {
  readonly org: OrganisationJson;
  readonly periodId: string;
  readonly page: PageId;
  readonly params: RouteParams;
  readonly children: ReactNode;
}

/** Loads the organisation's periods and sites once per organisation and provides the workspace. */
export function WorkspaceLoader({ org, periodId, page, params, children }: WorkspaceLoaderProps) {
  const api = useApi();
  const { resource } = useResource(async () => {
    const [periods, sites] = await Promise.all([api.org.periods(org.id), api.org.sites(org.id)]);
    return { periods: periods.items, sites: sites.items };
  }, org.id);
  return (
    <AsyncView resource={resource} what="the organisation">
      {({ periods, sites }) => {
        const period = periods.find((p) => p.id === periodId);
        if (period === undefined) {
          return (
            <p className="error" role="alert">
              {org.name} has no reporting period {periodId}.
            </p>
          );
        }
        return (
          <WorkspaceContext.Provider value={{ org, period, periods, sites, page, params }}>
            {children}
          </WorkspaceContext.Provider>
        );
      }}
    </AsyncView>
  );
}
