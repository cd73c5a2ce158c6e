import { getMetric, tryParseUnit, type Metric } from '../../core/index.js';
import type { Mention } from '../mention/index.js';
import { chooseMetric, type MetricChoice, type PhraseCache } from './choose-metric.js';
import type { PrintedUnit } from './printed-unit.js';

// "Energy consumption (gasoline)", "Energy reduction (electricity)²": a measure of energy, then in
// brackets the carrier it is of, as the Philippine SEC template (MC No. 4, 2019) prints GRI 302-1/302-4.
const BRACKETED = /^(.+?)\s*\(([^()]{2,40})\)\s*(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹])?$/u;

// The head of a row of energy used, and of energy saved (GRI 302-4 "reduction of energy consumption").
const CONSUMED = /^(?:total\s+)?energy\s+(?:consumption|consumed|use|used|usage)$/i;
const SAVED =
  /^(?:energy\s+(?:reductions?|savings?|saved)|reductions?\s+(?:of|in)\s+energy(?:\s+consumption)?)$/i;

// Words that name an energy carrier or source, so a qualifier the catalogue has no metric for
// ("bunker fuel", "biomass pellets") is still a carrier, not a place or a boundary.
const CARRIER_WORD =
  /\b(?:fuels?|oil|gas|coal|coke|diesel|petrol|gasoline|kerosene|biomass|biogas|steam|heat(?:ing)?|cooling|electricity|power|renewable|non-renewable|fossil|solar|wind|hydro\w*|nuclear|lpg|cng|lng)\b/i;

// The catalogue's totals: a carrier in brackets names a part, never one of these.
const WHOLES = new Set(['energy.total', 'energy.total_tce', 'energy.direct', 'energy.indirect']);

const isCarrierMetric = (metric: Metric): boolean =>
  metric.id.startsWith('energy.') && metric.kind === 'absolute' && !WHOLES.has(metric.id);

/**
 * A table row of energy named by its carrier in brackets: the carrier's own metric when the catalogue
 * has one ("(diesel)" → diesel), else energy consumed with the carrier as `energy_source`; a
 * reduction is energy saved from that carrier, never its consumption. Only "Total energy consumption"
 * without a carrier is the total.
 */
export function bracketedCarrier(
  m: Mention,
  printed: PrintedUnit | undefined,
  dims: Record<string, string>,
  cache: PhraseCache | undefined,
): MetricChoice | undefined {
  if (m.kind !== 'table' || (printed && printed.unit.dimension !== 'energy')) return undefined;
  const parts = BRACKETED.exec(m.label.trim());
  const head = parts?.[1]?.trim() ?? '';
  const carrier = parts?.[2]?.trim() ?? '';
  if (!parts || !CARRIER_WORD.test(carrier) || tryParseUnit(carrier, { countNouns: false }) !== undefined)
    return undefined;
  if (SAVED.test(head)) {
    dims.energy_source = carrier.toLowerCase();
    return { metric: getMetric('energy.savings'), phrase: 'energy saved', score: 1 };
  }
  if (!CONSUMED.test(head) || /^total\b/i.test(head)) return undefined;
  const bare = carrier.replace(/\s+sources?$/i, '');
  const own = chooseMetric([carrier, `${bare} energy`], printed, 2, cache, isCarrierMetric);
  if (own) return own;
  dims.energy_source = carrier.toLowerCase();
  return { metric: getMetric('energy.total'), phrase: 'energy consumption', score: 1 };
}
