import { isTotalLabel, type Metric } from '../../core/index.js';
import type { Mention } from '../mention/index.js';

/** The catalogue's count of a transport operator's vehicles, by powertrain in `dims.fuel`. */
export const FLEET_VEHICLES = 'fleet.vehicles';

// A powertrain as fleet tables and highlights name it, the first that matches: a hybrid is often worded
// "diesel-electric hybrid" and a fuel-cell bus "hydrogen fuel cell electric", so those come first.
const POWERTRAINS: readonly (readonly [RegExp, string])[] = [
  [/\bplug-in hybrid|\bphevs?\b/i, 'plug-in hybrid'],
  [/\bhybrid/i, 'hybrid'],
  [/\bhydrogen|\bfuel[- ]cell|\bfcevs?\b/i, 'hydrogen'],
  [/\belectric\b|\be-bus(?:es)?\b|\bbevs?\b|\bevs?\b/i, 'electric'],
  [/\bcng\b|\blng\b|\bnatural gas\b/i, 'natural gas'],
  [/\bdiesel\b/i, 'diesel'],
  [/\bpetrol\b|\bgasoline\b/i, 'petrol'],
];

/** The powertrain a fleet count's words name ("Electric", "312 hybrid buses"), or undefined. */
export function powertrainOf(words: string): string | undefined {
  return POWERTRAINS.find(([pattern]) => pattern.test(words))?.[1];
}

/**
 * The breakdown of a fleet count: the powertrain its row or counted noun names as `fuel`. A table row
 * naming none but the total ("Euro VI" diesel buses beside "Electric" ones) is one more kind of vehicle
 * under the same key, so that the rows add up to the total row and none is taken for the whole.
 * Empty for any other metric.
 */
export function fleetDims(metric: Metric | undefined, m: Mention): Record<string, string> {
  if (metric?.id !== FLEET_VEHICLES) return {};
  const fuel = powertrainOf(m.kind === 'table' ? m.label : `${m.unit} ${m.label}`);
  if (fuel !== undefined) return { fuel };
  const label = m.label.trim().toLowerCase();
  return m.kind === 'table' && label !== '' && !isTotalLabel(label) ? { fuel: label } : {};
}

// Vehicles that joined or left the fleet in the year: a flow, never the fleet at the year's end.
const FLOW_WORDS =
  /\b(?:deliver(?:y|ies|ed)|purchas\w*|bought|order(?:s|ed)?|acquir\w*|retir\w*|replac\w*|add(?:s|ed|ing)?|introduc\w*|new|scrapp\w*|decommission\w*|sold|disposed|phased out)\b/i;

/**
 * Whether a sentence counts vehicles bought, delivered or retired in the year ("took delivery of 143
 * electric buses", "retired 60 diesel buses", "added 24 new hybrids"): the words of its clause up to
 * the figure's counted noun say so.
 */
export function countsFleetFlow(m: Mention): boolean {
  if (m.kind === 'table') return false;
  const at = m.quote.indexOf(printedFigure(m.quote, m.value));
  const clauseStart = Math.max(0, m.quote.lastIndexOf(',', at), m.quote.lastIndexOf(';', at));
  const before = at < 0 ? m.label : m.quote.slice(clauseStart, at);
  const after =
    at < 0
      ? ''
      : (m.quote
          .slice(at)
          .split(/[,;.]\s/)[0]
          ?.slice(0, 40) ?? '');
  return FLOW_WORDS.test(before) || /^\S+\s+new\b/i.test(after);
}

/** The figure as the sentence prints it: "143" or "1,204" for the value "1204". */
function printedFigure(quote: string, value: string): string {
  const grouped = value.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return quote.includes(grouped) ? grouped : value;
}
