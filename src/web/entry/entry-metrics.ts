import type { Metric } from '../../core/index.js';
import type { FactJson } from '../client/index.js';

/**
 * Rows the grid starts with: the site-level activity and outcome figures an ESG team collects per
 * site every year (HKEX A1–A2 and B2 key performance indicators).
 */
export const DEFAULT_ENTRY_METRICS = [
  'energy.electricity',
  'energy.natural_gas',
  'energy.diesel',
  'water.consumption',
  'waste.hazardous',
  'waste.non_hazardous',
  'safety.injuries',
  'safety.lost_days',
] as const;

/** Whether a metric can be typed in for a site: broken down by site, and not an intensity (a ratio of two figures). */
export function enterableForSite(metric: Metric): boolean {
  return metric.dims.includes('site') && metric.kind !== 'intensity';
}

/** The site's own figure for a metric: the fact whose only breakdown is the site. */
export function siteFigure(
  facts: readonly FactJson[],
  metric: string,
  siteName: string,
): FactJson | undefined {
  return facts.find(
    (f) =>
      f.metric === metric &&
      f.basis === 'actual' &&
      f.dims.site === siteName &&
      Object.keys(f.dims).length === 1,
  );
}
