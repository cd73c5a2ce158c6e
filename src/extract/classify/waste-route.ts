import { getMetric, type Metric } from '../../core/index.js';
import type { Mention } from '../mention/index.js';
import { chooseMetric, type MetricChoice, type PhraseCache } from './choose-metric.js';
import type { PrintedUnit } from './printed-unit.js';

// GRI 306-4 (2020): waste diverted from disposal by recovery operation (preparation for reuse,
// recycling, other recovery such as composting; Chinese reports' "comprehensive utilisation", 综合利用);
// GRI 306-5: waste directed to disposal (incineration with or without energy recovery, landfilling).
const DIVERTED =
  /\b(?:recycl\w*|compost\w*|reus\w*|re-us\w*|anaerobic digestion|recover(?:ed|y)? (?:of )?materials?|material recovery|other recovery|comprehensive(?:ly)? utili[sz]\w*)\b/i;
const DISPOSED = /\b(?:landfill\w*|incinerat\w*|energy recovery|disposal|disposed|deep[- ]well|burn\w*)\b/i;

/** The GRI code of a waste route a row names ("landfill" → 306-5), undefined when it names none. */
export function wasteRouteCode(route: string): 'GRI:306-4' | 'GRI:306-5' | undefined {
  if (DIVERTED.test(route) && !DISPOSED.test(route)) return 'GRI:306-4';
  if (DISPOSED.test(route) && !DIVERTED.test(route)) return 'GRI:306-5';
  return undefined;
}

// The waste types GRI 306-3 splits generation into; a route row under one is that type's route.
const TYPED_WASTE = new Set(['waste.hazardous', 'waste.non_hazardous']);

/**
 * A row naming only a route ("Incineration with energy recovery", "Landfill") in a group or table of
 * one waste type ("General industrial solid waste", "Hazardous waste") is that type's waste by route
 * (GRI 306-4/306-5 ask for each by type), so all its routes add up to the type's subtotal. The route
 * goes to dim `treatment`. Undefined when the label names a type itself or no typed group is above it.
 */
export function routeUnderWasteType(
  m: Mention,
  printed: PrintedUnit | undefined,
  dims: Record<string, string>,
  cache: PhraseCache | undefined,
): MetricChoice | undefined {
  if (m.kind !== 'table' || dims.treatment !== undefined) return undefined;
  const route = m.label.replace(/\s*\([^()]*\)\s*/g, ' ').trim();
  const whole = WHOLE_ROUTE.exec(route)?.[1];
  if (!whole && (wasteRouteCode(route) === undefined || /\bwaste\b|hazardous/i.test(route))) return undefined;
  if (route.split(/\s+/).length > 6) return undefined;
  const groups = [...m.context].reverse();
  const choice = chooseMetric(groups, printed, 1, cache, (metric) => TYPED_WASTE.has(metric.id));
  if (!choice) return undefined;
  if (whole === undefined) {
    dims.treatment = route.toLowerCase();
    return choice;
  }
  // "Total diverted from disposal" under "Hazardous waste": that type's whole diverted (GRI 306-4 a),
  // not one more route beside recycling and landfill.
  dims.waste_type = choice.metric.id === 'waste.hazardous' ? 'hazardous' : 'non-hazardous';
  const metric = getMetric(/^diverted/i.test(whole) ? 'waste.diverted' : 'waste.disposed');
  return { metric, phrase: whole, score: choice.score };
}

// GRI 306-4/306-5's wholes: "Total diverted from disposal", "Waste directed to disposal".
const WHOLE_ROUTE = /^(?:(?:sub)?total\s+)?(?:waste\s+)?((?:diverted from|directed to) disposal)$/i;

/**
 * The waste type a row under a typed group names ("Dyeing sludge (HW12)" under "Hazardous waste"): a
 * part of the group's subtotal by kind of waste (GRI 306-3 by composition). Undefined for the
 * group's total row or a row of another metric.
 */
export function wasteTypeOf(label: string, metric: Metric | undefined): string | undefined {
  if (metric === undefined || !TYPED_WASTE.has(metric.id)) return undefined;
  // "其中：废矿物油" (of which: waste mineral oil) names its type after the marker.
  const name = label
    .replace(/\s+/g, ' ')
    .replace(/^(?:其中|包括)\s*:?\s*/u, '')
    .trim();
  if (name === '' || /\b(?:total|subtotal|sum|of which|including|in total)\b/i.test(name)) return undefined;
  return name.split(' ').length <= 8 ? name.toLowerCase() : undefined;
}

// Waste measures GRI 306-4/306-5 ask for by type, whose label may name the type it is of.
const BY_TYPE = new Set(['waste.diverted', 'waste.disposed', 'waste.recycling_rate']);

/**
 * The waste type a route or rate names in its own words ("Hazardous waste recycled", "of the
 * non-hazardous waste, 812 t were landfilled", "1,204 t of hazardous waste recycled", "Hazardous
 * waste recycling rate"): hazardous or non-hazardous (GRI 306-3 to 306-5 split each by this type).
 * A table row says it in its label, a sentence in its subject or right after the figure. Undefined
 * for other metrics and words.
 */
export function wasteTypeNamed(metric: Metric | undefined, m: Mention, subject: string): string | undefined {
  if (metric === undefined || !BY_TYPE.has(metric.id)) return undefined;
  const words = m.kind === 'table' ? m.label : subject || typeAfterFigure(m.quote, m.value);
  if (/\bnon[- ]?hazardous\b/i.test(words))
    return /(?<!non[- ]?)\bhazardous\b/i.test(words) ? undefined : 'non-hazardous';
  return /\bhazardous\b/i.test(words) ? 'hazardous' : undefined;
}

// "2,846.8 t of non-hazardous waste recycled": the type named right after a figure and its unit.
const FIGURE_OF_TYPE =
  /(?<![\d,.])(\d[\d,.]*)\s*[^\d;:]{0,20}?\bof\s+((?:non[- ]?)?hazardous)\s+(?:[a-z]+\s+)?waste\b/gi;

/** The waste type a sentence names right after the figure printed as `value`, or ''. */
function typeAfterFigure(sentence: string, value: string): string {
  for (const f of sentence.matchAll(FIGURE_OF_TYPE))
    if ((f[1] ?? '').replace(/,/g, '').replace(/\.$/, '') === value) return f[2] ?? '';
  return '';
}
