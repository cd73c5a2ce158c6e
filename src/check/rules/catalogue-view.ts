import { getMetric, isMetricId } from '../../core/index.js';
import type { MetricView } from './rule.js';

/** The metric catalogue as the rules see it; a metric it does not list is undefined, not an error. */
export function catalogueMetric(id: string): MetricView | undefined {
  if (!isMetricId(id)) return undefined;
  const m = getMetric(id);
  return { id: m.id, kind: m.kind, label: m.label, codes: m.codes };
}
