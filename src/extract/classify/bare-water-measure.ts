import { foldAccents } from '../../core/index.js';
import type { Mention } from '../mention/index.js';

// A water table's rows often name only the measure ("Total withdrawal", "Discharge", "Consumo"): the
// caption above says it is water. GRI 303-3/4/5 (withdrawal, discharge, consumption), in English,
// Spanish, Portuguese, French and Italian (accents folded before matching).
const MEASURES: readonly (readonly [RegExp, string])[] = [
  [
    /^(?:withdrawals?|withdrawn|abstraction|intake|captacao|captacion|extraccion|prelevements?|prelievi|prelievo)$/,
    'water withdrawal',
  ],
  [
    /^(?:discharges?|discharged|descargas?|descartes?|vertidos?|rejets?|scarichi|scarico)$/,
    'water discharge',
  ],
  [/^(?:consumption|consumed|consumo|consommation|consumi)$/, 'water consumption'],
];

// Words around the measure that leave it bare: "Total withdrawal", "Captação total", "Consumo total".
const FILLER = /^(?:total|totale?s?|totaux|de|da|del|do|des|di|of|the)$/;

// A caption or heading naming water ("Table 5 – Water (m³)", "Água", "Agua", "Eau", "Risorse idriche").
const WATER = /\b(?:water|agua|eau|acqua|idric[ah]e?|hidric[ao]s?)\b/;

/**
 * A table row naming only a water measure under a caption about water: the catalogue phrase it
 * stands for ("water withdrawal"), or undefined when the row names more or the table is not about water.
 */
export function bareWaterMeasure(m: Mention): string | undefined {
  if (m.kind !== 'table') return undefined;
  const words = foldAccents(m.label.replace(/\([^()]*\)/g, ' ')).match(/[a-z]+/g) ?? [];
  const named = words.filter((w) => !FILLER.test(w));
  if (named.length !== 1 || named[0] === undefined) return undefined;
  const measure = MEASURES.find(([re]) => re.test(named[0] ?? ''))?.[1];
  if (measure === undefined || !m.context.some((c) => WATER.test(foldAccents(c)))) return undefined;
  return measure;
}

/**
 * True for a waste metric read from a label naming water and no waste ("Cooling water recycling
 * rate"): a catalogue phrase such as "recycling rate" is waste's (GRI 306), but the rate is the water's.
 */
export function waterNamedForWaste(metricId: string, label: string): boolean {
  const l = foldAccents(label.toLowerCase());
  return (
    metricId.startsWith('waste.') &&
    WATER.test(l) &&
    !/\b(?:waste|sludge|scrap|residu\w*|dechets?|rifiuti)\b/.test(l)
  );
}

/**
 * True for the water recycling share read from a label naming one stream of water ("Cooling water
 * recycling rate", "Process water reuse rate"): that stream's rate, not the share of all water withdrawn.
 */
export function waterStreamShare(metricId: string, label: string): boolean {
  return metricId === 'water.recycled_share' && WATER_STREAM.test(foldAccents(label.toLowerCase()));
}

const WATER_STREAM = /\b(?:cooling|process|boiler|condensate|circulating|rinse)\s+water\b/;
