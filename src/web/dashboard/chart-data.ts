import type { FactJson } from '../client/index.js';
import { headlineValue, valueIn, type HeadlineSpec } from './headline.js';

/** A labelled value for a chart (floats are fine here: they only set bar lengths). */
export interface ChartPoint {
  readonly name: string;
  readonly value: number;
}

/** One series across years, for a grouped bar chart. */
export interface YearSeries {
  readonly name: string;
  /** Values in `years` order; null where the year has no figure. */
  readonly values: readonly (number | null)[];
}

/** Years with any fact of the metrics, ascending. */
export function yearsOf(facts: readonly FactJson[], metrics: readonly string[]): number[] {
  return [...new Set(facts.filter((f) => metrics.includes(f.metric)).map((f) => f.year))].sort(
    (a, b) => a - b,
  );
}

/** Each spec's headline in each year, as chart series. */
export function seriesByYear(
  facts: readonly FactJson[],
  specs: readonly (HeadlineSpec & { readonly name: string })[],
  years: readonly number[],
): YearSeries[] {
  return specs.map((spec) => ({
    name: spec.name,
    values: years.map((y) => headlineValue(facts, spec, y)?.value.toNumber() ?? null),
  }));
}

/** "natural_gas" → "Natural gas": a dimension value as a chart label. */
export function dimLabel(value: string): string {
  const words = value.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A metric's breakdown by one dimension in one year: the facts whose only dimension is `dim`
 * (the organisation's figure per fuel, per site), in `unit`, largest first.
 */
export function breakdown(
  facts: readonly FactJson[],
  metric: string,
  dim: string,
  year: number,
  unit: string,
): ChartPoint[] {
  const points: ChartPoint[] = [];
  for (const f of facts) {
    const keys = Object.keys(f.dims);
    const key = f.dims[dim];
    if (f.metric !== metric || f.year !== year || f.basis !== 'actual' || f.status === 'rejected') continue;
    if (keys.length !== 1 || key === undefined) continue;
    const value = valueIn(f, unit);
    if (value !== undefined)
      points.push({ name: dim === 'site' ? key : dimLabel(key), value: value.toNumber() });
  }
  return points.sort((a, b) => b.value - a.value);
}
