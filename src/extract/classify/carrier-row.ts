import type { Metric } from '../../core/index.js';
import type { Mention } from '../mention/index.js';
import type { MetricChoice } from './choose-metric.js';

/**
 * A table row naming one energy carrier ("Diesel", "Gasolina", "Eletricidade") under a caption or
 * group of total energy ("Energy consumed (GJ)"): the row is that carrier's part of the total (GRI
 * 302-1 a–c), never the total itself, however many more words the caption's phrase matched.
 */
export function carrierOverTotal(
  m: Mention,
  byLabel: MetricChoice | undefined,
  choice: MetricChoice | undefined,
  fits: (metric: Metric) => boolean,
): MetricChoice | undefined {
  if (m.kind !== 'table' || !byLabel || choice?.metric.id !== 'energy.total') return undefined;
  const carrier = byLabel.metric;
  if (carrier.id === choice.metric.id || carrier.dimension !== 'energy' || carrier.kind !== 'absolute')
    return undefined;
  return TOTAL.test(m.label) || !fits(carrier) ? undefined : byLabel;
}

/**
 * A row printed under a heading of energy ("Energy use in GJ" over "  fuel oil | GJ | …") whose own
 * words name no metric: one source of that energy, never the total, so it keeps the total's metric
 * narrowed by its source (GRI 302-1 a–c, ESRS E1-5 split consumption by source). Undefined for any other row.
 */
export function sourceUnderHeading(
  m: Mention,
  byLabel: MetricChoice | undefined,
  choice: MetricChoice | undefined,
): string | undefined {
  if (m.headed !== true || byLabel || choice?.metric.id !== 'energy.total' || TOTAL.test(m.label))
    return undefined;
  const source = m.label
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  return source === '' ? undefined : source;
}

// "Total energy", "Consumo total", "Gesamt": a row that says it is the whole.
const TOTAL = /\b(?:total|totale|gesamt|overall|sum)\b/i;
