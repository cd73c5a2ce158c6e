import { phraseKey } from '../../core/index.js';
import type { Mention } from '../mention/index.js';
import { chooseMetric, type MetricChoice, type PhraseCache } from './choose-metric.js';
import type { PrintedUnit } from './printed-unit.js';
import { wasteRouteCode } from './waste-route.js';

// "Scope 1 — diesel", "Non-hazardous – landfill": the total's name, a dash, then which part.
const DASHED = /^(.+?)\s+[—–-]\s+(.+)$/;

/**
 * A row above a total whose label is the total's name, a dash and a qualifier ("Scope 1 — town gas"
 * over "Total Scope 1", "Non-hazardous — energy recovery" over "Total non-hazardous waste"): it is
 * that total's quantity for the part the qualifier names (dim `treatment` for a waste route, else
 * `segment`), whatever else the
 * qualifier's words could name ("recycled" alone reads as waste diverted).
 */
export function dashQualifiedPart(
  m: Mention,
  printed: PrintedUnit | undefined,
  dims: Record<string, string>,
  cache: PhraseCache | undefined,
): MetricChoice | undefined {
  if (m.kind !== 'table' || m.partOf === undefined || Object.keys(dims).length > 0) return undefined;
  const parts = DASHED.exec(m.label.replace(/\s*\([^()]*\)\s*$/, '').trim());
  if (!parts) return undefined;
  const [, head = '', part = ''] = parts;
  const total = new Set(phraseKey(m.partOf).split(' '));
  const headWords = phraseKey(head).split(' ');
  if (headWords.length === 0 || !headWords.every((w) => total.has(w))) return undefined;
  const choice = chooseMetric([m.partOf], printed, 1, cache, () => true);
  // "Scope 2 — energy indirect" over "Total Scope 1 and 2": a head that names a metric of its own is
  // that metric, not a part of the total whose words it shares.
  const own = chooseMetric([head], printed, 1, cache, () => true);
  if (own && choice && own.metric.id !== choice.metric.id) return undefined;
  // A waste row's part is the route it took (GRI 306-4, 306-5), any other part a segment.
  const key = choice?.metric.dims.includes('treatment') && wasteRouteCode(part) ? 'treatment' : 'segment';
  if (!choice?.metric.dims.includes(key)) return undefined;
  dims[key] = part.trim().toLowerCase();
  return choice;
}
