import { getMetric, isMetricId, listMetrics, type Metric } from '../../core/index.js';

/** The catalogue label of a metric id, or the id itself when the catalogue lacks it. */
export function metricLabel(id: string): string {
  return isMetricId(id) ? getMetric(id).label : id;
}

/** The catalogue metric, or undefined for an id it lacks. */
export function findMetric(id: string): Metric | undefined {
  return isMetricId(id) ? getMetric(id) : undefined;
}

/** A group of metrics sharing the id's first segment (`ghg`, `energy`), for select option groups. */
export interface MetricGroup {
  readonly name: string;
  readonly metrics: readonly Metric[];
}

/** Catalogue metrics grouped by topic, in catalogue order; `keep` filters them. */
export function metricGroups(keep: (m: Metric) => boolean = () => true): MetricGroup[] {
  const groups = new Map<string, Metric[]>();
  for (const m of listMetrics()) {
    if (!keep(m)) continue;
    const name = m.id.split('.')[0] ?? m.id;
    const list = groups.get(name) ?? [];
    list.push(m);
    groups.set(name, list);
  }
  return [...groups].map(([name, metrics]) => ({ name, metrics }));
}
