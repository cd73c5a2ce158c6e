import { createContext, useContext } from 'react';
import type { OrganisationJson, PeriodJson, SiteJson } from '../client/index.js';
import type { PageId, RouteParams } from '../routing/index.js';

/** What every page of an organisation's period works on. */
export interface Workspace {
  readonly org: OrganisationJson;
  readonly period: PeriodJson;
  /** The organisation's periods, latest first. */
  readonly periods: readonly PeriodJson[];
  readonly sites: readonly SiteJson[];
  readonly page: PageId;
  /** The page's filters from the URL. */
  readonly params: RouteParams;
}

/** The workspace of the page being shown. */
export const WorkspaceContext = createContext<Workspace | null>(null);

/** The current workspace; throws outside a workspace page (a programming fault). */
export function useWorkspace(): Workspace {
  const value = useContext(WorkspaceContext);
  if (value === null) throw new Error('useWorkspace outside <WorkspaceContext.Provider>');
  return value;
}

/** The period before the current one (for year-on-year change), if the organisation has it. */
export function previousPeriod(ws: Pick<Workspace, 'period' | 'periods'>): PeriodJson | undefined {
  return ws.periods.find((p) => p.year === ws.period.year - 1);
}
