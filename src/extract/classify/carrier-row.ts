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

// "Total energy", "Consumo total", "Gesamt": a row that says it is the whole.
const TOTAL = /\b(?:total|totale|gesamt|overall|sum)\b/i;
