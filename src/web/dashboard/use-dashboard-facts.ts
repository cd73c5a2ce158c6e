import { useApi } from '../app/api-context.js';
import type { FactJson } from '../client/index.js';
import { useResource, type LoadedResource } from '../ui/index.js';
import { KPIS } from './kpis.js';

/** Metrics the dashboard reads: the KPI cards' and the energy breakdowns'. */
export const DASHBOARD_METRICS = [
  ...new Set([...KPIS.map((k) => k.metric), 'energy.direct', 'energy.electricity']),
];

/**
 * Every year's facts of the dashboard's metrics (one request per metric, in parallel), so cards can
 * compare with the year before and charts can show every year.
 */
export function useDashboardFacts(orgId: string): LoadedResource<FactJson[]> {
  const api = useApi();
  return useResource(async () => {
    const lists = await Promise.all(DASHBOARD_METRICS.map((metric) => api.facts.all(orgId, { metric })));
    return lists.flat();
  }, orgId);
}
